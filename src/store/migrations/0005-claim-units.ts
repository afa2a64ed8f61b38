import type { Kysely } from 'kysely';

/** The units an organisation's claims name, counted from an index (the organisation page). */
export function claimUnitsMigration() {
  return {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>): Promise<void> {
      await db.schema.createIndex('claims_org_unit').on('claims').columns(['org_id', 'unit']).execute();
    },
  };
}
