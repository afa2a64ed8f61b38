import { createHash } from 'node:crypto';

/** sha256 (hex) of the text with every whitespace run made one space and the ends trimmed: the exact-duplicate key. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}

/** The first 8 hex digits of the sha256 of a string: the short part of generated ids. */
export function shortHash(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 8);
}
