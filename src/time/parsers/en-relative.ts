import { groupsOf, stickyPattern, type TimeParser } from '../time-parser.js';
import { parseEnglishCount } from '../time-numbers.js';
import type { DatePrecision, TimeKind, TimeUnit, TimeValue } from '../time-mention.js';

const WORD_START = '(?<![A-Za-z0-9])';
const WORD_END = '(?![A-Za-z])';
const COUNT = '(?<count>\\d{1,3}|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve)';
const UNIT = '(?<unit>day|week|month|year|decade)s?';

/**
 * last year, this year, next month, earlier this month, late last year, last week, this week:
 * counted from publication. Week-level words keep month precision, as news uses them loosely.
 */
export const enRelativePeriod: TimeParser = {
  name: 'en-relative-period',
  starts: 'EeLlTtNn',
  latin: true,
  pattern: stickyPattern(
    `${WORD_START}(?:(?:[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\\s+)?(?<rel>[Ll]ast|[Tt]his|[Nn]ext)\\s+(?<unit>year|month|week)${WORD_END}`,
  ),
  extract(m) {
    const g = groupsOf(m);
    const rel = g.rel?.toLowerCase();
    const amount = rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
    const unit = g.unit as TimeUnit;
    const precision: DatePrecision = unit === 'year' ? 'year' : 'month';
    return { kind: 'publication-relative', value: { type: 'offset', unit, amount, precision } };
  },
};

/**
 * this spring, next summer, in the fourth quarter: a part of the publication year (or the next),
 * at year precision ("last summer" is left out: which summer depends on the month it is said in).
 */
export const enSeasonOrQuarter: TimeParser = {
  name: 'en-season-or-quarter',
  starts: 'TtNnIi',
  latin: true,
  pattern: stickyPattern(
    `${WORD_START}(?:(?<rel>[Tt]his|[Nn]ext)\\s+(?:spring|summer|autumn|fall|winter)|(?:in\\s+)?the\\s+(?:first|second|third|fourth|final)\\s+quarter(?:\\s+of\\s+(?<qrel>this|next)\\s+year)?)${WORD_END}`,
  ),
  extract(m) {
    const g = groupsOf(m);
    const amount = (g.rel ?? g.qrel ?? 'this').toLowerCase() === 'next' ? 1 : 0;
    return { kind: 'publication-relative', value: { type: 'offset', unit: 'year', amount, precision: 'year' } };
  },
};

/** (at) the end of the year → December of the publication year; the end of the month → that month. */
export const enEndOfPeriod: TimeParser = {
  name: 'en-end-of-period',
  starts: 'Tt',
  latin: true,
  pattern: stickyPattern(`${WORD_START}[Tt]he\\s+end\\s+of\\s+(?:the|this)\\s+(?<unit>year|month)${WORD_END}`),
  extract(m) {
    const unit = groupsOf(m).unit as TimeUnit;
    const value: TimeValue = unit === 'year'
      ? { type: 'offset', unit: 'year', amount: 0, month: 12, precision: 'month' }
      : { type: 'offset', unit: 'month', amount: 0, precision: 'month' };
    return { kind: 'publication-relative', value };
  },
};

/** yesterday, today, recently. */
export const enDayWord: TimeParser = {
  name: 'en-day-word',
  starts: 'YyTtRr',
  latin: true,
  pattern: stickyPattern(`${WORD_START}(?<word>[Yy]esterday|[Tt]oday|[Rr]ecently)${WORD_END}`),
  extract(m) {
    const word = groupsOf(m).word?.toLowerCase();
    const value: TimeValue =
      word === 'recently'
        ? { type: 'offset', unit: 'day', amount: 0, precision: 'month' }
        : { type: 'offset', unit: 'day', amount: word === 'yesterday' ? -1 : 0, precision: 'day' };
    return { kind: 'publication-relative', value };
  },
};

/** three months ago (from publication), two months later / a year later (from the previous time). */
export const enAgoLater: TimeParser = {
  name: 'en-ago-later',
  starts: '0-9AaOoTtFfSsEeNn',
  latin: true,
  pattern: stickyPattern(`${WORD_START}${COUNT}\\s+${UNIT}\\s+(?<dir>ago|later)${WORD_END}`),
  extract(m) {
    const g = groupsOf(m);
    const counted = parseEnglishCount(g.count ?? '');
    if (counted == null || counted === 0) return null;
    // "a decade later": ten years.
    const n = g.unit === 'decade' ? counted * 10 : counted;
    const unit = (g.unit === 'decade' ? 'year' : g.unit) as TimeUnit;
    const ago = g.dir === 'ago';
    const kind: TimeKind = ago ? 'publication-relative' : 'anaphoric';
    const precision: DatePrecision = unit === 'year' ? 'year' : unit === 'day' ? 'day' : 'month';
    return { kind, value: { type: 'offset', unit, amount: ago ? -n : n, precision } };
  },
};

/** the following year, the next day, that year, the same month: from the previous time. */
export const enAnaphoricPeriod: TimeParser = {
  name: 'en-anaphoric-period',
  starts: 'Tt',
  latin: true,
  pattern: stickyPattern(
    `${WORD_START}(?:[Tt]he\\s+(?<next>following|next|same)|(?<that>[Tt]hat))\\s+(?<unit>day|month|year)${WORD_END}`,
  ),
  extract(m) {
    const g = groupsOf(m);
    const unit = g.unit as TimeUnit;
    const amount = g.next === 'following' || g.next === 'next' ? 1 : 0;
    return { kind: 'anaphoric', value: { type: 'offset', unit, amount, precision: unit as DatePrecision } };
  },
};

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** on Tuesday (latest Tuesday on or before publication), last Tuesday (strictly before), this Tuesday, said Tuesday. */
export const enWeekday: TimeParser = {
  name: 'en-weekday',
  starts: 'OoLlTtMWFS',
  latin: true,
  // A bare weekday only after a reporting verb ("the company said Thursday").
  pattern: stickyPattern(`${WORD_START}(?:(?<rel>[Oo]n|[Ll]ast|[Tt]his)\\s+|(?<=\\b(?:said|says|announced|confirmed|told|reported|wrote|added)\\s))(?<weekday>${WEEKDAYS.join('|')})${WORD_END}`),
  extract(m) {
    const g = groupsOf(m);
    const weekday = WEEKDAYS.indexOf(g.weekday ?? '');
    if (weekday < 0) return null;
    const rel = g.rel?.toLowerCase();
    const week = rel === 'last' ? ('before' as const) : rel === 'this' ? 0 : ('on-or-before' as const);
    return { kind: 'publication-relative', value: { type: 'weekday', weekday, week } };
  },
};
