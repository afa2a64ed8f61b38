import { describe, expect, it } from 'vitest';
import { formatPartialDate, type PartialDate } from '../partial-date.js';
import { resolveTimesInText } from '../resolve-times-in-text.js';

const MAR_19_2025 = { year: 2025, month: 3, day: 19 };
/** [mention text, kind, resolved date] for each time mention of a passage. */
function dates(passage: string, published: PartialDate = MAR_19_2025): [string, string, string | null][] {
  return resolveTimesInText(passage, published).map((m) => [m.text, m.kind, m.date && formatPartialDate(m.date)]);
}

describe('English calendar dates', () => {
  it.each([
    ['She joined OpenAI on March 5, 2024, as head of research.', 'March 5, 2024', '2024-03-05'],
    ['He left Google on 5 March 2024.', '5 March 2024', '2024-03-05'],
    ['The lab was founded in March 2024 by two former researchers.', 'March 2024', '2024-03'],
    ['He stepped down in Mar. 2024.', 'Mar. 2024', '2024-03'],
    ['He joined the company on Sept. 12, 2023.', 'Sept. 12, 2023', '2023-09-12'],
    ['The company was founded in 2023 by former DeepMind staff.', '2023', '2023'],
    ['He has led the team since 2019.', '2019', '2019'],
    ['The startup plans an IPO in early 2024.', 'early 2024', '2024'],
    ['She left the company in late 2024.', 'late 2024', '2024'],
    ['The deal closed by the end of 2024.', 'the end of 2024', '2024-12'],
    ['He joined in mid-2023.', 'mid-2023', '2023'],
  ])('%s', (sentence, text, date) => {
    expect(dates(sentence)).toEqual([[text, 'absolute', date]]);
  });

  it.each([
    ['The founder resigned on Jan. 26, citing health reasons.', 'Jan. 26', '2025-01-26'],
    ['He will join Meta on April 2.', 'April 2', '2025-04-02'],
    ['She announced her departure in December.', 'December', '2024-12'],
    ['In May, the company hired a new CTO.', 'May', '2024-05'],
    ['She co-founded the company last October.', 'October', '2024-10'],
  ])('%s (year from the publication date)', (sentence, text, date) => {
    expect(dates(sentence)).toEqual([[text, 'publication-relative', date]]);
  });

  it('does not read the verb "may", a bare number or a year in a code as dates', () => {
    expect(dates('The company may hire 2024 engineers.')).toEqual([]);
    expect(dates('Revenue grew to 2023 million.')).toEqual([]);
    expect(dates('Marketing lead Mark joined.')).toEqual([]);
  });
});
