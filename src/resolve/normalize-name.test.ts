import { describe, expect, it } from 'vitest';
import { normalizeName } from './normalize-name.js';

describe('normalizeName', () => {
  it('folds full-width letters, case and spacing of Latin names', () => {
    expect(normalizeName('Ｓａｍ  Altman')).toBe('sam altman');
    expect(normalizeName(' Mustafa\tSuleyman ')).toBe('mustafa suleyman');
  });
  it('treats the interpunct of transliterated names as a space', () => {
    expect(normalizeName('山姆·奥特曼')).toBe(normalizeName('山姆 奥特曼'));
  });
  it('leaves Chinese names as written', () => {
    expect(normalizeName('冯佳时')).toBe('冯佳时');
  });
});

describe('normalizeName across scripts', () => {
  it('馮佳時 and 冯佳时 are one name', () => {
    expect(normalizeName('馮佳時')).toBe(normalizeName('冯佳时'));
  });
});
