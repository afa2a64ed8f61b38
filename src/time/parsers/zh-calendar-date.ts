import { groupsOf, stickyPattern, type TimeParser } from '../time-parser.js';
import { parseCount, parseYear } from '../time-numbers.js';
import { NUMBER_STARTS, MONTH_NUMBER, MONTH_TAIL, SP, YEAR, YEAR_PART, daysInMonth, monthOfYearPart } from '../time-patterns.js';

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

