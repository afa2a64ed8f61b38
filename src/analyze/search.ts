import { sql } from 'kysely';
import type { TalentStore } from '../store/schema.js';
import type { DocumentHit, SearchResult } from './types.js';
import { UsageError } from '../errors.js';
import { normalizeName } from '../resolve/normalize-name.js';

/**
 * People, organisations (names and aliases) and article text containing `text`. Chinese has no word
 * spaces, so article search is substring search: SQLite's FTS5 trigram index for 3+ characters,
 * LIKE below that; PostgreSQL ILIKE (served by a pg_trgm index when the extension is there).
 */
export async function search(store: TalentStore, text: string, options: { limit?: number } = {}): Promise<SearchResult> {
  const query = text.normalize('NFKC').trim();
  if (!query) throw new UsageError('search text is empty');
  const limit = Math.min(200, Math.max(1, options.limit ?? 20));
  const db = store.db;
  const pattern = `%${escapeLike(normalizeName(query))}%`;
  const people = await db
    .selectFrom('people')
    .select(['id', 'name'])
    .where('merged_into', 'is', null)
    .where((eb) => eb.or([
      sql<boolean>`norm_name LIKE ${pattern} ESCAPE '\\'`,
      eb('id', 'in', eb.selectFrom('person_aliases').select('person_id').where(sql<boolean>`norm_alias LIKE ${pattern} ESCAPE '\\'`)),
    ]))
    .orderBy(sql`length(name)`)
    .orderBy('id')
    .limit(limit)
    .execute();
  const orgs = await db
    .selectFrom('orgs')
    .select(['id', 'name', 'kind'])
    .where('merged_into', 'is', null)
    .where((eb) => eb.or([
      sql<boolean>`norm_name LIKE ${pattern} ESCAPE '\\'`,
      eb('id', 'in', eb.selectFrom('org_aliases').select('org_id').where(sql<boolean>`norm_alias LIKE ${pattern} ESCAPE '\\'`)),
    ]))
    .orderBy(sql`length(name)`)
    .orderBy('id')
    .limit(limit)
    .execute();
  return { people, orgs, documents: await searchDocuments(store, query, limit) };
}

async function searchDocuments(store: TalentStore, query: string, limit: number): Promise<DocumentHit[]> {
  const db = store.db;
  let rows: Array<{ id: number; doc_key: string; title: string | null; published: string | null; text: string }>;
  if (store.dialect === 'sqlite' && [...query].length >= 3) {
    // A quoted FTS5 string is a phrase; with the trigram tokenizer it matches the substring.
    const phrase = `"${query.replace(/"/g, '""')}"`;
    rows = await db
      .selectFrom('documents')
      .select(['id', 'doc_key', 'title', 'published', 'text'])
      .where('id', 'in', sql<number>`(SELECT rowid FROM documents_fts WHERE documents_fts MATCH ${phrase})`)
      .orderBy('published', 'desc')
      .limit(limit)
      .execute();
  } else {
    const pattern = `%${escapeLike(query)}%`;
    const condition = store.dialect === 'postgres'
      ? sql<boolean>`(text ILIKE ${pattern} ESCAPE '\\' OR title ILIKE ${pattern} ESCAPE '\\')`
      : sql<boolean>`(text LIKE ${pattern} ESCAPE '\\' OR title LIKE ${pattern} ESCAPE '\\')`;
    rows = await db.selectFrom('documents').select(['id', 'doc_key', 'title', 'published', 'text']).where(condition).orderBy('published', 'desc').limit(limit).execute();
  }
  return rows.map((r) => ({ id: r.id, docKey: r.doc_key, title: r.title, published: r.published, snippet: snippetAround(r.text, query) }));
}

/** About 60 characters either side of the first match, on one line. */
export function snippetAround(text: string, query: string, radius = 60): string {
  const at = text.toLowerCase().indexOf(query.toLowerCase());
  const start = Math.max(0, (at < 0 ? 0 : at) - radius);
  const end = Math.min(text.length, (at < 0 ? 0 : at + query.length) + radius);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ')}${end < text.length ? '…' : ''}`;
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
