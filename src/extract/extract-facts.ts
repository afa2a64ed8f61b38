// PLACEHOLDER (owned by the lead): the contract only; the real extractor replaces this.
import type { Document } from '../ingest/document.js';
import type { Fact } from './fact.js';

export const EXTRACTOR_VERSION = 'rules@0.0.0';

/** All career-move facts stated in one document, in text order, each with its evidence offsets. */
export function extractFacts(_doc: Document): Fact[] {
  return [];
}
