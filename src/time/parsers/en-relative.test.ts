import { describe, expect, it } from 'vitest';
import { formatPartialDate, type PartialDate } from '../partial-date.js';
import { resolveTimesInText } from '../resolve-times-in-text.js';

// 2025-03-19 is a Wednesday.
const MAR_19_2025 = { year: 2025, month: 3, day: 19 };
/** [mention text, kind, resolved date] for each time mention of a passage. */
function dates(passage: string, published: PartialDate = MAR_19_2025): [string, string, string | null][] {
  return resolveTimesInText(passage, published).map((m) => [m.text, m.kind, m.date && formatPartialDate(m.date)]);
}

describe('English relative expressions', () => {
  it.each([
    ['He left the company last year.', 'last year', '2024'],
    ['This year, three co-founders have left.', 'This year', '2025'],
    ['She joined Anthropic earlier this month.', 'earlier this month', '2025-03'],
    ['The CTO resigned last month.', 'last month', '2025-02'],
    ['The CTO resigned last week.', 'last week', '2025-03'],
    ['He announced his departure on Tuesday.', 'on Tuesday', '2025-03-18'],
    ['He announced his departure on Wednesday.', 'on Wednesday', '2025-03-19'],
    ['She left last Wednesday.', 'last Wednesday', '2025-03-12'],
    ['He resigned yesterday.', 'yesterday', '2025-03-18'],
    ['Three months ago, he joined Google.', 'Three months ago', '2024-12'],
    ['She left two decades ago.', 'two decades ago', '2005'],
    ['He left late last year.', 'late last year', '2024'],
    ['She will retire at the end of the year.', 'the end of the year', '2025-12'],
    ['Mistral has hired three researchers, the company said Monday.', 'Monday', '2025-03-17'],
    ['He steps down at the end of the month.', 'the end of the month', '2025-03'],
  ])('%s', (sentence, text, date) => {
    expect(dates(sentence)).toEqual([[text, 'publication-relative', date]]);
  });

  it.each([
    ['He founded the startup in March 2023. Two months later, it raised a seed round.', 'Two months later', '2023-05'],
    ['He joined Google in 2019. A year later, he left.', 'A year later', '2020'],
    ['He started at IBM in 1998 and decamped to Apple a decade later.', 'a decade later', '2008'],
    ['She joined Meta in 2021 and left the following year.', 'the following year', '2022'],
    ['He resigned on March 5, 2024; the next day, his co-founder followed.', 'the next day', '2024-03-06'],
    ['The lab opened in 2020. That year, it hired 50 researchers.', 'That year', '2020'],
  ])('%s', (passage, text, date) => {
    expect(dates(passage).filter(([t]) => t === text)).toEqual([[text, 'anaphoric', date]]);
  });

  it('does not read "today\'s" as anything but the publication day, nor "later" alone as a date', () => {
    expect(dates("Today's announcement surprised many.")).toEqual([['Today', 'publication-relative', '2025-03-19']]);
    expect(dates('He later joined Microsoft.')).toEqual([]);
  });
});
