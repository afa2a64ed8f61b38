import { fingerprintBands as bandsOf, isNearDuplicate, textFingerprint } from '../ingest/near-duplicate.js';

/**
 * The reprint key of a text: the 64-bit SimHash of src/ingest/near-duplicate.ts (16 hex digits).
 * Two texts are near duplicates within its distance (3 bits); the four 16-bit bands then share at
 * least one value (pigeonhole), which is what the store indexes to find candidates.
 */
export function documentFingerprint(text: string): string {
  return textFingerprint(text);
}

/** The four bands of a fingerprint, one per indexed column. */
export function fingerprintBands(fp: string): [string, string, string, string] {
  const [a, b, c, d] = bandsOf(fp);
  return [a!, b!, c!, d!];
}

export { isNearDuplicate };
