import { CHAR_TYPES, CharType, normalizeCode } from './char-classes.js';
import type { Gazetteer } from './gazetteer.js';
import type { Segmenter } from './segmenter.js';
import type { WordLexicon } from './word-lexicon.js';

/**
 * Feature extraction: for every character, TEMPLATE_COUNT feature keys (32-bit hashes of a
 * template id and integer code points; 0 = no feature). Nothing is concatenated into strings, so
 * tagging stays fast; the model maps the keys it knows to weight rows.
 */
export interface FeatureResources {
  /** Per code unit (normalised), 1..3: how often it begins a person's name in training (3 = most). */
  surnameLevels: Uint8Array;
  /** Dictionaries matched over the sentence (ORG endings, title words, ORG names). */
  gazetteers: readonly Gazetteer[];
  /** Word list for the lexicon templates (null: those keys stay 0). */
  lexicon: WordLexicon | null;
  /** Sentence segmentation for the segment templates (null: those keys stay 0). */
  segmenter: Segmenter | null;
}

/** Character templates 0–18, the lexicon templates 19–25, the segment templates 26–28. */
const FIXED_TEMPLATES = 29;
/**
 * Templates that also get copies specific to the text's domains (a corpus, and the group it
 * belongs to: MSRA and CLUENER are both 'news'), so that corpora with different annotation habits
 * can disagree there while sharing everything else (feature augmentation, Daumé 2007, with a
 * hierarchy of domains). The gazetteer templates are copied too.
 */
const DOMAIN_SOURCES = [0, 2, 3, 4, 7, 8, 12, 14, 19, 20, 26];
/** How many domains an example can belong to at once (a corpus and its group). */
export const DOMAIN_LAYERS = 2;

/** Keys per character when decoding: the shared templates only (domain copies are folded in). */
export function sharedTemplateCount(gazetteerCount: number): number {
  return FIXED_TEMPLATES + 2 * gazetteerCount;
}

/** Keys per character in training: the shared templates and DOMAIN_LAYERS sets of copies. */
export function templateCount(gazetteerCount: number): number {
  return sharedTemplateCount(gazetteerCount) + DOMAIN_LAYERS * (DOMAIN_SOURCES.length + gazetteerCount);
}

const DOMAIN_TEMPLATE = 255;
const PAD = 2; // context positions each side
const BOS = 0x110001;
const EOS = 0x110002;

/**
 * Keys of every feature of every character of `text`, row-major. With `domains` (ids 1.., at most
 * DOMAIN_LAYERS; the training layout, templateCount keys a character) the domain-specific copies
 * follow the shared keys, 0 in unused layers; with null (the decoding layout) only the
 * sharedTemplateCount shared keys are given.
 */
