import type { Kysely } from 'kysely';

/**
 * Indexes for the latency aims on large stores: an organisation's claims paged newest first
 * straight from the index (id breaks ties), and flows grouped by (from, to) without a sort.
 */
export function queryIndexesMigration() {
  return {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>): Promise<void> {
      await db.schema.dropIndex('claims_org').execute();
      await db.schema.createIndex('claims_org_page').on('claims').columns(['org_id', 'relation', 'date_sort', 'id']).execute();
      await db.schema.createIndex('moves_pair').on('moves').columns(['from_org_id', 'to_org_id', 'date_sort']).execute();
    },
  };
}
