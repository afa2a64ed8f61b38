import type { TalentStore } from '../store/schema.js';
import type { Document } from '../ingest/document.js';
import type { Fact } from '../extract/fact.js';
import type { FactView } from '../analyze/types.js';
import { readSources, type ReadOptions } from '../ingest/read-sources.js';
import { extractFacts } from '../extract/extract-facts.js';
import { loadOrgKb } from '../kb/org-kb.js';
import { FACT_COLUMNS, toFactView } from '../analyze/fact-rows.js';
import { storeDocument } from './store-document.js';
import { documentFingerprint } from './document-fingerprint.js';
import { countStore } from './count-store.js';
import { UsageError } from '../errors.js';

export type IngestOutcome = 'new' | 'duplicate' | 'near_duplicate' | 'failed';

export interface IngestProgress {
  /** Sources handled so far (including this one). */
  done: number;
  source: string;
  outcome: IngestOutcome;
  /** Facts stored for this document. */
  facts: number;
  error?: string;
}

export interface IngestSummary {
  documents: { new: number; duplicate: number; nearDuplicate: number; failed: number };
  failures: Array<{ source: string; message: string }>;
  /** Facts stored by this run. */
  facts: number;
  /** Totals in the store after the run. */
  totals: { documents: number; facts: number; people: number; orgs: number };
}

export interface IngestDocumentResult {
  outcome: Exclude<IngestOutcome, 'failed'>;
  documentId: number;
  /** For near duplicates: the document it reprints. */
  nearDuplicateOf: number | null;
  facts: FactView[];
}

export type IngestOptions = ReadOptions;

export interface IngestDocumentOptions {
  /** The extractor (default: extractFacts); tests pass their own facts through here. */
  extract?: (doc: Document) => Fact[];
}

/**
 * Reads sources (files, folders, URLs, `-`) and stores each document with its facts, one
 * transaction per document: a failure or a kill leaves every document either fully stored or absent,
 * and running again completes the rest. A bad source is reported and the batch goes on.
 */
export async function ingestDocuments(
  store: TalentStore,
  inputs: string[],
  options: IngestOptions = {},
  onProgress?: (progress: IngestProgress) => void,
  documentOptions: IngestDocumentOptions = {},
): Promise<IngestSummary> {
  const summary: IngestSummary = {
    documents: { new: 0, duplicate: 0, nearDuplicate: 0, failed: 0 },
    failures: [],
    facts: 0,
    totals: { documents: 0, facts: 0, people: 0, orgs: 0 },
  };
  let done = 0;
  const fail = (source: string, err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    summary.documents.failed++;
    summary.failures.push({ source, message });
    onProgress?.({ done: ++done, source, outcome: 'failed', facts: 0, error: message });
  };
  const sources = readSources(inputs, options);
  for (;;) {
    let next: IteratorResult<Awaited<ReturnType<typeof sources.next>>['value']>;
    try {
      next = await sources.next();
    } catch (err) {
      // A wrong option is the user's to fix; anything else: report it, nothing more can be read.
      if (err instanceof UsageError) throw err;
      fail(inputs.join(' '), err);
      break;
    }
    if (next.done) break;
    const result = next.value;
    if (!result.ok) {
      fail(result.source, result.error);
      continue;
    }
    try {
      const stored = await ingestDocument(store, result.document, documentOptions);
      if (stored.outcome === 'new') summary.documents.new++;
      else if (stored.outcome === 'duplicate') summary.documents.duplicate++;
      else summary.documents.nearDuplicate++;
      summary.facts += stored.facts.length;
      onProgress?.({ done: ++done, source: result.document.source, outcome: stored.outcome, facts: stored.facts.length });
    } catch (err) {
      fail(result.document.source, err);
    }
  }
  summary.totals = await countStore(store);
  return summary;
}

/** Stores one already-read document (the API's "add an article"); a known content hash changes nothing. */
export async function ingestDocument(store: TalentStore, doc: Document, options: IngestDocumentOptions = {}): Promise<IngestDocumentResult> {
  const known = await store.db.selectFrom('documents').select('id').where('content_hash', '=', doc.contentHash).executeTakeFirst();
  if (known) return { outcome: 'duplicate', documentId: known.id, nearDuplicateOf: null, facts: [] };
  // Extraction (CPU) happens before the write transaction, so the store is locked only for the writes.
  const facts = (options.extract ?? extractFacts)(doc);
  const fingerprint = documentFingerprint(doc.text);
  const kb = loadOrgKb();
  const stored = await store.db.transaction().execute((trx) => storeDocument(trx, store.dialect, kb, doc, fingerprint, facts));
  const rows = stored.factIds.length
    ? await store.db.selectFrom('facts').innerJoin('documents', 'documents.id', 'facts.doc_id').select(FACT_COLUMNS).where('facts.doc_id', '=', stored.documentId).orderBy('facts.id').execute()
    : [];
  return { outcome: stored.outcome, documentId: stored.documentId, nearDuplicateOf: stored.nearDuplicateOf, facts: rows.map(toFactView) };
}
