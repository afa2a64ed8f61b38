import { describe, expect, it } from 'vitest';
import { CharType, charTypeOf, normalizeCode } from './char-classes.js';
import { DOMAIN_LAYERS, domainKey, extractFeatures, hash, sharedTemplateCount, templateCount, type FeatureResources } from './features.js';
import { Gazetteer } from './gazetteer.js';
import { WordLexicon } from './word-lexicon.js';
import { loadJiebaLexicon } from './jieba-lexicon.js';
import { loadJiebaSegmenter } from './segmenter.js';

const resources: FeatureResources = {
  surnameLevels: Uint8Array.from({ length: 0x10000 }, (_, c) => (c === '李'.charCodeAt(0) ? 3 : 0)),
  gazetteers: [new Gazetteer(['公司'])],
  lexicon: null, segmenter: null,
};
const per = sharedTemplateCount(1);
const row = (keys: Int32Array, i: number) => Array.from(keys.subarray(i * per, (i + 1) * per));

describe('character classes', () => {
  it('normalises full-width Latin and digits and lower-cases', () => {
    expect(String.fromCharCode(normalizeCode('Ａ'.charCodeAt(0)))).toBe('a');
    expect(String.fromCharCode(normalizeCode('９'.charCodeAt(0)))).toBe('9');
  });

  it('tells Han, numerals, Latin, digits, punctuation and the name dot apart', () => {
    const types = [...'李二A b9，·（'].map((ch) => charTypeOf(ch.charCodeAt(0)));
    expect(types).toEqual([CharType.Han, CharType.HanNumeral, CharType.Upper, CharType.Space, CharType.Lower,
      CharType.Digit, CharType.Punct, CharType.NameDot, CharType.OpenPunct]);
  });
});

