import type { TalentStore } from '../store/schema.js';
import type { DocumentSummary, DocumentView, Page, PageOptions } from './types.js';

/** Stored articles, latest ingested first. */
export async function listDocuments(_store: TalentStore, _options: PageOptions = {}): Promise<Page<DocumentSummary>> {
  throw new Error('listDocuments: not implemented yet');
}

/** One article with its text and facts; NotFoundError if unknown. */
export async function getDocument(_store: TalentStore, _idOrKey: number | string): Promise<DocumentView> {
  throw new Error('getDocument: not implemented yet');
}