export function extractFeatures(text: string, res: FeatureResources, domains: readonly number[] | null, scratch?: Int32Array): Int32Array {
  const n = text.length;
  const g = res.gazetteers.length;
  const perChar = domains ? templateCount(g) : sharedTemplateCount(g);
  // A caller tagging many sentences passes a scratch buffer to spare the allocation.
  const out = scratch && scratch.length >= n * perChar ? scratch.subarray(0, n * perChar).fill(0) : new Int32Array(n * perChar);
  const { norm, key, type, surname, gaz, nextStart, prevEnd, latinWord, latinPos, latinShape } = workArrays(n, g);
  // norm (normalised codes, for dictionaries and Latin words) and key (n-gram codes, digits
  // collapsed, padded) are written in full below; the others start from zeros.
  type.fill(0, 0, n + 2 * PAD);
  surname.fill(0, 0, n + 2 * PAD);
  key[0] = key[1] = BOS;
  key[n + PAD] = key[n + PAD + 1] = EOS;
  for (let i = 0; i < n; i++) {
    const raw = text.charCodeAt(i);
    const c = normalizeCode(raw);
    norm[i] = c;
    const t = CHAR_TYPES[raw]!;
    type[i + PAD] = t;
    key[i + PAD] = t === CharType.Digit ? 0x30 : c;
    surname[i + PAD] = res.surnameLevels[c & 0xffff]!;
  }
  gaz.fill(0, 0, (n + 2) * g); // per gazetteer, padded by one each side
  for (let k = 0; k < g; k++) res.gazetteers[k]!.markMatches(norm, n, gaz, k * (n + 2) + 1);
  for (let k = 0; k < g; k++) matchDistances(gaz, k * (n + 2) + 1, n, nextStart, prevEnd);
  latinPos.fill(0, 0, n); // latinWord and latinShape are read only where latinPos is set
  markLatinWords(norm, type, n, latinWord, latinPos, latinShape);
  const words = res.lexicon?.markWords(norm, n);
  const segments = res.segmenter?.mark(text, norm);

  for (let i = 0; i < n; i++) {
    const p = i + PAD;
    const o = i * perChar;
    const cm2 = key[p - 2]!, cm1 = key[p - 1]!, c0 = key[p]!, cp1 = key[p + 1]!, cp2 = key[p + 2]!;
    const tm2 = type[p - 2]!, tm1 = type[p - 1]!, t0 = type[p]!, tp1 = type[p + 1]!, tp2 = type[p + 2]!;
    out[o] = hash(0, 0, 0, 0);
    out[o + 1] = hash(1, cm2, 0, 0);
    out[o + 2] = hash(2, cm1, 0, 0);
    out[o + 3] = hash(3, c0, 0, 0);
    out[o + 4] = hash(4, cp1, 0, 0);
    out[o + 5] = hash(5, cp2, 0, 0);
    out[o + 6] = hash(6, cm2, cm1, 0);
    out[o + 7] = hash(7, cm1, c0, 0);
    out[o + 8] = hash(8, c0, cp1, 0);
    out[o + 9] = hash(9, cp1, cp2, 0);
    out[o + 10] = hash(10, cm1, cp1, 0);
    out[o + 11] = hash(11, cm2, cm1, c0);
    out[o + 12] = hash(12, cm1, c0, cp1);
    out[o + 13] = hash(13, c0, cp1, cp2);
    out[o + 14] = hash(14, tm2 * 16 + tm1, t0, tp1 * 16 + tp2);
    out[o + 15] = hash(15, surname[p - 1]! * 16 + surname[p]!, tp1 * 16 + tp2, 0);
    out[o + 16] = hash(16, surname[p - 2]! * 16 + surname[p - 1]!, tm1 * 16 + t0, 0);
    out[o + 17] = latinPos[i] === 0 ? 0 : hash(17, latinWord[i]!, latinPos[i]!, 0);
    out[o + 18] = latinPos[i] === 0 ? 0 : hash(18, latinShape[i]!, latinPos[i]!, tm1 * 16 + tp1);
    if (words) {
      const begin = words.begin[i]!, end = words.end[i]!;
      out[o + 19] = begin === 0 ? 0 : hash(19, begin, 0, 0);
      out[o + 20] = end === 0 ? 0 : hash(20, end, 0, 0);
      out[o + 21] = words.inside[i] === 0 ? 0 : hash(21, words.inside[i]!, 0, 0);
      // A word boundary before this character: a word ends just before it and one starts here.
      const endBefore = i > 0 ? words.end[i - 1]! >>> 5 : 9;
      out[o + 22] = hash(22, endBefore, begin >>> 5, t0);
      // The same marks with the character itself, and the words just around it.
      out[o + 23] = begin === 0 ? 0 : hash(23, begin, c0, 0);
      out[o + 24] = end === 0 ? 0 : hash(24, end, c0, 0);
      out[o + 25] = hash(25, i > 0 ? words.end[i - 1]! : 1, i + 1 < n ? words.begin[i + 1]! : 1, 0);
    }
    if (segments && segments.position[i] !== 0) {
      // The word jieba puts this character in: where in it, how long, of which class; then with
      // the character; then the classes of the words before and after (担任|X|的 …).
      const at = segments.position[i]!, cls = segments.wordClass[i]!;
      out[o + 26] = hash(26, at * 8 + segments.length[i]!, cls, 0);
      out[o + 27] = hash(27, at, cls, c0);
      out[o + 28] = hash(28, at * 16 + cls, segments.previousClass[i]!, segments.nextClass[i]!);
    }
    for (let k = 0; k < g; k++) {
      const b = k * (n + 2) + i + 1;
      out[o + FIXED_TEMPLATES + k] = hash(FIXED_TEMPLATES + k, gaz[b - 1]!, gaz[b]!, gaz[b + 1]!);
      // How far the next match starts and the previous one ended (an ORG ending or a title
      // a few characters away tells where a name may begin or end).
      out[o + FIXED_TEMPLATES + g + k] = hash(FIXED_TEMPLATES + g + k, nextStart[b]!, prevEnd[b]!, t0);
    }
    if (domains) {
      for (let layer = 0; layer < domains.length && layer < DOMAIN_LAYERS; layer++) {
        const domain = domains[layer]!;
        const d = o + FIXED_TEMPLATES + 2 * g + layer * (DOMAIN_SOURCES.length + g);
        for (let k = 0; k < DOMAIN_SOURCES.length; k++) out[d + k] = copyKey(out[o + DOMAIN_SOURCES[k]!]!, domain);
        for (let k = 0; k < g; k++) out[d + DOMAIN_SOURCES.length + k] = copyKey(out[o + FIXED_TEMPLATES + k]!, domain);
      }
    }
  }
  return out;
}

