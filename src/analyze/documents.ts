import { sql } from 'kysely';
import type { TalentStore } from '../store/schema.js';
import type { DocumentSummary, DocumentView, Page, PageOptions } from './types.js';
import { NotFoundError } from '../errors.js';
import { FACT_COLUMNS, pageBounds, toFactView } from './fact-rows.js';

const SUMMARY_COLUMNS = ['documents.id', 'documents.doc_key', 'documents.source', 'documents.url', 'documents.title', 'documents.published', 'documents.near_duplicate_of', 'documents.ingested_at'] as const;

/** Stored articles, latest ingested first, with their fact counts. */
export async function listDocuments(store: TalentStore, options: PageOptions = {}): Promise<Page<DocumentSummary>> {
  const { limit, offset } = pageBounds(options);
  const total = await store.db.selectFrom('documents').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  const rows = await store.db
    .selectFrom('documents')
    .select([...SUMMARY_COLUMNS, (eb) => eb.selectFrom('facts').select(sql<number>`count(*)`.as('c')).whereRef('facts.doc_id', '=', 'documents.id').as('fact_count')])
    .orderBy('documents.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  return { total: Number(total.n), items: rows.map((r) => summary(r, Number(r.fact_count ?? 0))) };
}

/** One article with its text and facts (text order); by numeric id or by document key. NotFoundError if unknown. */
export async function getDocument(store: TalentStore, idOrKey: number | string): Promise<DocumentView> {
  const db = store.db;
  let query = db.selectFrom('documents').select([...SUMMARY_COLUMNS, 'documents.text']);
  query = typeof idOrKey === 'number' ? query.where('documents.id', '=', idOrKey) : query.where('documents.doc_key', '=', idOrKey);
  let row = await query.executeTakeFirst();
  if (!row && typeof idOrKey === 'string' && /^\d+$/.test(idOrKey)) {
    row = await db.selectFrom('documents').select([...SUMMARY_COLUMNS, 'documents.text']).where('documents.id', '=', Number(idOrKey)).executeTakeFirst();
  }
  if (!row) throw new NotFoundError(`no document "${idOrKey}" in the store`);
  const facts = await db
    .selectFrom('facts')
    .innerJoin('documents', 'documents.id', 'facts.doc_id')
    .select(FACT_COLUMNS)
    .where('facts.doc_id', '=', row.id)
    .orderBy('facts.evidence_start')
    .orderBy('facts.id')
    .execute();
  return { ...summary(row, facts.length), text: row.text, facts: facts.map(toFactView) };
}

function summary(r: { id: number; doc_key: string; source: string; url: string | null; title: string | null; published: string | null; near_duplicate_of: number | null; ingested_at: string }, factCount: number): DocumentSummary {
  return { id: r.id, docKey: r.doc_key, source: r.source, url: r.url, title: r.title, published: r.published, nearDuplicateOf: r.near_duplicate_of, ingestedAt: r.ingested_at, factCount };
}
