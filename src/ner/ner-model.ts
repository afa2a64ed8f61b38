import { domainKey, extractFeatures, type FeatureResources } from './features.js';
import { normalizeCode } from './char-classes.js';
import { Gazetteer } from './gazetteer.js';
import { loadJiebaLexicon } from './jieba-lexicon.js';
import { loadJiebaSegmenter } from './segmenter.js';
import { OrgKindClassifier, type OrgKindWeights } from './org-kinds.js';
import { ModelError } from '../errors.js';
import { allowedLabelBits, ENTITY_TYPES, LABEL_COUNT, labelsToSpans, O, type EntityType, type TypedSpan } from './labels.js';
import { viterbi } from './viterbi.js';

/** Local copy: an imported binding is read through a getter in hot loops under some loaders. */
const L = LABEL_COUNT;
// scoreCharacters sums the 12 non-O labels in locals.
if (L !== 13) throw new Error(`ner-model: written for 13 labels, the label set has ${L}`);

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
  /** Fingerprint of the word list of the lexicon features (jieba's dictionary), null = none. */
  lexicon: string | null;
  /** Domains (training corpora, and groups of them) with their own feature copies; id = index + 1. */
  domains: string[];
  /** Each domain's group ('' = none): decoding as 'msra' adds the copies of 'news' and of 'msra'. */
  domainParents: string[];
  /** Types each domain's corpus annotates; decoding as that domain predicts only these. */
  domainTypes: EntityType[][];
  /** Domain used when the caller names none ('' = shared features only). */
  defaultDomain: string;
  /** Classifier of ORG spans into kinds (company, government, organization), null = none. */
  orgKinds: OrgKindWeights | null;
}

export class NerModel {
  readonly parts: NerModelParts;
  readonly resources: FeatureResources;
  /** Open addressing, interleaved [key, row] pairs (one cache line per probe); key 0 = empty. */
  private readonly table: Int32Array;
  private readonly mask: number;
  // Buffers reused between decode calls (decoding is synchronous).
  private keyScratch = new Int32Array(0);
  private emissionScratch = new Float32Array(0);
  private readonly decoders = new Map<number, Decoder>();
  private readonly orgKinds: OrgKindClassifier | null;

