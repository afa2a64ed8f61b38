import { groupsOf, stickyPattern, type TimeParse, type TimeParser } from '../time-parser.js';
import { readMonthDay } from './zh-calendar-date.js';
import { parseYear } from '../time-numbers.js';

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];
/** Abbreviations beside the full names; longer first so "Sept" is not read as "Sep" + "t". */
const MONTH_ABBREVIATIONS: Record<string, number> = {
  Jan: 1, Feb: 2, Mar: 3, Apr: 4, Jun: 6, Jul: 7, Aug: 8, Sept: 9, Sep: 9, Oct: 10, Nov: 11, Dec: 12,
};
const MONTH = `(?<monthName>${[...MONTH_NAMES, ...Object.keys(MONTH_ABBREVIATIONS)].join('|')})(?![A-Za-z])\\.?`;
const DAY = '(?<day>[0-3]?\\d)(?:st|nd|rd|th)?(?![\\d:])';
const YEAR = '(?<year>(?:19|20)\\d\\d)(?!\\d)';
const WORD_START = '(?<![A-Za-z0-9])';

/** March 5, 2024 / Mar. 2024 / early March 2024: the text gives the year. */
export const enMonthDayYear: TimeParser = {
  name: 'en-month-day-year',
  starts: 'JFMASOND',
  latin: true,
  pattern: stickyPattern(`${WORD_START}${MONTH}(?:\\s+${DAY})?,?\\s+${YEAR}`),
  extract: (m) => calendar(m),
};

/** 5 March 2024, 5th of March, 2024. */
export const enDayMonthYear: TimeParser = {
  name: 'en-day-month-year',
  starts: '0-9',
  latin: true,
  pattern: stickyPattern(`${WORD_START}${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}`),
  extract: (m) => calendar(m),
};

/** Jan. 26, March 5th, 5 March: no year, chosen from the publication date. "May 5" needs its day. */
export const enMonthDay: TimeParser = {
  name: 'en-month-day',
  starts: 'JFMASOND0-9',
  latin: true,
  pattern: stickyPattern(`${WORD_START}(?:${MONTH}\\s+${DAY}|${DAY.replace('<day>', '<dayFirst>')}\\s+(?:of\\s+)?${MONTH.replace('<monthName>', '<monthName2>')})`),
  extract(m) {
    const g = groupsOf(m);
    const month = monthNumber(g.monthName ?? g.monthName2);
    const md = month ? readMonthDay(String(month), g.day ?? g.dayFirst) : null;
    return md ? { kind: 'publication-relative', value: { type: 'month-day', ...md } } : null;
  },
};

/** in March, since June, by early October, last October: a month alone needs a word before it. */
export const enInMonth: TimeParser = {
  name: 'en-in-month',
  starts: 'JFMASONDeml',
  latin: true,
  pattern: stickyPattern(
    `(?<=${WORD_START}(?:[Ii]n|[Ss]ince|[Bb]y|[Dd]uring|[Uu]ntil|[Ff]rom|[Ee]arly|[Ll]ate|[Mm]id-?|[Ll]ast)[\\s-])(?:(?:early|mid|late)[- ])?${MONTH.replace('\\.?', '')}`,
  ),
  extract(m) {
    const month = monthNumber(groupsOf(m).monthName);
    return month ? { kind: 'publication-relative', value: { type: 'month-day', month } } : null;
  },
};

/** in 2023, since 2019, early 2024, mid-2024, the end of 2024 (→ December), the beginning of 2024 (→ January). */
export const enYear: TimeParser = {
  name: 'en-year',
  starts: '0-9EeLlMmTtSsBb',
  latin: true,
  pattern: stickyPattern(
    `(?:(?<=${WORD_START}(?:[Ii]n|[Ss]ince|[Bb]y|[Dd]uring|[Uu]ntil|[Ff]rom|[Tt]hrough|[Oo]f)\\s)` +
      `|${WORD_START}(?<edge>[Ee]arly|[Ll]ate|[Mm]id|(?:[Tt]he\\s+)?(?:end|start|beginning)\\s+of)[\\s-])${YEAR}(?![-/.]\\d)`,
  ),
  extract(m) {
    const g = groupsOf(m);
    const year = parseYear(g.year ?? '');
    if (year == null) return null;
    const edge = g.edge ?? '';
    const month = /end/.test(edge) ? 12 : /start|beginning/.test(edge) ? 1 : undefined;
    return { kind: 'absolute', value: month ? { type: 'calendar', year, month } : { type: 'calendar', year } };
  },
};

function calendar(m: RegExpExecArray): TimeParse | null {
  const g = groupsOf(m);
  const year = parseYear(g.year ?? '');
  const month = monthNumber(g.monthName);
  if (year == null || month == null) return null;
  if (g.day == null) return { kind: 'absolute', value: { type: 'calendar', year, month } };
  const md = readMonthDay(String(month), g.day, year);
  return md ? { kind: 'absolute', value: { type: 'calendar', year, ...md } } : null;
}

function monthNumber(name: string | undefined): number | undefined {
  if (!name) return undefined;
  const full = MONTH_NAMES.indexOf(name);
  return full >= 0 ? full + 1 : MONTH_ABBREVIATIONS[name];
}
