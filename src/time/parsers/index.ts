import type { TimeParser } from '../time-parser.js';
import { enAgoLater, enAnaphoricPeriod, enDayWord, enEndOfPeriod, enRelativePeriod, enSeasonOrQuarter, enWeekday } from './en-relative.js';
import { enDayMonthYear, enInMonth, enMonthDay, enMonthDayYear, enYear } from './en-calendar-date.js';
import { numericDates } from './numeric-date.js';
import { zhCalendarDate, zhShortYearDate } from './zh-calendar-date.js';
import { zhDurationAgo, zhDurationLater, zhElapsed, zhElapsedAfter } from './zh-duration-shift.js';
import { zhDayOfMonth, zhMonthDay, zhWeekday } from './zh-month-day.js';
import { zhDayWord, zhRecentWord, zhRelativeMonth, zhRelativeWeek } from './zh-relative-month.js';
import { zhQuarterAlone, zhRelativeYear, zhYearPartAlone } from './zh-relative-year.js';

/**
 * Every time parser. At a position where several match, the longest accepted match wins;
 * on equal length, the one listed first.
 */
export const TIME_PARSERS: readonly TimeParser[] = [
  zhCalendarDate,
  zhShortYearDate,
  ...numericDates,
  zhRelativeYear,
  zhYearPartAlone,
  zhQuarterAlone,
  zhRelativeMonth,
  zhRelativeWeek,
  zhWeekday,
  zhMonthDay,
  zhDayOfMonth,
  zhDayWord,
  zhRecentWord,
  zhDurationAgo,
  zhDurationLater,
  zhElapsed,
  zhElapsedAfter,
  enMonthDayYear,
  enDayMonthYear,
  enMonthDay,
  enInMonth,
  enYear,
  enRelativePeriod,
  enSeasonOrQuarter,
  enEndOfPeriod,
  enDayWord,
  enAgoLater,
  enAnaphoricPeriod,
  enWeekday,
];
