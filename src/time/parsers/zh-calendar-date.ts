import { groupsOf, stickyPattern, type TimeParser } from '../time-parser.js';
import { parseCount, parseYear, toAsciiDigits } from '../time-numbers.js';
import { DIGIT, NOT_AFTER_NUMBER, NUMBER_STARTS, MONTH_NUMBER, MONTH_TAIL, SP, YEAR, YEAR_PART, daysInMonth, monthOfYearPart } from '../time-patterns.js';

/** 2023年4月10日, 2023 年 4 月, 2024年底, 2024年下半年, 二〇二三年, 2024年度: the text gives the year. 1990年代 is a decade. */
export const zhCalendarDate: TimeParser = {
  name: 'zh-calendar-date',
  starts: NUMBER_STARTS,
  pattern: stickyPattern(
    `(?<year>${YEAR})${SP}年(?!代)(?:${SP}(?<month>${MONTH_NUMBER})${MONTH_TAIL}|(?<yearPart>${YEAR_PART}))?`,
  ),
  extract(match) {
    const g = groupsOf(match);
    const year = parseYear(g.year ?? '');
    if (year == null) return null;
    if (g.month == null) {
      const month = monthOfYearPart(g.yearPart);
      return { kind: 'absolute', value: month ? { type: 'calendar', year, month } : { type: 'calendar', year } };
    }
    const monthDay = readMonthDay(g.month, g.day, year);
    if (!monthDay) {
      // 2023年13月: keep the year alone
      return { kind: 'absolute', value: { type: 'calendar', year }, length: match[0].indexOf('年') + 1 };
    }
    return { kind: 'absolute', value: { type: 'calendar', year, ...monthDay } };
  },
};

/**
 * 18年3月, 23年12月5日: a two-digit year, read only when a month follows (18年 alone is a span).
 * 00–49 → 2000s, 50–99 → 1900s.
 */
export const zhShortYearDate: TimeParser = {
  name: 'zh-short-year-date',
  starts: '0-9０-９',
  pattern: stickyPattern(`${NOT_AFTER_NUMBER}(?<![第近约每])(?<year>${DIGIT}{2})${SP}年${SP}(?<month>${MONTH_NUMBER})${MONTH_TAIL}`),
  extract(match) {
    const g = groupsOf(match);
    const yy = Number(toAsciiDigits(g.year ?? ''));
    const year = yy < 50 ? 2000 + yy : 1900 + yy;
    const monthDay = readMonthDay(g.month ?? '', g.day, year);
    return monthDay ? { kind: 'absolute', value: { type: 'calendar', year, ...monthDay } } : null;
  },
};

/** Validated month (and day) numbers; null when out of range (13月, 2月30日). */
export function readMonthDay(
  monthText: string,
  dayText: string | undefined,
  year?: number,
): { month: number; day?: number } | null {
  const month = parseCount(monthText);
  if (month == null || month < 1 || month > 12) return null;
  if (dayText == null) return { month };
  const day = parseCount(dayText);
  if (day == null || day < 1 || day > daysInMonth(month, year)) return null;
  return { month, day };
}

