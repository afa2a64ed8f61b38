import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { StoreError } from '../errors.js';
import type { StoreDialect } from './schema.js';
import { initialMigration } from './migrations/0001-initial.js';
import { fullTextMigration } from './migrations/0002-full-text.js';
import { queryIndexesMigration } from './migrations/0003-query-indexes.js';
import { boomerangsMigration } from './migrations/0004-boomerangs.js';
import { claimUnitsMigration } from './migrations/0005-claim-units.js';

/**
 * Brings a store to the latest schema. Migrations are numbered, written once, and recorded in
 * kysely's `kysely_migration` table; a new schema change is a new numbered file added here.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function migrateToLatest(db: Kysely<any>, dialect: StoreDialect): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationsFor(dialect) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new StoreError(`could not migrate the store (migration ${failed}): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

function migrationsFor(dialect: StoreDialect): MigrationProvider {
  const migrations: Record<string, Migration> = {
    '0001-initial': initialMigration(dialect),
    '0002-full-text': fullTextMigration(dialect),
    '0003-query-indexes': queryIndexesMigration(),
    '0004-boomerangs': boomerangsMigration(dialect),
    '0005-claim-units': claimUnitsMigration(),
  };
  return { getMigrations: async () => migrations };
}
