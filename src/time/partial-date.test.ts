import { describe, expect, it } from 'vitest';
import { comparePartialDates } from './partial-date.js';

describe('comparePartialDates', () => {
  it('orders by year, then by month and day where both give them', () => {
    expect(comparePartialDates({ year: 2019 }, { year: 2022, month: 3 })).toBeLessThan(0);
    expect(comparePartialDates({ year: 2022, month: 9 }, { year: 2022, month: 3 })).toBeGreaterThan(0);
    expect(comparePartialDates({ year: 2022, month: 3, day: 1 }, { year: 2022, month: 3, day: 9 })).toBeLessThan(0);
  });
  it('ties dates that differ only below the precision one of them gives', () => {
    expect(comparePartialDates({ year: 2022 }, { year: 2022, month: 3 })).toBe(0);
    expect(comparePartialDates({ year: 2022, month: 3 }, { year: 2022, month: 3, day: 9 })).toBe(0);
  });
});
