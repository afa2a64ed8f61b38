import type { TalentStore } from './schema.js';

/**
 * Inserts many rows of one shape fast: on SQLite one prepared single-row statement run per row (the
 * caller holds a transaction), elsewhere multi-row INSERTs of `batch` rows through kysely.
 * For bulk loads (benchmarks, imports), not for the ingest path.
 */
export async function bulkInsert(store: TalentStore, table: string, rows: Array<Record<string, unknown>>, batch = 1000): Promise<void> {
  if (rows.length === 0) return;
  if (store.sqlite) {
    const columns = Object.keys(rows[0]!);
    const statement = store.sqlite.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`);
    for (const row of rows) statement.run(row);
    return;
  }
  for (let start = 0; start < rows.length; start += batch) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    await store.db.insertInto(table as any).values(rows.slice(start, start + batch) as any).execute();
  }
}