  constructor(parts: NerModelParts) {
    this.parts = parts;
    this.resources = {
      gazetteers: parts.gazetteers.map((g) => new Gazetteer(g.words)),
      surnameLevels: surnameTable(parts.surnameLevels),
      lexicon: parts.lexicon === null ? null : loadJiebaLexicon(),
      // jieba's segmentation comes with its dictionary: a model over the lexicon uses both.
      segmenter: parts.lexicon === null ? null : loadJiebaSegmenter(),
    };
    if (this.resources.lexicon && this.resources.lexicon.fingerprint !== parts.lexicon) {
      throw new ModelError(`NER model was trained over another word list (${parts.lexicon}, installed: ${this.resources.lexicon.fingerprint}); retrain with \`npm run train\` or install the @node-rs/jieba version of package-lock.json`);
    }
    this.orgKinds = parts.orgKinds ? new OrgKindClassifier(parts.orgKinds) : null;
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

  /** Ids of a domain and its groups, the domain itself last (empty for 0). */
  domainPath(domain: number): number[] {
    const path: number[] = [];
    for (let d = domain; d > 0 && !path.includes(d); d = this.domainId(this.parts.domainParents[d - 1] ?? '')) path.unshift(d);
    return path;
  }

  /**
   * The decoding table of a domain: shared feature keys only, each with the copies of the domain
   * and its groups folded in (domainKey(k, d) fires exactly where k does, so the sums equal decoding
   * with all of them). A row is stored relative to its O weight (Viterbi's choice does not change
   * when one constant is added to every label of a character), so 12 weights remain, quantised to
   * Int8: 16-byte records [key, 12 x Int8], four to a cache line. Tagging is bound by the cache
   * misses of these lookups, and halving the record (from 13 x Int16) costs no held-out F1 worth
   * measuring. Rows whose weights all quantise to -1, 0 or +1 (half of them, mostly rare n-grams)
   * are left out: that halves the table, so fewer lookups miss the cache (scoring about 20 %
   * faster), for held-out F1 within 0.2 of keeping them.
   * (A copy whose shared row was pruned is lost; pruning drops only rows that quantise to zero,
   * which a shared row seldom does when its copy does not: every update of a copy updates it too.)
   */
  decoderFor(domain: number): Decoder {
    let decoder = this.decoders.get(domain);
    if (decoder) return decoder;
    const { keys, weights } = this.parts;
    const isCopy = new Uint8Array(keys.length);
    for (let d = 1; d <= this.parts.domains.length; d++) {
      for (let row = 0; row < keys.length; row++) {
        const copy = this.rowOf(domainKey(keys[row]!, d));
        if (copy >= 0) isCopy[copy] = 1;
      }
    }
    const folded = new Float32Array(weights);
    for (const d of this.domainPath(domain)) {
      for (let row = 0; row < keys.length; row++) {
        if (isCopy[row]) continue;
        const copy = this.rowOf(domainKey(keys[row]!, d));
        if (copy < 0) continue;
        for (let y = 0; y < L; y++) folded[row * L + y]! += weights[copy * L + y]!;
      }
    }
    let maxAbs = 0;
    for (let row = 0; row < keys.length; row++) {
      if (isCopy[row]) continue;
      const base = folded[row * L + O]!;
      for (let y = 1; y < L; y++) {
        folded[row * L + y]! -= base;
        maxAbs = Math.max(maxAbs, Math.abs(folded[row * L + y]!));
      }
    }
    const scale = maxAbs > 0 ? maxAbs / 127 : 1;
    const kept: number[] = [];
    for (let row = 0; row < keys.length; row++) {
      if (isCopy[row]) continue;
      for (let y = 1; y < L; y++) {
        if (Math.abs(Math.round(folded[row * L + y]! / scale)) >= MIN_KEPT_WEIGHT) { kept.push(row); break; }
      }
    }
    let slots = 1024;
    while (slots < kept.length * 1.25) slots *= 2; // load ≤ 0.8; neighbouring slots share cache lines
    const records = new Int32Array(slots * RECORD_INTS);
    for (const row of kept) {
      const key = keys[row]!;
      let slot = key & (slots - 1);
      while (records[slot * RECORD_INTS] !== 0) slot = (slot + 1) & (slots - 1);
      records[slot * RECORD_INTS] = key;
      // Labels 1..12 as bytes of three words, label 1 in the low byte of the first (packed by
      // shifts, not through an Int8Array view, so the layout does not depend on byte order),
      // each stored as weight + 128 (0..255) so that scoring can add two labels in one operation.
      for (let y = 1; y < L; y++) {
        const byte = (Math.round(folded[row * L + y]! / scale) + BYTE_BIAS) & 0xff;
        records[slot * RECORD_INTS + 1 + ((y - 1) >> 2)]! |= byte << (((y - 1) & 3) * 8);
      }
    }
    // A 1-bit-per-entry filter (1 MB for a 2^23 filter) answers most lookups of unknown keys
    // (rare n-grams) from cache instead of a probe into the large table.
    const filter = new Int32Array(FILTER_BITS >>> 5);
    for (let slot = 0; slot < slots; slot++) {
      const key = records[slot * RECORD_INTS]!;
      if (key === 0) continue;
      const bit = filterBit(key);
      filter[bit >>> 5]! |= 1 << (bit & 31);
    }
    decoder = { records, mask: slots - 1, scale, filter };
    this.decoders.set(domain, decoder);
    return decoder;
  }

  /** Id of a domain name for extractFeatures (0 = shared features only, also for unknown names). */
  domainId(name: string): number {
    return this.parts.domains.indexOf(name) + 1;
  }

  /** Entity spans of a text (UTF-16 offsets, end exclusive), read as text of `domain`. */
  decode(text: string, domain = this.parts.defaultDomain): TypedSpan[] {
    const n = text.length;
    if (n === 0) return [];
    const decoder = this.decoderFor(this.domainId(domain));
    const keys = extractFeatures(text, this.resources, null, this.keyScratch);
    if (keys.length > this.keyScratch.length) this.keyScratch = new Int32Array(keys.length * 2);
    if (this.emissionScratch.length < n * L) this.emissionScratch = new Float32Array(n * L * 2);
    const emissions = this.emissionScratch.subarray(0, n * L);
    scoreCharacters(keys, n, decoder, emissions);
    const types = this.parts.domainTypes[this.domainId(domain) - 1];
    const allowed = types && types.length < ENTITY_TYPES.length ? new Uint16Array(n).fill(allowedLabelBits(types)) : undefined;
    const spans = labelsToSpans(viterbi(emissions, n, this.parts.transitions, allowed));
    if (this.orgKinds) for (const s of spans) if (s.type === 'ORG') s.kind = this.orgKinds.classify(text, s.start, s.end);
    return spans;
  }
}

/**
 * Per-character label scores: the sum of the weights of every known feature key. A function of
 * its own (not inlined in decode) so that V8 optimises this loop once and keeps it optimised.
 * Each record's twelve biased bytes are added two at a time: masking a word with 0x00ff00ff
 * leaves two labels in 16-bit lanes, which cannot overflow (at most 255 x keys per character,
 * fewer than 256), and the bias is taken off once per character. What remains is mostly the
 * table's cache misses.
 */
function scoreCharacters(keys: Int32Array, n: number, d: Decoder, emissions: Float32Array): void {
  const { records, mask, scale, filter } = d;
  const perChar = keys.length / n;
  let k = 0;
  for (let i = 0; i < n; i++) {
    // Lanes: a = labels 1 and 3, b = 2 and 4, c = 5 and 7, e = 6 and 8, f = 9 and 11, g = 10 and 12.
    let a = 0, b = 0, c = 0, e = 0, f = 0, g = 0, found = 0;
    for (const end = k + perChar; k < end; k++) {
      const key = keys[k]!;
      if (key === 0) continue;
      const bit = filterBit(key);
      if ((filter[bit >>> 5]! & (1 << (bit & 31))) === 0) continue;
      const r = findRecord(records, mask, key);
      if (r < 0) continue;
      const w0 = records[r + 1]!, w1 = records[r + 2]!, w2 = records[r + 3]!;
      a += w0 & 0x00ff00ff; b += (w0 >>> 8) & 0x00ff00ff;
      c += w1 & 0x00ff00ff; e += (w1 >>> 8) & 0x00ff00ff;
      f += w2 & 0x00ff00ff; g += (w2 >>> 8) & 0x00ff00ff;
      found++;
    }
    const o = i * L;
    const bias = found * BYTE_BIAS;
    emissions[o] = 0;
    emissions[o + 1] = ((a & 0xffff) - bias) * scale; emissions[o + 2] = ((b & 0xffff) - bias) * scale;
    emissions[o + 3] = ((a >>> 16) - bias) * scale; emissions[o + 4] = ((b >>> 16) - bias) * scale;
    emissions[o + 5] = ((c & 0xffff) - bias) * scale; emissions[o + 6] = ((e & 0xffff) - bias) * scale;
    emissions[o + 7] = ((c >>> 16) - bias) * scale; emissions[o + 8] = ((e >>> 16) - bias) * scale;
    emissions[o + 9] = ((f & 0xffff) - bias) * scale; emissions[o + 10] = ((g & 0xffff) - bias) * scale;
    emissions[o + 11] = ((f >>> 16) - bias) * scale; emissions[o + 12] = ((g >>> 16) - bias) * scale;
  }
}

/** Int32 index of a key's record in a decoding table, -1 if absent. */
function findRecord(records: Int32Array, mask: number, key: number): number {
  let slot = key & mask;
  for (;;) {
    const found = records[slot * RECORD_INTS]!;
    if (found === key) return slot * RECORD_INTS;
    if (found === 0) return -1;
    slot = (slot + 1) & mask;
  }
}

/** A decoding record: the key, then the 8-bit weights of labels 1..12 relative to O: 16 bytes. */
const RECORD_INTS = 4;
/** Stored byte = weight + BYTE_BIAS (weights quantise to -127..127). */
const BYTE_BIAS = 128;
/** Rows kept in the decoding table: some weight quantises to at least this much (in 1/127 of the largest). */
const MIN_KEPT_WEIGHT = 2;

const FILTER_BITS = 1 << 23;

/** Filter position of a key: bits the table index (low bits) does not use. */
function filterBit(key: number): number {
  return (Math.imul(key, 0x9e3779b1) >>> 9) & (FILTER_BITS - 1);
}

interface Decoder {
  filter: Int32Array;
  records: Int32Array;
  mask: number;
  scale: number;
}

function surnameTable(levels: ReadonlyArray<[string, number]>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const [ch, level] of levels) table[normalizeCode(ch.charCodeAt(0)) & 0xffff] = level;
  return table;
}
