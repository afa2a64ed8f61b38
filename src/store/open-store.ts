import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import Database from 'better-sqlite3';
import pg from 'pg';
import { StoreError } from '../errors.js';
import { migrateToLatest } from './migrate.js';
import type { TalentDatabase, TalentStore } from './schema.js';

export type { TalentStore } from './schema.js';

/** The store used when neither `--db` nor TALENTFLOW_DB names one. */
export const DEFAULT_STORE = './talentflow.db';

/**
 * Opens (and migrates) a store: a `postgres://` / `postgresql://` URL opens PostgreSQL, anything
 * else is a SQLite file path. Without an argument: TALENTFLOW_DB, else ./talentflow.db.
 */
export async function openStore(url?: string): Promise<TalentStore> {
  const target = url ?? process.env.TALENTFLOW_DB ?? DEFAULT_STORE;
  const store = /^postgres(ql)?:\/\//i.test(target) ? openPostgres(target) : openSqlite(target);
  try {
    await migrateToLatest(store.db, store.dialect);
  } catch (err) {
    await store.close().catch(() => undefined);
    if (err instanceof StoreError) throw err;
    throw new StoreError(`${store.location}: cannot open the store: ${(err as Error).message}`, { cause: err });
  }
  return store;
}

function openSqlite(path: string): TalentStore {
  let database: Database.Database;
  try {
    database = new Database(path);
  } catch (err) {
    throw new StoreError(`${path}: cannot open the SQLite store: ${(err as Error).message}`, { cause: err });
  }
  // WAL: readers (the API) are not blocked by an ingest; NORMAL sync is safe with WAL.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('busy_timeout = 5000');
  const db = new Kysely<TalentDatabase>({ dialect: new SqliteDialect({ database }) });
  return { db, dialect: 'sqlite', location: path, sqlite: database, close: () => db.destroy() };
}

function openPostgres(url: string): TalentStore {
  // COUNT(*) and bigint come back as strings from pg; the queries convert with Number().
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection the server ends (restart, pg_terminate_backend, DROP DATABASE … FORCE) is
  // dropped from the pool and the next query opens another; without a listener pg-pool's 'error'
  // event would end the process. Errors of queries in flight still reach their callers.
  pool.on('error', () => {});
  const db = new Kysely<TalentDatabase>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', location: url.replace(/:\/\/([^:@/]+):[^@/]*@/, '://$1:***@'), close: () => db.destroy() };
}
