import { describe, expect, it } from 'vitest';
import { foldCode, foldKey, isLatinAlnum, isSpaceCode } from './fold-char.js';

describe('fold-char', () => {
  it('folds full-width ASCII and Latin case, one code unit for one', () => {
    expect(String.fromCharCode(foldCode('Ａ'.charCodeAt(0)))).toBe('a');
    expect(String.fromCharCode(foldCode('M'.charCodeAt(0)))).toBe('m');
    expect(String.fromCharCode(foldCode('字'.charCodeAt(0)))).toBe('字');
    expect(String.fromCharCode(foldCode('・'.charCodeAt(0)))).toBe('·');
  });

  it('makes dictionary keys without spaces, keeping case on request', () => {
    expect(foldKey('Google DeepMind')).toBe('googledeepmind');
    expect(foldKey('Ｍｅｔａ ＡＩ', true)).toBe('MetaAI');
    expect(foldKey('卡内基・梅隆大学')).toBe('卡内基·梅隆大学');
  });

  it('tells Latin letters and digits from CJK and spaces', () => {
    expect(isLatinAlnum('a'.charCodeAt(0))).toBe(true);
    expect(isLatinAlnum('９'.charCodeAt(0))).toBe(true);
    expect(isLatinAlnum('字'.charCodeAt(0))).toBe(false);
    expect(isSpaceCode('\u3000'.charCodeAt(0))).toBe(true);
    expect(isSpaceCode('_'.charCodeAt(0))).toBe(false);
  });
});
