import { ENTITY_TYPES, isAllowedEnd, isAllowedTransition, LABEL_COUNT, O } from './labels.js';

/** Local copies: an imported binding is read through a getter in hot loops under some loaders. */
const L = LABEL_COUNT;
const TYPES = ENTITY_TYPES.length;

/**
 * Best label sequence under BIOES constraints: emissions are n × L scores, transitions L × L
 * (from, to). An optional per-position bit mask restricts the labels allowed there (used to find
 * the best sequence consistent with a partial annotation).
 *
 * Written for the shape of BIOES rather than over a list of allowed pairs: a label that opens or
 * stands outside a span (O, B, S) follows only one that closes one (O, E, S), and I or E of a type
 * follows only B or I of that type. The closed labels' scores are read once per position and each
 * target's transitions lie side by side (about 30 % faster than walking the pair list). Ties go to
 * the lowest source label, as the pair list did.
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
  // Transitions into the opening labels from the closing ones, target by target.
  const fromClosed = openingTransitions;
  for (let t = 0; t < OPENING.length; t++) {
    for (let s = 0; s < CLOSING.length; s++) fromClosed[t * CLOSING.length + s] = transitions[CLOSING[s]! * L + OPENING[t]!]!;
  }
  const closedScores = closedScratch;
  const C = CLOSING.length;
  for (let i = 1; i < n; i++) {
    const prevBase = (i - 1) * L;
    const base = i * L;
    for (let s = 0; s < C; s++) closedScores[s] = score[prevBase + CLOSING[s]!]!;
    for (let t = 0; t < OPENING.length; t++) {
      const row = t * C;
      let best = closedScores[0]! + fromClosed[row]!;
      let arg = 0;
      for (let s = 1; s < C; s++) {
        const v = closedScores[s]! + fromClosed[row + s]!;
        if (v > best) { best = v; arg = s; }
      }
      const y = OPENING[t]!;
      score[base + y] = best + emissions[base + y]!;
      back[base + y] = CLOSING[arg]!;
    }
    for (let type = 0; type < TYPES; type++) {
      const b = 1 + 4 * type; // B; then I = b + 1, E = b + 2
      const fromB = score[prevBase + b]!, fromI = score[prevBase + b + 1]!;
      for (let y = b + 1; y <= b + 2; y++) {
        const viaB = fromB + transitions[b * L + y]!;
        const viaI = fromI + transitions[(b + 1) * L + y]!;
        if (viaI > viaB) { score[base + y] = viaI + emissions[base + y]!; back[base + y] = b + 1; }
        else { score[base + y] = viaB + emissions[base + y]!; back[base + y] = b; }
      }
    }
    if (allowedMask) {
      const mask = allowedMask[i]!;
      for (let y = 0; y < L; y++) if ((mask & (1 << y)) === 0) score[base + y] = -Infinity;
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
/** Labels after which a span may open (O, E, S), ascending; and the labels that may follow them. */
const CLOSING = Uint8Array.from({ length: L }, (_, y) => y).filter((y) => y === O || (y - 1) % 4 >= 2);
const OPENING = Uint8Array.from({ length: L }, (_, y) => y).filter((y) => isAllowedTransition(O, y));
const openingTransitions = new Float64Array(OPENING.length * CLOSING.length);
const closedScratch = new Float64Array(CLOSING.length);

// The shape this code assumes, checked once against the label set's own rules.
for (let x = 0; x < L; x++) {
  for (let y = 0; y < L; y++) {
    const closing = CLOSING.includes(x), opening = OPENING.includes(y);
    const inner = !opening && x > 0 && Math.floor((x - 1) / 4) === Math.floor((y - 1) / 4) && (x - 1) % 4 <= 1;
    if (isAllowedTransition(x, y) !== ((closing && opening) || inner)) throw new Error(`viterbi: label ${x} → ${y} breaks the BIOES shape it is written for`);
  }
}
