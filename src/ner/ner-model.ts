import { extractFeatures, type FeatureResources } from './features.js';
import { normalizeCode } from './char-classes.js';
import { Gazetteer } from './gazetteer.js';
import { LABEL_COUNT, labelsToSpans, type TypedSpan } from './labels.js';
import { viterbi } from './viterbi.js';

/** Local copy: an imported binding is read through a getter in hot loops under some loaders. */
const L = LABEL_COUNT;

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
  /** Domains (training corpora) with their own feature copies; domain id = index + 1. */
  domains: string[];
  /** Domain used when the caller names none ('' = shared features only). */
  defaultDomain: string;
}

export class NerModel {
  readonly parts: NerModelParts;
  readonly resources: FeatureResources;
  /** Open addressing, interleaved [key, row] pairs (one cache line per probe); key 0 = empty. */
  private readonly table: Int32Array;
  private readonly mask: number;

  constructor(parts: NerModelParts) {
    this.parts = parts;
    this.resources = {
      gazetteers: parts.gazetteers.map((g) => new Gazetteer(g.words)),
      surnameLevels: surnameTable(parts.surnameLevels),
    };
    let size = 1024;
    while (size < parts.keys.length * 2) size *= 2;
    this.table = new Int32Array(size * 2);
    this.mask = size - 1;
    for (let row = 0; row < parts.keys.length; row++) {
      const key = parts.keys[row]!;
      let s = key & this.mask;
      while (this.table[s * 2] !== 0) s = (s + 1) & this.mask;
      this.table[s * 2] = key;
      this.table[s * 2 + 1] = row;
    }
  }

  /** Weight row of a feature key, -1 when the model does not know it. */
  rowOf(key: number): number {
    if (key === 0) return -1;
    const table = this.table;
    const mask = this.mask;
    let s = key & mask;
    for (;;) {
      const k = table[s * 2]!;
      if (k === key) return table[s * 2 + 1]!;
      if (k === 0) return -1;
      s = (s + 1) & mask;
    }
  }

  /** Id of a domain name for extractFeatures (0 = shared features only, also for unknown names). */
  domainId(name: string): number {
    return this.parts.domains.indexOf(name) + 1;
  }

  /** Entity spans of a text (UTF-16 offsets, end exclusive), read as text of `domain`. */
  decode(text: string, domain = this.parts.defaultDomain): TypedSpan[] {
    const n = text.length;
    if (n === 0) return [];
    const keys = extractFeatures(text, this.resources, this.domainId(domain));
    const emissions = new Float32Array(n * L);
    const w = this.parts.weights;
    const table = this.table;
    const mask = this.mask;
    for (let k = 0, i = 0, perChar = keys.length / n; i < n; i++) {
      const e = i * L;
      for (const end = k + perChar; k < end; k++) {
        const key = keys[k]!;
        if (key === 0) continue;
        let s = key & mask;
        let row = -1;
        for (;;) {
          const found = table[s * 2]!;
          if (found === key) { row = table[s * 2 + 1]!; break; }
          if (found === 0) break;
          s = (s + 1) & mask;
        }
        if (row < 0) continue;
        const b = row * L;
        for (let y = 0; y < L; y++) emissions[e + y]! += w[b + y]!;
      }
    }
    return labelsToSpans(viterbi(emissions, n, this.parts.transitions));
  }
}

function surnameTable(levels: ReadonlyArray<[string, number]>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const [ch, level] of levels) table[normalizeCode(ch.charCodeAt(0)) & 0xffff] = level;
  return table;
}
