import type { PartialDate } from './partial-date.js';
import { daysInMonth } from './time-patterns.js';
import type { DatePrecision, TimeMention, TimeValue } from './time-mention.js';

export interface TimeAnchors {
  /** The article's publication date. */
  published?: PartialDate;
  /** The last date resolved before this mention (in the same document). */
  previous?: PartialDate;
  /** The mention's clause speaks of the future ("will retire in December", 将于12月): a month alone lies ahead. */
  future?: boolean;
}

/**
 * The date a mention stands for, at the precision the text gives (never finer than its anchor).
 * Null when the anchor it needs is unknown: publication-relative without `published`,
 * anaphoric without `previous`. Absolute mentions always resolve. Deterministic: never reads the clock.
 */
export function resolveTimeMention(m: TimeMention, anchors: TimeAnchors): PartialDate | null {
  const v = m.value;
  switch (v.type) {
    case 'calendar':
      return v.day != null ? { year: v.year, month: v.month, day: v.day } : v.month != null ? { year: v.year, month: v.month } : { year: v.year };
    case 'month-day':
      return resolveMonthDay(v.month, v.day, anchors);
    case 'day-of-month':
      return resolveDayOfMonth(v.day, anchors);
    case 'offset': {
      const anchor = m.kind === 'anaphoric' ? anchors.previous : anchors.published;
      return anchor ? resolveOffset(v, anchor) : null;
    }
    case 'weekday':
      return anchors.published ? resolveWeekday(v, anchors.published) : null;
  }
}

/** How far back and ahead of publication a month without a year may lie (news looks back, rarely ahead). */
const MONTHS_BACK = 10;
const MONTHS_AHEAD = 2;
/** The same window when the clause speaks of the future: a month alone lies ahead, within a year. */
const FUTURE_MONTHS_BACK = 1;
const FUTURE_MONTHS_AHEAD = 11;

/**
 * 12月6日 / 此前的2月: the year that puts the date within [published − 10 months, published + 2 months]
 * (by day when both days are known). A month alone fits twice at the edges (5月 in a March article:
 * last May or this May); the earlier wins, as news mostly looks back.
 * Without a publication date, the previous date's year (the narrative's year) is the best guess.
 */
function resolveMonthDay(month: number, day: number | undefined, anchors: TimeAnchors): PartialDate | null {
  const pub = anchors.published;
  let year: number | undefined;
  if (pub?.month != null) {
    const byDay = day != null && pub.day != null;
    const pubDate = utcDate(pub.year, pub.month, byDay ? pub.day! : 1);
    const from = addMonths(pubDate, -(anchors.future ? FUTURE_MONTHS_BACK : MONTHS_BACK));
    const to = addMonths(pubDate, anchors.future ? FUTURE_MONTHS_AHEAD : MONTHS_AHEAD);
    for (let y = pub.year - 1; y <= pub.year + 1 && year == null; y++) {
      if (day != null && day > daysInMonth(month, y)) continue; // 2月29日 only in leap years
      const candidate = utcDate(y, month, byDay ? day! : 1);
      if (candidate >= from && candidate <= to) year = y;
    }
  } else if (pub) {
    year = pub.year;
  } else if (anchors.previous) {
    year = anchors.previous.year;
  }
  if (year == null) return null;
  return day != null ? { year, month, day } : { year, month };
}

/** （10日）: that day of the publication month, or of the month before when it would be days ahead of publication. */
function resolveDayOfMonth(day: number, anchors: TimeAnchors): PartialDate | null {
  const pub = anchors.published;
  if (pub?.month != null) {
    let { year, month } = pub;
    if (pub.day != null && day > pub.day + 2) [year, month] = month === 1 ? [year - 1, 12] : [year, month - 1];
    return day <= daysInMonth(month, year) ? { year, month, day } : null;
  }
  const prev = anchors.previous;
  if (!pub && prev?.month != null && day <= daysInMonth(prev.month, prev.year)) return { year: prev.year, month: prev.month, day };
  return null;
}

const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

function resolveOffset(v: Extract<TimeValue, { type: 'offset' }>, anchor: PartialDate): PartialDate | null {
  // Unknown parts of the anchor are taken at their middle: 三天后 after "2月" is most likely still February.
  let date = utcDate(anchor.year, anchor.month ?? 7, anchor.day ?? (anchor.month != null ? 15 : 1));
  if (v.unit === 'year') date = addMonths(date, 12 * v.amount);
  else if (v.unit === 'month') date = addMonths(date, v.amount);
  else date = addDays(date, (v.unit === 'week' ? 7 : 1) * v.amount);
  let year = date.getUTCFullYear();
  let month = date.getUTCMonth() + 1;
  let day = date.getUTCDate();
  if (v.month != null) {
    month = v.month;
    day = v.day ?? 1;
  } else if (v.day != null) {
    day = v.day;
  }
  // The text fixes month/day itself (去年12月, 本月10日) or inherits what the anchor knows (一天后 after 2月 → month).
  const anchorRank = anchor.day != null ? 2 : anchor.month != null ? 1 : 0;
  let knownRank: number;
  if (v.month != null) knownRank = v.day != null ? 2 : 1;
  else if (v.day != null) knownRank = anchorRank >= 1 ? 2 : 0; // 本月10日 needs the anchor's month
  else knownRank = anchorRank;
  const rank = Math.min(PRECISION_RANK[v.precision], knownRank);
  if (rank === 0) return { year };
  if (rank === 1) return { year, month };
  return { year, month, day };
}

function resolveWeekday(v: Extract<TimeValue, { type: 'weekday' }>, pub: PartialDate): PartialDate | null {
  if (pub.month == null) return null;
  if (pub.day == null) return { year: pub.year, month: pub.month }; // some day of the publication week
  const date = utcDate(pub.year, pub.month, pub.day);
  const dow = date.getUTCDay();
  let target: Date;
  if (v.week === 'on-or-before' || v.week === 'before') {
    let back = (dow - v.weekday + 7) % 7;
    if (back === 0 && v.week === 'before') back = 7;
    target = addDays(date, -back);
  } else {
    const monday = addDays(date, -((dow + 6) % 7));
    target = addDays(monday, 7 * v.week + ((v.weekday + 6) % 7));
  }
  return { year: target.getUTCFullYear(), month: target.getUTCMonth() + 1, day: target.getUTCDate() };
}

function utcDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86_400_000);
}

/** Adds months, clamping the day to the target month's length (Jan 31 + 1 month = Feb 28/29). */
function addMonths(d: Date, n: number): Date {
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + n;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(d.getUTCDate(), last)));
}
