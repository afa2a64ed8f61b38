import { normalizeCode } from './char-classes.js';
import { PairFilter } from './pair-filter.js';

/**
 * A large word list (jieba's dictionary) for lexicon features: for every character, the longest
 * listed word that starts at it, ends at it and spans over it, with the word's class (person name,
 * place, organisation, other proper noun, noun, verb, other) and a frequency band. Word boundaries
 * and listed names are what a character model cannot see by itself (Lattice LSTM / SoftLexicon
 * feed the same information to neural taggers).
 *
 * Words are stored as 32-bit rolling hashes of their normalised code units in an open-addressing
 * table: a lookup costs a few array reads, and the rare hash collision only adds a noisy feature.
 */
export const MAX_WORD_LENGTH = 8;

/** Word class ids (1..7; 0 = no word). */
export const enum WordClass {
  Person = 1,
  Place = 2,
  Organisation = 3,
  OtherProper = 4,
  Noun = 5,
  Verb = 6,
  Other = 7,
}

const CLASS_OF_POS: Record<string, WordClass> = {
  nr: WordClass.Person, nrt: WordClass.Person, nrfg: WordClass.Person,
  ns: WordClass.Place,
  nt: WordClass.Organisation,
  nz: WordClass.OtherProper,
  n: WordClass.Noun, ng: WordClass.Noun, vn: WordClass.Noun, s: WordClass.Noun, j: WordClass.Noun,
  v: WordClass.Verb, vd: WordClass.Verb, vg: WordClass.Verb, vi: WordClass.Verb,
};

/** Word class of a jieba part-of-speech tag. */
export function wordClassOf(pos: string): WordClass {
  return CLASS_OF_POS[pos] ?? WordClass.Other;
}

/** Frequency band 0..2 (rare listings, mostly names from the dictionary's sources, are band 0). */
function frequencyBand(frequency: number): number {
  return frequency < 10 ? 0 : frequency < 200 ? 1 : 2;
}

export interface LexiconEntry {
  word: string;
  frequency: number;
  pos: string;
}

/** Per character: longest word starting, ending and spanning over it, each as len × 32 + info. */
export interface WordMarks {
  begin: Uint16Array;
  end: Uint16Array;
  inside: Uint16Array;
}

export class WordLexicon {
  /** Identifies the word list (a model records it and refuses another list). */
  readonly fingerprint: string;
  readonly size: number;
  /** [key, entry] pairs: one cache line per probe (the table is megabytes, most reads miss the cache). */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /**
   * A bit per hashed pair of code units that begins some listed word (256 KB): most positions of
   * a text whose first two characters begin no word stop here, without a read of the table.
   */
  private readonly firstPairs = new PairFilter(21);

  constructor(entries: Iterable<LexiconEntry>, fingerprint: string) {
    this.fingerprint = fingerprint;
    const list = [...entries].filter((e) => e.word.length >= 2 && e.word.length <= MAX_WORD_LENGTH);
    let slots = 1024;
    while (slots < list.length * 4) slots *= 2; // words and their proper prefixes
    this.slots = new Int32Array(slots * 2);
    this.mask = slots - 1;
    let size = 0;
    for (const e of list) {
      let h = SEED;
      this.firstPairs.add(normalizeCode(e.word.charCodeAt(0)), normalizeCode(e.word.charCodeAt(1)));
      for (let i = 0; i < e.word.length; i++) {
        h = step(h, normalizeCode(e.word.charCodeAt(i)));
        if (i === 0) continue;
        const s = this.slotOf(h) * 2;
        const isWord = i === e.word.length - 1;
        if (this.slots[s] === 0) this.slots[s] = h === 0 ? 1 : h;
        if (!isWord) this.slots[s + 1]! |= CONTINUES;
        else if ((this.slots[s + 1]! & ~CONTINUES) === 0) { // the first listing of a word (its main reading) wins
          this.slots[s + 1]! |= wordClassOf(e.pos) * 4 + frequencyBand(e.frequency);
          size++;
        }
      }
    }
    this.size = size;
  }

  /** Slot of a hash: where its key is, or the empty slot where it would go. */
  private slotOf(h: number): number {
    const key = h === 0 ? 1 : h;
    const slots = this.slots;
    let s = key & this.mask;
    while (slots[s * 2] !== 0 && slots[s * 2] !== key) s = (s + 1) & this.mask;
    return s;
  }

  /**
   * Entry of a hash: class × 4 + band of the word (0 = not a word), plus CONTINUES when a longer
   * word begins with it; -1 when neither (no listed word begins with these characters).
   */
  private lookup(h: number): number {
    const s = this.slotOf(h) * 2;
    return this.slots[s] === 0 ? -1 : this.slots[s + 1]!;
  }

  /** Class (WordClass) of the word codes[start, end) if listed, 0 if not (or shorter than 2). */
  classOf(codes: ArrayLike<number>, start: number, end: number): number {
    if (end - start < 2 || end - start > MAX_WORD_LENGTH) return 0;
    let h = SEED;
    for (let i = start; i < end; i++) h = step(h, codes[i]!);
    const entry = this.lookup(h);
    return entry < 0 ? 0 : (entry & ~CONTINUES) >>> 2;
  }

  /** Marks of the words found in `codes` (normalised code units, `n` of them). */
  markWords(codes: ArrayLike<number>, n: number): WordMarks {
    const marks: WordMarks = { begin: new Uint16Array(n), end: new Uint16Array(n), inside: new Uint16Array(n) };
    const firstPairs = this.firstPairs;
    for (let i = 0; i + 1 < n; i++) {
      if (!firstPairs.mayHold(codes[i]!, codes[i + 1]!)) continue;
      let h = step(SEED, codes[i]!);
      const last = Math.min(n, i + MAX_WORD_LENGTH);
      for (let j = i + 1; j < last; j++) {
        h = step(h, codes[j]!);
        const entry = this.lookup(h);
        if (entry < 0) break; // no listed word goes on this way: most positions stop after one read
        const info = entry & ~CONTINUES;
        if (info === 0) continue;
        const len = j - i + 1;
        const mark = len * 32 + info;
        // Longer words win at every position (lengths only grow with j at the start).
        marks.begin[i] = mark;
        if (marks.end[j]! >>> 5 < len) marks.end[j] = mark;
        for (let k = i + 1; k < j; k++) if (marks.inside[k]! >>> 5 < len) marks.inside[k] = mark;
        if ((entry & CONTINUES) === 0) break;
      }
    }
    return marks;
  }
}

const SEED = 0x3c6ef372;
/** Entry flag: a longer listed word begins with these characters (info's class × 4 + band < 32). */
const CONTINUES = 0x80;

function step(h: number, c: number): number {
  h = Math.imul(h ^ c, 0x5bd1e995);
  return h ^ (h >>> 13);
}
