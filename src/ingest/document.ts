import type { PartialDate } from '../time/partial-date.js';

/** Where the publication date came from; `inferred` dates had a guessed part (e.g. the year). */
export type PublishedSource = 'option' | 'front-matter' | 'header' | 'html-meta' | 'body';

export interface PublishedDate {
  date: PartialDate;
  source: PublishedSource;
  /** True when part of the date was guessed (`08-27 18:00` with the year taken from the text). */
  inferred: boolean;
}

/**
 * A doubt or problem found while reading or analysing a document, in the manner of vfile messages:
 * stages never throw for content problems, they report them here with a place and a rule id.
 */
export interface DocumentMessage {
  ruleId: string;
  message: string;
  /** Character offsets into `Document.text`, when the message is about a place. */
  start?: number;
  end?: number;
  severity: 'info' | 'warning' | 'error';
}

/** One article, read and cleaned: the input of extraction. */
export interface Document {
  /** Stable id: file name without extension, or a content-hash prefix for stdin/URLs. */
  id: string;
  /** Where it came from: a path, a URL, or `-` for stdin. */
  source: string;
  title?: string;
  author?: string;
  url?: string;
  published?: PublishedDate;
  /** Main text in its original script, boilerplate removed; evidence offsets point into it. */
  text: string;
  /** Detected encoding of the raw bytes (utf-8, gb18030, big5). */
  encoding: string;
  /** Raw format the text came from. */
  format: 'text' | 'markdown' | 'html' | 'json';
  /** sha256 (hex) of the normalised main text: the exact-duplicate key. */
  contentHash: string;
  messages: DocumentMessage[];
}
