/**
 * The reprint key of a text: a 64-bit SimHash (16 hex digits) from src/ingest/near-duplicate.ts,
 * loaded optionally so the store still works (without reprint detection) where it is absent.
 * Two texts are near duplicates when their fingerprints differ in at most MAX_DIFFERING_BITS bits;
 * the four 16-bit bands then share at least one value (pigeonhole), which is what the store indexes.
 */
export const MAX_DIFFERING_BITS = 3;

type Fingerprinter = (text: string) => string;
let loaded: Promise<Fingerprinter | null> | undefined;

export async function documentFingerprint(text: string): Promise<string | null> {
  loaded ??= (async () => {
    const specifier = '../ingest/near-duplicate.js';
    try {
      const mod = (await import(specifier)) as { textFingerprint?: Fingerprinter };
      return mod.textFingerprint ?? null;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') return null;
      throw err;
    }
  })();
  const fingerprint = await loaded;
  return fingerprint ? fingerprint(text).toLowerCase().padStart(16, '0') : null;
}

/** The four 16-bit bands of a fingerprint. */
export function fingerprintBands(fp: string): [string, string, string, string] {
  return [fp.slice(0, 4), fp.slice(4, 8), fp.slice(8, 12), fp.slice(12, 16)];
}

/** Number of differing bits between two 64-bit hex fingerprints. */
export function hammingDistance(a: string, b: string): number {
  let x = BigInt(`0x${a}`) ^ BigInt(`0x${b}`);
  let n = 0;
  while (x) {
    x &= x - 1n;
    n++;
  }
  return n;
}
