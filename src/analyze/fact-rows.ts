import type { Selectable } from 'kysely';
import type { Relation } from '../extract/fact.js';
import type { FactsTable } from '../store/schema.js';
import type { FactStatus, FactView, ReviewState } from './types.js';

/** The facts columns every fact-listing query selects, and their mapping to FactView. */
export const FACT_COLUMNS = [
  'facts.id', 'facts.fact_key', 'facts.doc_id', 'documents.doc_key', 'facts.person', 'facts.person_id', 'facts.relation',
  'facts.org', 'facts.org_id', 'facts.unit', 'facts.role', 'facts.date', 'facts.status', 'facts.evidence',
  'facts.evidence_start', 'facts.evidence_end', 'facts.sector', 'facts.cause', 'facts.confidence', 'facts.extractor',
  'facts.review_state', 'facts.independent',
] as const;

/** A selected facts row: the table's columns (store/schema.ts) plus the document's public key. */
export type FactRow = Selectable<FactsTable> & { doc_key: string };

export function toFactView(r: FactRow): FactView {
  return {
    id: r.id,
    factKey: r.fact_key,
    docId: r.doc_id,
    docKey: r.doc_key,
    person: r.person,
    personId: r.person_id,
    relation: r.relation as Relation,
    org: r.org,
    orgId: r.org_id,
    unit: r.unit,
    role: r.role,
    date: r.date,
    status: r.status as FactStatus,
    evidence: r.evidence,
    evidenceStart: r.evidence_start,
    evidenceEnd: r.evidence_end,
    sector: r.sector,
    cause: r.cause,
    confidence: r.confidence == null ? null : Number(r.confidence),
    extractor: r.extractor,
    reviewState: r.review_state as ReviewState,
    independent: Number(r.independent) === 1,
  };
}

/** Clamp a page request: limit 1..1000 (default 50), offset ≥ 0. */
export function pageBounds(options: { limit?: number; offset?: number }, defaultLimit = 50): { limit: number; offset: number } {
  const limit = Math.min(1000, Math.max(1, Math.floor(options.limit ?? defaultLimit)));
  const offset = Math.max(0, Math.floor(options.offset ?? 0));
  return { limit, offset };
}
