import { extractFeatures, templateCount, type FeatureResources } from './features.js';
import { Gazetteer } from './gazetteer.js';
import { LABEL_COUNT as L, labelsToSpans, type TypedSpan } from './labels.js';
import { viterbi } from './viterbi.js';

/**
 * A trained tagger in memory: the feature resources (dictionaries, surname levels), the weight row
 * of every known feature key and the label transition scores. Decoding = feature keys → rows →
 * per-character label scores → Viterbi.
 */
export interface NerModelParts {
  /** Named word lists, in the order their features were extracted. */
  gazetteers: Array<{ name: string; words: string[] }>;
  /** [character, level 1..3] pairs. */
  surnameLevels: Array<[string, number]>;
  /** Feature keys (hashes), one per weight row. */
  keys: Int32Array;
  /** keys.length × LABEL_COUNT label weights. */
  weights: Float32Array;
  /** LABEL_COUNT × LABEL_COUNT (from, to). */
  transitions: Float32Array;
}

export class NerModel {
  readonly parts: NerModelParts;
  readonly resources: FeatureResources;
  private readonly slots: Int32Array; // open addressing: row + 1, 0 = empty
  private readonly mask: number;

  constructor(parts: NerModelParts) {
    this.parts = parts;
    this.resources = {
      gazetteers: parts.gazetteers.map((g) => new Gazetteer(g.words)),
      surnameLevels: new Map(parts.surnameLevels.map(([ch, level]) => [ch.charCodeAt(0), level])),
    };
    let size = 1024;
    while (size < parts.keys.length * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let row = 0; row < parts.keys.length; row++) {
      let s = parts.keys[row]! & this.mask;
      while (this.slots[s] !== 0) s = (s + 1) & this.mask;
      this.slots[s] = row + 1;
    }
  }

  /** Weight row of a feature key, -1 when the model does not know it. */
  rowOf(key: number): number {
    if (key === 0) return -1;
    const keys = this.parts.keys;
    let s = key & this.mask;
    for (;;) {
      const r = this.slots[s]!;
      if (r === 0) return -1;
      if (keys[r - 1] === key) return r - 1;
      s = (s + 1) & this.mask;
    }
  }

  /** Entity spans of a text (UTF-16 offsets, end exclusive). */
  decode(text: string): TypedSpan[] {
    const n = text.length;
    if (n === 0) return [];
    const keys = extractFeatures(text, this.resources);
    const perChar = templateCount(this.parts.gazetteers.length);
    const emissions = new Float32Array(n * L);
    const w = this.parts.weights;
    for (let i = 0; i < n; i++) {
      const e = i * L;
      for (let k = i * perChar, end = k + perChar; k < end; k++) {
        const row = this.rowOf(keys[k]!);
        if (row < 0) continue;
        const b = row * L;
        for (let y = 0; y < L; y++) emissions[e + y]! += w[b + y]!;
      }
    }
    return labelsToSpans(viterbi(emissions, n, this.parts.transitions));
  }
}
