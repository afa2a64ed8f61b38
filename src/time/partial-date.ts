/** A date known to year, month or day precision: what news text usually gives. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, keeping exactly the precision known. */
export function formatPartialDate(d: PartialDate): string {
  const y = String(d.year).padStart(4, '0');
  if (d.month == null) return y;
  const m = String(d.month).padStart(2, '0');
  if (d.day == null) return `${y}-${m}`;
  return `${y}-${m}-${String(d.day).padStart(2, '0')}`;
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (anything after the day, like a time, is ignored). */
export function parsePartialDate(s: string): PartialDate | null {
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?/.exec(s.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : undefined;
  const day = m[3] ? Number(m[3]) : undefined;
  if (month != null && (month < 1 || month > 12)) return null;
  if (day != null && (day < 1 || day > 31)) return null;
  return day != null ? { year, month, day } : month != null ? { year, month } : { year };
}

/** Order of two partial dates at the precision both give (2019 before 2022-03; 2022 and 2022-03 tie). */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  if (a.year !== b.year) return a.year - b.year;
  if (a.month == null || b.month == null) return 0;
  if (a.month !== b.month) return a.month - b.month;
  return a.day == null || b.day == null ? 0 : a.day - b.day;
}
