import { describe, expect, it } from 'vitest';
import { parseCount, parseEnglishCount, parseYear, toAsciiDigits } from './time-numbers.js';

describe('parseCount', () => {
  it.each([
    ['3', 3], ['１２', 12], ['十', 10], ['十二', 12], ['两', 2], ['二十三', 23], ['三十', 30], ['一百', 100], ['一百零五', 105],
  ])('%s → %d', (s, n) => expect(parseCount(s)).toBe(n));
  it('rejects what is not a number', () => {
    expect(parseCount('几')).toBeNull();
    expect(parseCount('')).toBeNull();
  });
});

describe('parseYear', () => {
  it('reads Arabic, full-width and Chinese digit-by-digit years', () => {
    expect(parseYear('2023')).toBe(2023);
    expect(parseYear('２０２３')).toBe(2023);
    expect(parseYear('二〇二三')).toBe(2023);
    expect(parseYear('二零一五')).toBe(2015);
  });
  it('rejects numbers that are not plausible years', () => {
    expect(parseYear('9988')).toBeNull();
    expect(parseYear('1500')).toBeNull();
    expect(parseYear('202')).toBeNull();
  });
});

describe('parseEnglishCount and toAsciiDigits', () => {
  it('reads number words', () => {
    expect(parseEnglishCount('two')).toBe(2);
    expect(parseEnglishCount('A')).toBe(1);
    expect(parseEnglishCount('12')).toBe(12);
    expect(parseEnglishCount('several')).toBeNull();
  });
  it('keeps the length when converting full-width digits', () => {
    expect(toAsciiDigits('２０２５年')).toBe('2025年');
  });
});
