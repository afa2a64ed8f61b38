import type { PartialDate } from '../time/partial-date.js';

/**
 * Reads the date a metadata value or dateline writes, keeping the calendar date as written (no time
 * zone shift: `2025-03-19T23:30:00-05:00` is 2025-03-19, the publisher's own day).
 * Accepts ISO (`2025-03-19`, `2025-03-19T10:00Z`, `2025/3/19`, `2025.03.19`), Chinese
 * (`2025年3月19日`, `2025年3月`), month names (`2026-Feb-11`, `Tue, 10 Mar 2026 08:00:00 GMT`,
 * `March 10, 2026`), a JavaScript Date (what YAML front matter gives), and a bare year.
 */
export function parseDateString(value: unknown): PartialDate | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
  }
  if (typeof value === 'number' && Number.isInteger(value)) return plausibleYear(value) ? { year: value } : null;
  if (typeof value !== 'string') return null;
  const s = value.trim();
  let m = NUMERIC.exec(s);
  if (m) return build(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : undefined);
  m = CHINESE.exec(s);
  if (m) return build(Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined);
  m = YEAR_MONTHNAME_DAY.exec(s);
  if (m) return build(Number(m[1]), monthNumber(m[2]!), Number(m[3]));
  m = DAY_MONTHNAME_YEAR.exec(s);
  if (m) return build(Number(m[3]), monthNumber(m[2]!), Number(m[1]));
  m = MONTHNAME_DAY_YEAR.exec(s);
  if (m) return build(Number(m[3]), monthNumber(m[1]!), Number(m[2]));
  m = BARE_YEAR.exec(s);
  if (m) return build(Number(m[1]));
  return null;
}

/** The month (1–12) of an English month name or abbreviation, or undefined. */
export function monthNumber(name: string): number | undefined {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return i >= 0 ? i + 1 : undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const NUMERIC = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?![\d])/;
const CHINESE = /^(\d{4})\s*年\s*(?:(\d{1,2})\s*月\s*(?:(\d{1,2})\s*[日号])?)?/;
const YEAR_MONTHNAME_DAY = new RegExp(`^(\\d{4})[-/ ]${MONTH_NAME}[-/ ](\\d{1,2})\\b`, 'i');
const DAY_MONTHNAME_YEAR = new RegExp(`(?:^|[\\s,])(\\d{1,2})[ -]${MONTH_NAME}[ -](\\d{4})\\b`, 'i');
const MONTHNAME_DAY_YEAR = new RegExp(`(?:^|[\\s,])${MONTH_NAME}\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i');
const BARE_YEAR = /^(\d{4})$/;

function plausibleYear(y: number): boolean {
  return y >= 1900 && y <= 2100;
}

function build(year: number, month?: number, day?: number): PartialDate | null {
  if (!plausibleYear(year)) return null;
  if (month == null) return { year };
  if (month < 1 || month > 12) return null;
  if (day == null) return { year, month };
  if (day < 1 || day > daysIn(year, month)) return null;
  return { year, month, day };
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
