import { describe, expect, it } from 'vitest';
import { parseDateString } from './parse-date-string.js';

describe('parseDateString', () => {
  it.each([
    ['2025-03-19', { year: 2025, month: 3, day: 19 }],
    ['2025-03-19T23:30:00-05:00', { year: 2025, month: 3, day: 19 }],
    ['2025/3/9 08:00', { year: 2025, month: 3, day: 9 }],
    ['2025.03.19', { year: 2025, month: 3, day: 19 }],
    ['2025年3月19日', { year: 2025, month: 3, day: 19 }],
    ['2025年3月', { year: 2025, month: 3 }],
    ['2026-Feb-11 18:24', { year: 2026, month: 2, day: 11 }],
    ['Tue, 10 Mar 2026 08:00:00 +0800', { year: 2026, month: 3, day: 10 }],
    ['March 10, 2026', { year: 2026, month: 3, day: 10 }],
    ['2024', { year: 2024 }],
  ])('reads %s', (input, expected) => {
    expect(parseDateString(input)).toEqual(expected);
  });

  it('reads the Date objects YAML front matter gives, by their UTC calendar day', () => {
    expect(parseDateString(new Date('2024-11-19T00:00:00.000Z'))).toEqual({ year: 2024, month: 11, day: 19 });
  });

  it.each(['2025-13-01', '2025-02-30', '今年3月', 'yesterday', '', '12345'])('refuses %s', (input) => {
    expect(parseDateString(input)).toBeNull();
  });
});
