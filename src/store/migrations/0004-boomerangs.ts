import type { Kysely, CreateTableBuilder } from 'kysely';
import type { StoreDialect } from '../schema.js';

/**
 * Boomerangs (joined an organisation after having left it) kept like moves: derived per person at
 * ingest, so listing them does not self-join every claim.
 */
export function boomerangsMigration(dialect: StoreDialect) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const withId = (t: CreateTableBuilder<any, any>) =>
    dialect === 'postgres' ? t.addColumn('id', 'serial', (c) => c.primaryKey()) : t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
  return {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>): Promise<void> {
      await withId(db.schema.createTable('boomerangs'))
        .addColumn('person_id', 'integer', (c) => c.notNull())
        .addColumn('org_id', 'integer', (c) => c.notNull())
        .addColumn('left_claim_id', 'integer', (c) => c.notNull())
        .addColumn('joined_claim_id', 'integer', (c) => c.notNull())
        .addColumn('left_date', 'text')
        .addColumn('joined_date', 'text')
        .addColumn('joined_sort', 'text')
        .execute();
      await db.schema.createIndex('boomerangs_person').on('boomerangs').column('person_id').execute();
      await db.schema.createIndex('boomerangs_org').on('boomerangs').columns(['org_id', 'joined_sort']).execute();
      await db.schema.createIndex('boomerangs_joined').on('boomerangs').columns(['joined_sort', 'id']).execute();
    },
  };
}