describe('extractFeatures', () => {
  it('gives templateCount keys per character, deterministically', () => {
    const a = extractFeatures('李明加入某公司。', resources, null);
    expect(a.length).toBe(8 * per);
    expect(Array.from(a)).toEqual(Array.from(extractFeatures('李明加入某公司。', resources, null)));
  });

  it('gives the same keys to the same ±2 context in different sentences', () => {
    const a = extractFeatures('昨天李明加入某公司', resources, null);
    const b = extractFeatures('今天李明加入某银行', resources, null);
    // 加 (index 4) sees 李明加入某 in both.
    expect(row(a, 4).slice(0, 14)).toEqual(row(b, 4).slice(0, 14));
    // 入 (index 5) sees 公 in the first and 银 in the second at +2.
    expect(row(a, 5)[5]).not.toBe(row(b, 5)[5]);
  });

  it('marks jieba\'s word of each character only with a lexicon and a segmenter', () => {
    const withSegments = { ...resources, lexicon: loadJiebaLexicon(), segmenter: loadJiebaSegmenter() };
    // 美 begins the unlisted word 美泰 that jieba's HMM joins, 和 is a word by itself.
    const a = extractFeatures('孩之宝和美泰', withSegments, null);
    expect(row(a, 4)[26]).not.toBe(0);
    expect(row(a, 4)[26]).not.toBe(row(a, 3)[26]);
    expect(row(a, 4)[26]).toBe(row(extractFeatures('孩之宝和美泰', withSegments, null), 4)[26]);
    // Without a segmenter the segment templates stay empty.
    const b = extractFeatures('孩之宝和美泰', { ...withSegments, segmenter: null }, null);
    expect([row(b, 4)[26], row(b, 4)[27], row(b, 4)[28]]).toEqual([0, 0, 0]);
  });

  it('collapses digits and full-width forms in n-gram keys', () => {
    const a = extractFeatures('2023年', resources, null);
    const b = extractFeatures('１９９８年', resources, null);
    expect(row(a, 4)[3]).toBe(row(b, 4)[3]); // unigram of 年
    expect(row(a, 4)[7]).toBe(row(b, 4)[7]); // bigram <digit>年
  });

  it('marks the surname and the dictionary match', () => {
    const withSurname = extractFeatures('李明', resources, null);
    const without = extractFeatures('杜明', resources, null);
    expect(row(withSurname, 0)[15]).not.toBe(row(without, 0)[15]);
    const inDict = extractFeatures('某公司', resources, null);
    const notInDict = extractFeatures('某公园', resources, null);
    const gazetteerTemplate = per - 2; // the one gazetteer's match template, before its distances
    expect(row(inDict, 1)[gazetteerTemplate]).not.toBe(row(notInDict, 1)[gazetteerTemplate]);
  });

  it('keys a Latin word as a whole, case-insensitively, and only on Latin characters', () => {
    const a = extractFeatures('加入OpenAI公司', resources, null);
    const b = extractFeatures('来自openai的', resources, null);
    expect(row(a, 2)[17]).toBe(row(b, 2)[17]);
    expect(row(a, 0)[17]).toBe(0);
  });

  it('marks the longest listed words starting, ending and spanning over each character', () => {
    const lexicon = new WordLexicon([
      { word: '远山', frequency: 50, pos: 'nr' },
      { word: '远山科技', frequency: 5, pos: 'nt' },
      { word: '科技', frequency: 5000, pos: 'n' },
    ], 'test');
    const codes = Array.from('在远山科技', (ch) => ch.charCodeAt(0));
    const marks = lexicon.markWords(codes, codes.length);
    // 远 begins 远山科技 (length 4); 技 ends it; 山 and 科 lie inside it; 在 is in no word.
    expect(Array.from(marks.begin, (m) => m >>> 5)).toEqual([0, 4, 0, 2, 0]);
    expect(Array.from(marks.end, (m) => m >>> 5)).toEqual([0, 0, 2, 0, 4]);
    expect(Array.from(marks.inside, (m) => m >>> 5)).toEqual([0, 0, 4, 4, 0]);
    expect(marks.begin[3]).not.toBe(marks.begin[1]! - 64); // 科技 (noun) and 远山科技 (organisation) differ in class
    // 远山科 is only the beginning of a listed word (the lookup goes on through it), not a word itself.
    expect(lexicon.classOf(codes, 1, 4)).toBe(0);
    expect(lexicon.classOf(codes, 1, 5)).toBe(3);
    expect(lexicon.size).toBe(3);
    const withLexicon = { ...resources, lexicon };
    const listed = extractFeatures('在远山科技', withLexicon, null);
    const unlisted = extractFeatures('在远水科技', withLexicon, null);
    expect(row(listed, 1)[19]).not.toBe(row(unlisted, 1)[19]);
    expect(row(listed, 1)[19]).not.toBe(0);
    expect(row(extractFeatures('在远山科技', resources, null), 1)[19]).toBe(0); // no lexicon, no key
  });

  it('adds one set of domain copies per domain layer in the training layout, zeros in unused layers', () => {
    const full = templateCount(1);
    const shared = sharedTemplateCount(1);
    const copies = (full - shared) / DOMAIN_LAYERS;
    const two = extractFeatures('李明', resources, [1, 3]);
    const one = extractFeatures('李明', resources, [1]);
    expect(two.length).toBe(2 * full);
    expect(Array.from(two.subarray(0, shared))).toEqual(Array.from(extractFeatures('李明', resources, null).subarray(0, shared)));
    expect(two[shared]).toBe(domainKey(two[0]!, 1)); // the bias's copy for domain 1
    expect(two[shared + copies]).toBe(domainKey(two[0]!, 3)); // and for domain 3
    expect(Array.from(one.subarray(shared, shared + copies))).toEqual(Array.from(two.subarray(shared, shared + copies)));
    expect(Array.from(one.subarray(shared + copies, full)).every((k) => k === 0)).toBe(true);
  });

  it('never produces the reserved key 0 from a hash', () => {
    expect(hash(3, 0, 0, 0)).not.toBe(0);
  });
});
