import { describe, expect, it } from 'vitest';
import { normalizeCode } from './char-classes.js';
import { JiebaSegmenter, SegmentClass } from './segmenter.js';
import { WordClass } from './word-lexicon.js';

describe('jieba segment marks', () => {
  const segmenter = new JiebaSegmenter();
  const mark = (text: string) => segmenter.mark(text, Array.from(text, (c) => normalizeCode(c.charCodeAt(0))));

  it('joins a name the dictionary does not list into one word (HMM) and marks the positions', () => {
    const marks = mark('孩之宝和美泰一直试图促销');
    expect(Array.from(marks.position.subarray(0, 6))).toEqual([1, 2, 3, 4, 1, 3]); // 孩之宝|和|美泰
    expect(marks.length[0]).toBe(3);
    expect(marks.wordClass[0]).toBe(SegmentClass.UnlistedHan);
    expect(marks.wordClass[3]).toBe(SegmentClass.SingleHan);
    expect(marks.wordClass[4]).toBe(SegmentClass.UnlistedHan);
    expect(marks.previousClass[4]).toBe(SegmentClass.SingleHan); // the word before 美泰 is 和
    expect(marks.previousClass[0]).toBe(SegmentClass.Sentence);
    expect(marks.nextClass[4]).toBe(marks.wordClass[6]); // 一直, a listed word
  });

  it('gives listed words their dictionary class', () => {
    const marks = mark('他加入招商银行');
    expect(marks.wordClass[3]).toBe(WordClass.Organisation); // 招商银行 is listed as nt
    expect(marks.wordClass[1]).toBe(WordClass.Verb);
  });

  it('gives one mark per UTF-16 unit, Latin words and spaces included', () => {
    const text = 'abc 腾讯 12';
    const marks = mark(text);
    expect(marks.position.length).toBe(text.length);
    expect(marks.wordClass[0]).toBe(SegmentClass.Latin);
    expect(marks.wordClass[text.length - 1]).toBe(SegmentClass.Number);
    expect(marks.position.every((p) => p > 0)).toBe(true);
  });

  it('marks nothing in an empty text', () => {
    expect(mark('').position.length).toBe(0);
  });
});
