import { LABEL_COUNT } from './labels.js';
import type { NerModelParts } from './ner-model.js';

/** Local copy: an imported binding is read through a getter in hot loops under some loaders. */
const L = LABEL_COUNT;

/**
 * Drops the weight rows too small to change a decision after Int16 quantisation (most rare
 * features end with all-zero averaged weights), keeping the shipped file small.
 */
export function pruneModel(parts: NerModelParts, relativeThreshold = 1 / 32767): NerModelParts {
  let maxAbs = 0;
  for (const v of parts.weights) maxAbs = Math.max(maxAbs, Math.abs(v));
  const threshold = maxAbs * relativeThreshold;
  const keep: number[] = [];
  for (let row = 0; row < parts.keys.length; row++) {
    for (let y = 0; y < L; y++) {
      if (Math.abs(parts.weights[row * L + y]!) >= threshold) { keep.push(row); break; }
    }
  }
  const keys = new Int32Array(keep.length);
  const weights = new Float32Array(keep.length * L);
  keep.forEach((row, i) => {
    keys[i] = parts.keys[row]!;
    weights.set(parts.weights.subarray(row * L, row * L + L), i * L);
  });
  return { ...parts, keys, weights };
}
