/** What a time expression in the text means, before it is resolved against anchors. */

export type TimeKind = 'absolute' | 'publication-relative' | 'anaphoric' | 'vague';
export type DatePrecision = 'year' | 'month' | 'day';
export type TimeUnit = 'year' | 'month' | 'week' | 'day';

/**
 * How to compute the date. The anchor of `offset` and `weekday` values comes from the kind:
 * the publication date for `publication-relative`, the previously mentioned date for `anaphoric`.
 */
export type TimeValue =
  /** 2023年4月10日, 2024年底, March 2024: the text gives the year. */
  | { type: 'calendar'; year: number; month?: number; day?: number }
  /** 12月6日, 此前的2月, Jan. 26: year chosen so the date lies near the publication date. */
  | { type: 'month-day'; month: number; day?: number }
  /** （10日）: that day of the publication month (or the month before, if it would be in the future). */
  | { type: 'day-of-month'; day: number }
  /**
   * 去年12月 = anchor − 1 year, then month 12; 三个月后 = anchor + 3 months; 上周 = anchor − 1 week.
   * `month`/`day`, when set, replace the shifted anchor's; `precision` is the most the text gives.
   */
  | { type: 'offset'; unit: TimeUnit; amount: number; month?: number; day?: number; precision: DatePrecision }
  /**
   * 周二, on Tuesday (week 'on-or-before'): the latest such weekday on or before the anchor;
   * last Tuesday ('before'): strictly before; 上周二 (week −1), 本周二 (week 0): in a Monday-first week.
   */
  | { type: 'weekday'; weekday: number; week: 'on-or-before' | 'before' | number };

export interface TimeMention {
  /** UTF-16 offsets into the text given; end exclusive. */
  start: number;
  end: number;
  text: string;
  kind: TimeKind;
  value: TimeValue;
  /** Name of the parser that read it (for review messages and debugging). */
  rule: string;
}
