import { describe, expect, it } from 'vitest';
import { CharType, charTypeOf, normalizeCode } from './char-classes.js';
import { extractFeatures, hash, templateCount, type FeatureResources } from './features.js';
import { Gazetteer } from './gazetteer.js';

const resources: FeatureResources = {
  surnameLevels: Uint8Array.from({ length: 0x10000 }, (_, c) => (c === '李'.charCodeAt(0) ? 3 : 0)),
  gazetteers: [new Gazetteer(['公司'])],
};
const per = templateCount(1);
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
    const a = extractFeatures('李明加入某公司。', resources);
    expect(a.length).toBe(8 * per);
    expect(Array.from(a)).toEqual(Array.from(extractFeatures('李明加入某公司。', resources)));
  });

  it('gives the same keys to the same ±2 context in different sentences', () => {
    const a = extractFeatures('昨天李明加入某公司', resources);
    const b = extractFeatures('今天李明加入某银行', resources);
    // 加 (index 4) sees 李明加入某 in both.
    expect(row(a, 4).slice(0, 14)).toEqual(row(b, 4).slice(0, 14));
    // 入 (index 5) sees 公 in the first and 银 in the second at +2.
    expect(row(a, 5)[5]).not.toBe(row(b, 5)[5]);
  });

  it('collapses digits and full-width forms in n-gram keys', () => {
    const a = extractFeatures('2023年', resources);
    const b = extractFeatures('１９９８年', resources);
    expect(row(a, 4)[3]).toBe(row(b, 4)[3]); // unigram of 年
    expect(row(a, 4)[7]).toBe(row(b, 4)[7]); // bigram <digit>年
  });

  it('marks the surname and the dictionary match', () => {
    const withSurname = extractFeatures('李明', resources);
    const without = extractFeatures('杜明', resources);
    expect(row(withSurname, 0)[15]).not.toBe(row(without, 0)[15]);
    const inDict = extractFeatures('某公司', resources);
    const notInDict = extractFeatures('某公园', resources);
    expect(row(inDict, 1)[19]).not.toBe(row(notInDict, 1)[19]);
  });

  it('keys a Latin word as a whole, case-insensitively, and only on Latin characters', () => {
    const a = extractFeatures('加入OpenAI公司', resources);
    const b = extractFeatures('来自openai的', resources);
    expect(row(a, 2)[17]).toBe(row(b, 2)[17]);
    expect(row(a, 0)[17]).toBe(0);
  });

  it('never produces the reserved key 0 from a hash', () => {
    expect(hash(3, 0, 0, 0)).not.toBe(0);
  });
});
