import type { TalentStore } from '../store/schema.js';
import type { Document } from '../ingest/document.js';
import type { ReadOptions } from '../ingest/read-sources.js';
import type { FactView } from '../analyze/types.js';

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

/**
 * Reads sources (files, folders, URLs, `-`) and stores each document with its facts, one
 * transaction per document: a failure or a kill leaves every document either fully stored or absent,
 * and running again completes the rest. A bad source is reported and the batch goes on.
 */
export async function ingestDocuments(
  _store: TalentStore,
  _inputs: string[],
  _options: IngestOptions = {},
  _onProgress?: (progress: IngestProgress) => void,
): Promise<IngestSummary> {
  throw new Error('ingestDocuments: not implemented yet');
}

/** Stores one already-read document (the API's "add an article"); a known content hash changes nothing. */
export async function ingestDocument(_store: TalentStore, _doc: Document): Promise<IngestDocumentResult> {
  throw new Error('ingestDocument: not implemented yet');
}
