import { sql, type Kysely } from 'kysely';
import type { StoreDialect } from '../schema.js';

/**
 * Full-text search over article text that works for Chinese (no word spaces): SQLite FTS5 with the
 * trigram tokenizer (an external-content table kept in step by the ingest code); PostgreSQL pg_trgm
 * with a GIN index for ILIKE, when the extension can be created (else plain ILIKE still answers).
 */
export function fullTextMigration(dialect: StoreDialect) {
  return {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>): Promise<void> {
      if (dialect === 'sqlite') {
        await sql`CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='id', tokenize='trigram')`.execute(db);
        return;
      }
      const available = await sql`SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'`.execute(db);
      if (available.rows.length === 0) return;
      // A savepoint, because the migration runs in a transaction that a failed statement would abort.
      await sql`SAVEPOINT trgm`.execute(db);
      try {
        await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);
        await sql`CREATE INDEX documents_text_trgm ON documents USING gin (text gin_trgm_ops)`.execute(db);
        await sql`RELEASE SAVEPOINT trgm`.execute(db);
      } catch {
        // No right to create it: search falls back to a sequential ILIKE.
        await sql`ROLLBACK TO SAVEPOINT trgm`.execute(db);
      }
    },
  };
}
