import { groupsOf, stickyPattern, type TimeParser } from '../time-parser.js';
import { parseYear, toAsciiDigits } from '../time-numbers.js';
import { DIGIT, NOT_AFTER_NUMBER } from '../time-patterns.js';
import { readMonthDay } from './zh-calendar-date.js';

/**
 * 2025-12-18, 2025/12/18, 2025.12.18, and 2025-12 / 2025/12 (a dotted year-month looks like a version;
 * 2003-04赛季 and 2004-08年 are spans).
 */
export const numericDates: TimeParser[] = [
  numericDate('numeric-date-dash', '[-－]', false),
  numericDate('numeric-date-slash', '[/／]', false),
  numericDate('numeric-date-dot', '[.．]', true),
];

function numericDate(name: string, sep: string, dayRequired: boolean): TimeParser {
  const day = `${sep}(?<day>${DIGIT}{1,2})`;
  return {
    name,
    starts: '12１２',
    pattern: stickyPattern(
      `${NOT_AFTER_NUMBER}(?<year>[12１２]${DIGIT}{3})${sep}(?<month>${DIGIT}{1,2})${dayRequired ? day : `(?:${day})?`}` +
        `(?!${DIGIT}|[-－/／.．]${DIGIT}|%|赛季|年|财年|季)`,
    ),
    extract(match) {
      const g = groupsOf(match);
      const year = parseYear(g.year ?? '');
      if (year == null) return null;
      // 2003-04 (a season or fiscal year) rather than April 2003
      if (g.day == null && Number(toAsciiDigits(g.month ?? '')) === (year + 1) % 100) return null;
      const md = readMonthDay(g.month ?? '', g.day, year);
      if (!md) return null;
      return { kind: 'absolute', value: { type: 'calendar', year, ...md } };
    },
  };
}
