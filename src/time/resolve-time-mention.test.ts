import { describe, expect, it } from 'vitest';
import { findTimeMentions } from './find-time-mentions.js';
import type { PartialDate } from './partial-date.js';
import { resolveTimeMention, type TimeAnchors } from './resolve-time-mention.js';

/** Resolves the single mention of a sentence against the anchors given. */
function resolveIn(sentence: string, anchors: TimeAnchors): PartialDate | null {
  const mentions = findTimeMentions(sentence);
  expect(mentions).toHaveLength(1);
  return resolveTimeMention(mentions[0]!, anchors);
}
const PUBLISHED = { year: 2025, month: 3, day: 19 };

describe('resolveTimeMention: anchors', () => {
  it('resolves absolute mentions without any anchor', () => {
    expect(resolveIn('2023年4月10日，公司成立。', {})).toEqual({ year: 2023, month: 4, day: 10 });
  });
  it('returns null for publication-relative mentions without a publication date', () => {
    expect(resolveIn('去年12月，他离职了。', {})).toBeNull();
    expect(resolveIn('去年12月，他离职了。', { previous: { year: 2020 } })).toBeNull();
    expect(resolveIn('近日，他离职了。', {})).toBeNull();
    expect(resolveIn('He left on Tuesday.', {})).toBeNull();
  });
  it('returns null for anaphoric mentions without a previous date, and ignores the publication date for them', () => {
    expect(resolveIn('三个月后，他加入了新公司。', { published: PUBLISHED })).toBeNull();
    expect(resolveIn('三个月后，他加入了新公司。', { published: PUBLISHED, previous: { year: 2021, month: 5 } })).toEqual({
      year: 2021,
      month: 8,
    });
  });
  it('reads a month without a year in the previous date\'s year when the publication date is unknown', () => {
    expect(resolveIn('6月，他离职了。', { previous: { year: 2023, month: 4 } })).toEqual({ year: 2023, month: 6 });
    expect(resolveIn('6月，他离职了。', {})).toBeNull();
  });
  it('reads a day alone in the previous date\'s month when the publication date is unknown', () => {
    expect(resolveIn('公司10日发布公告。', { previous: { year: 2023, month: 4, day: 2 } })).toEqual({ year: 2023, month: 4, day: 10 });
    expect(resolveIn('公司10日发布公告。', {})).toBeNull();
  });
});

describe('resolveTimeMention: precision', () => {
  it('never gives a finer date than the anchor knows', () => {
    expect(resolveIn('一天后，他也宣布离职。', { previous: { year: 2024 } })).toEqual({ year: 2024 });
    expect(resolveIn('一天后，他也宣布离职。', { previous: { year: 2024, month: 2 } })).toEqual({ year: 2024, month: 2 });
    expect(resolveIn('上个月，他离职了。', { published: { year: 2025 } })).toEqual({ year: 2025 });
  });
  it('keeps the month the text fixes even when the anchor has only a year', () => {
    expect(resolveIn('去年12月，他离职了。', { published: { year: 2025 } })).toEqual({ year: 2024, month: 12 });
    expect(resolveIn('次年3月，公司上市。', { previous: { year: 2019 } })).toEqual({ year: 2020, month: 3 });
  });
  it('gives only the year for 本月10日 when the publication month is unknown', () => {
    expect(resolveIn('本月10日，公司发布公告。', { published: { year: 2025 } })).toEqual({ year: 2025 });
    expect(resolveIn('本月10日，公司发布公告。', { published: { year: 2025, month: 3 } })).toEqual({ year: 2025, month: 3, day: 10 });
  });
  it('gives month precision for week-level and approximate expressions', () => {
    expect(resolveIn('上周，他离职了。', { published: PUBLISHED })).toEqual({ year: 2025, month: 3 });
    expect(resolveIn('10多天前，他离职了。', { published: PUBLISHED })).toEqual({ year: 2025, month: 3 });
  });
  it('gives the publication month for a weekday when the publication day is unknown, null with a year only', () => {
    expect(resolveIn('He left on Tuesday.', { published: { year: 2025, month: 3 } })).toEqual({ year: 2025, month: 3 });
    expect(resolveIn('He left on Tuesday.', { published: { year: 2025 } })).toBeNull();
  });
});

describe('resolveTimeMention: calendar arithmetic', () => {
  it('clamps month ends: one month after 31 January is February', () => {
    expect(resolveIn('一个月后，他离职了。', { previous: { year: 2024, month: 1, day: 31 } })).toEqual({ year: 2024, month: 2 });
  });
  it('crosses year ends', () => {
    expect(resolveIn('三天后，他离职了。', { previous: { year: 2024, month: 12, day: 30 } })).toEqual({ year: 2025, month: 1, day: 2 });
    expect(resolveIn('昨天，他离职了。', { published: { year: 2025, month: 1, day: 1 } })).toEqual({ year: 2024, month: 12, day: 31 });
    expect(resolveIn('两个月前，他离职了。', { published: { year: 2025, month: 1, day: 10 } })).toEqual({ year: 2024, month: 11 });
  });
  it('handles leap days', () => {
    expect(resolveIn('一年后，他离职了。', { previous: { year: 2024, month: 2, day: 29 } })).toEqual({ year: 2025 });
    expect(resolveIn('次日，他离职了。', { previous: { year: 2024, month: 2, day: 28 } })).toEqual({ year: 2024, month: 2, day: 29 });
  });
  it('is deterministic: the same mention and anchors give the same date', () => {
    const [m] = findTimeMentions('上周，他离职了。');
    const a = resolveTimeMention(m!, { published: PUBLISHED });
    const b = resolveTimeMention(m!, { published: PUBLISHED });
    expect(a).toEqual(b);
  });
});
