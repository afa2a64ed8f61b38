import type { TalentStore } from '../store/schema.js';

export interface ReextractSummary {
  documents: number;
  facts: number;
  extractor: string;
}

/** Rebuilds every document's facts with the current extractor, then re-applies the review decisions. */
export async function reextractAll(_store: TalentStore, _onProgress?: (done: number, total: number) => void): Promise<ReextractSummary> {
  throw new Error('reextractAll: not implemented yet');
}
