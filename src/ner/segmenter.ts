import { Jieba } from '@node-rs/jieba';
import { jiebaDictionaryBytes } from '../kb/jieba-dictionary.js';
import { CHAR_TYPES, CharType } from './char-classes.js';
import { loadJiebaLexicon } from './jieba-lexicon.js';
import type { WordLexicon } from './word-lexicon.js';

/**
 * jieba's segmentation of a sentence, with its HMM for words the dictionary does not list, as
 * per-character marks for the tagger. The HMM joins unlisted names into one word (孩之宝, 美泰,
 * 骆怡航, 蔚少辉) where the dictionary alone sees single characters; that boundary, and the class
 * of the words on either side, is what the longest-match lexicon features cannot give.
 */
export interface SegmentMarks {
  /** Per character: position in its word (1 begin, 2 inside, 3 end, 4 single), 0 = no segmentation. */
  position: Uint8Array;
  /** Per character: its word's length, at most MAX_SEGMENT_LENGTH. */
  length: Uint8Array;
  /** Per character: its word's class (SegmentClass), and the classes of the words before and after. */
  wordClass: Uint8Array;
  previousClass: Uint8Array;
  nextClass: Uint8Array;
}

export const MAX_SEGMENT_LENGTH = 6;

/**
 * Word classes: 1–7 are the lexicon's (person … other) for listed words of two or more
 * characters; then the words it does not list.
 */
export const enum SegmentClass {
  None = 0,
  UnlistedHan = 8,
  Latin = 9,
  Number = 10,
  Sentence = 11,
  SingleHan = 12,
}

export interface Segmenter {
  /** Marks for `text`; `codes` are its normalised code units (what the word classes are looked up by). */
  mark(text: string, codes: ArrayLike<number>): SegmentMarks;
}

/** Segments with jieba (HMM on) over the dictionary shipped in @node-rs/jieba. */
export class JiebaSegmenter implements Segmenter {
  // `cut` rather than `tag`: jieba's tags would cost a JS object per word, and the lexicon (the
  // same dictionary) knows the class of every listed word already.
  private readonly jieba = Jieba.withDict(jiebaDictionaryBytes());

  constructor(private readonly lexicon: WordLexicon = loadJiebaLexicon()) {}

  mark(text: string, codes: ArrayLike<number>): SegmentMarks {
    const n = text.length;
    const marks: SegmentMarks = {
      position: new Uint8Array(n), length: new Uint8Array(n), wordClass: new Uint8Array(n),
      previousClass: new Uint8Array(n), nextClass: new Uint8Array(n),
    };
    if (n === 0) return marks;
    const words = this.jieba.cut(text, true);
    let total = 0;
    for (const w of words) total += w.length;
    if (total !== n) return marks; // jieba dropped or changed characters: no marks rather than misaligned ones
    const classes = new Uint8Array(words.length);
    let at = 0;
    for (let k = 0; k < words.length; k++) {
      const len = words[k]!.length;
      classes[k] = classOf(codes, at, at + len, this.lexicon);
      at += len;
    }
    at = 0;
    for (let k = 0; k < words.length; k++) {
      const len = words[k]!.length;
      const previous = k > 0 ? classes[k - 1]! : SegmentClass.Sentence;
      const next = k + 1 < words.length ? classes[k + 1]! : SegmentClass.Sentence;
      for (let i = 0; i < len; i++) {
        marks.position[at + i] = len === 1 ? 4 : i === 0 ? 1 : i === len - 1 ? 3 : 2;
        marks.length[at + i] = Math.min(len, MAX_SEGMENT_LENGTH);
        marks.wordClass[at + i] = classes[k]!;
        marks.previousClass[at + i] = previous;
        marks.nextClass[at + i] = next;
      }
      at += len;
    }
    return marks;
  }
}

function classOf(codes: ArrayLike<number>, start: number, end: number, lexicon: WordLexicon): number {
  const listed = lexicon.classOf(codes, start, end);
  if (listed !== 0) return listed;
  let han = 0, latin = 0, digits = 0;
  for (let i = start; i < end; i++) {
    const t = CHAR_TYPES[codes[i]! & 0xffff]!;
    if (t === CharType.Han || t === CharType.HanNumeral) han++;
    else if (t === CharType.Upper || t === CharType.Lower) latin++;
    else if (t === CharType.Digit) digits++;
  }
  if (han > 0) return end - start === 1 ? SegmentClass.SingleHan : SegmentClass.UnlistedHan;
  if (latin > 0) return SegmentClass.Latin;
  return digits > 0 ? SegmentClass.Number : SegmentClass.None;
}

let shared: JiebaSegmenter | undefined;

/** One segmenter per process (loading jieba's dictionary takes a moment). */
export function loadJiebaSegmenter(): JiebaSegmenter {
  shared ??= new JiebaSegmenter();
  return shared;
}