/**
 * Working arrays of extractFeatures, kept between calls (feature extraction is synchronous, and
 * a typed array of more than a few dozen bytes costs a backing-store allocation: with one per
 * array per sentence, allocation took a visible share of tagging). Grown to twice the need.
 */
function workArrays(n: number, gazetteerCount: number) {
  const need = (n + 2) * Math.max(1, gazetteerCount) + 2 * PAD;
  if (work.capacity < need) work = allocateWork(need * 2);
  return work;
}

function allocateWork(capacity: number) {
  return {
    capacity,
    norm: new Int32Array(capacity), key: new Int32Array(capacity), type: new Uint8Array(capacity), surname: new Uint8Array(capacity),
    gaz: new Uint8Array(capacity), nextStart: new Uint8Array(capacity), prevEnd: new Uint8Array(capacity),
    latinWord: new Int32Array(capacity), latinPos: new Uint8Array(capacity), latinShape: new Uint8Array(capacity),
  };
}

let work = allocateWork(0);

/**
 * Per position of one gazetteer's marks (at `offset`): distance (1..MAX_DISTANCE, 0 = farther or
 * none) to the next match starting after it and to the previous match ending before it.
 */
function matchDistances(gaz: Uint8Array, offset: number, n: number, nextStart: Uint8Array, prevEnd: Uint8Array): void {
  let next = -1;
  for (let i = n - 1; i >= 0; i--) {
    nextStart[offset + i] = next >= 0 && next - i <= MAX_DISTANCE ? next - i : 0;
    const m = gaz[offset + i]!;
    if (m === 1 || m === 4) next = i;
  }
  let prev = -1;
  for (let i = 0; i < n; i++) {
    prevEnd[offset + i] = prev >= 0 && i - prev <= MAX_DISTANCE ? i - prev : 0;
    const m = gaz[offset + i]!;
    if (m === 3 || m === 4) prev = i;
  }
}

const MAX_DISTANCE = 8;

/**
 * Latin words (a letter, then letters or digits): per character a hash of the whole lower-cased
 * word, its position in it (1 begin, 2 inside, 3 end, 4 single; 0 = not Latin) and a case shape.
 */
function markLatinWords(
  norm: Int32Array, type: Uint8Array, n: number,
  word: Int32Array, pos: Uint8Array, shape: Uint8Array,
): void {
  let i = 0;
  while (i < n) {
    const t = type[i + PAD]!;
    if (t !== CharType.Upper && t !== CharType.Lower) { i++; continue; }
    let j = i;
    let h = 0x2545f491;
    let uppers = 0;
    let digits = 0;
    for (; j < n; j++) {
      const tj = type[j + PAD]!;
      if (tj !== CharType.Upper && tj !== CharType.Lower && tj !== CharType.Digit) break;
      if (tj === CharType.Upper) uppers++;
      if (tj === CharType.Digit) digits++;
      h = Math.imul(h ^ norm[j]!, 0x5bd1e995);
      h ^= h >>> 15;
    }
    const len = j - i;
    const firstUpper = t === CharType.Upper ? 1 : 0;
    const s = 1 + firstUpper + (uppers === len - digits ? 2 : uppers > 1 ? 4 : 0) + (digits > 0 ? 8 : 0) + Math.min(len, 4) * 16;
    for (let k = i; k < j; k++) {
      word[k] = h;
      shape[k] = s;
      pos[k] = len === 1 ? 4 : k === i ? 1 : k === j - 1 ? 3 : 2;
    }
    i = j;
  }
}

/** A domain copy of a key, or 0 (no feature) where the shared key is absent. */
function copyKey(key: number, domain: number): number {
  return key === 0 ? 0 : domainKey(key, domain);
}

/** Key of the domain-specific copy of a feature key. */
export function domainKey(key: number, domain: number): number {
  return hash(DOMAIN_TEMPLATE, key, domain, 0);
}

/** 32-bit feature key of a template and up to three integers; never 0 (0 means "no feature"). */
export function hash(template: number, a: number, b: number, c: number): number {
  let h = Math.imul(template + 1, 0x9e3779b1);
  h = Math.imul(h ^ a, 0x5bd1e995);
  h ^= h >>> 15;
  h = Math.imul(h ^ b, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h ^ c, 0xc2b2ae35);
  h ^= h >>> 16;
  return h === 0 ? 1 : h;
}
