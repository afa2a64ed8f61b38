import { isAllowedEnd, isAllowedTransition, LABEL_COUNT } from './labels.js';

/** Local copy: an imported binding is read through a getter in hot loops under some loaders. */
const L = LABEL_COUNT;

/**
 * Best label sequence under BIOES constraints: emissions are n × L scores, transitions L × L
 * (from, to). An optional per-position bit mask restricts the labels allowed there (used to find
 * the best sequence consistent with a partial annotation).
 */
export function viterbi(
  emissions: Float32Array | Float64Array,
  n: number,
  transitions: Float32Array | Float64Array,
  allowedMask?: Uint16Array,
): Uint8Array {
  const labels = new Uint8Array(n);
  if (n === 0) return labels;
  if (scoreScratch.length < n * L) {
    scoreScratch = new Float64Array(n * L * 2);
    backScratch = new Uint8Array(n * L * 2);
  }
  const score = scoreScratch;
  const back = backScratch;
  const all = (1 << L) - 1;
  for (let y = 0; y < L; y++) {
    const ok = START_ALLOWED[y] === 1 && ((allowedMask ? allowedMask[0]! : all) & (1 << y)) !== 0;
    score[y] = ok ? emissions[y]! : -Infinity;
  }
  const fromStart = FROM_START;
  const fromList = FROM_LIST;
  for (let i = 1; i < n; i++) {
    const mask = allowedMask ? allowedMask[i]! : all;
    const prevBase = (i - 1) * L;
    const base = i * L;
    for (let y = 0; y < L; y++) {
      if ((mask & (1 << y)) === 0) { score[base + y] = -Infinity; continue; }
      let best = -Infinity;
      let arg = 0;
      for (let k = fromStart[y]!, end = fromStart[y + 1]!; k < end; k++) {
        const x = fromList[k]!;
        const s = score[prevBase + x]! + transitions[x * L + y]!;
        if (s > best) { best = s; arg = x; }
      }
      score[base + y] = best + emissions[base + y]!;
      back[base + y] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const lastBase = (n - 1) * L;
  for (let y = 0; y < L; y++) {
    if (isAllowedEnd(y) && score[lastBase + y]! > best) { best = score[lastBase + y]!; arg = y; }
  }
  labels[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) labels[i - 1] = back[i * L + labels[i]!]!;
  return labels;
}

// Reused between calls (decoding is synchronous, so no call can see another's data).
let scoreScratch = new Float64Array(1024 * L);
let backScratch = new Uint8Array(1024 * L);

const START_ALLOWED = Uint8Array.from({ length: L }, (_, y) => (isAllowedTransition(-1, y) ? 1 : 0));
/** The labels each label may follow, as one flat list: FROM_LIST[FROM_START[y] .. FROM_START[y + 1]). */
const FROM_START = new Int32Array(L + 1);
const FROM_LIST = Uint8Array.from(Array.from({ length: L }, (_, y) => {
  const froms = Array.from({ length: L }, (_, x) => x).filter((x) => isAllowedTransition(x, y));
  FROM_START[y + 1] = FROM_START[y]! + froms.length;
  return froms;
}).flat());
