import { groupsOf, stickyPattern, type TimeParser } from '../time-parser.js';
import { parseCount } from '../time-numbers.js';
import { SHANG, XIA, NUMBER_STARTS, DAY_PART, DIGIT, MONTH_NUMBER, MONTH_TAIL, NOT_AFTER_NUMBER, NOT_AFTER_ZH_NUMERAL, SP } from '../time-patterns.js';
import { readMonthDay } from './zh-calendar-date.js';

/** Words that make a following month number a count, an ordinal or a lunar month (每3月, 第三月, 农历五月). */
const NOT_A_MONTH_AFTER = '(?<![年个数几多每第半岁闰历])';

/** 1月26日, 12月6日晚, 此前的2月, 2 月 4 日, 十二月: month (and day) without a year. */
export const zhMonthDay: TimeParser = {
  name: 'zh-month-day',
  starts: NUMBER_STARTS,
  pattern: stickyPattern(
    `${NOT_AFTER_NUMBER}${NOT_AFTER_ZH_NUMERAL}${NOT_A_MONTH_AFTER}(?<month>${MONTH_NUMBER})${MONTH_TAIL}(?![内多余])`,
  ),
  extract(match) {
    const g = groupsOf(match);
    const md = readMonthDay(g.month ?? '', g.day);
    if (!md) return null;
    return { kind: 'publication-relative', value: { type: 'month-day', ...md } };
  },
};

/**
 * （10日）, 10日: a day of the publication month. Not the end of a range or list (12月6日至8日,
 * 5日、8日), whose month the text gave earlier: better no date than the publication month.
 */
export const zhDayOfMonth: TimeParser = {
  name: 'zh-day-of-month',
  starts: NUMBER_STARTS,
  pattern: stickyPattern(`${NOT_AFTER_NUMBER}(?<![月至到~～—、])(?<day>${DIGIT}{1,2})${SP}日(?![内元])${DAY_PART}`),
  extract(match) {
    const day = parseCount(groupsOf(match).day ?? '');
    if (day == null || day < 1 || day > 31) return null;
    return { kind: 'publication-relative', value: { type: 'day-of-month', day } };
  },
};

const WEEKDAYS: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };

/**
 * 周二（10日）: the bracketed day decides. 星期二 / 在周二 / 周二， alone: the latest Tuesday on or before
 * publication. 上周二 / 本周二: that weekday of last / this week. A bare 周X needs a neighbour that
 * shows it is not the surname 周 (周一鸣): 当地时间周二, 于周二, or punctuation or a time of day after it; 上周一审, 上周五个交易日 are not weekdays.
 */
export const zhWeekday: TimeParser = {
  name: 'zh-weekday',
  starts: '上本这下星礼周',
  pattern: stickyPattern(
    `(?:(?<rel>${SHANG}个?|本|这个?|${XIA}个?)${SP}(?:周|星期|礼拜)|(?<![上下本这每个])(?:星期|礼拜)|(?<=时间|[于])周(?=[一二三四五六日天])|(?<![上下本这每个])周(?=[一二三四五六日天](?:[，,。；;、：:\\s（(）)]|晚|早|上午|下午|凌晨|当天)))` +
      `(?<weekday>[一二三四五六日天])(?![审个名位家届次轮号年期线])(?:${SP}[（(]${SP}(?<day>${DIGIT}{1,2})${SP}日${SP}[）)])?`,
  ),
  extract(match) {
    const g = groupsOf(match);
    const weekday = WEEKDAYS[g.weekday ?? ''];
    if (weekday == null) return null;
    if (g.day != null) {
      const day = parseCount(g.day);
      if (day == null || day < 1 || day > 31) return null;
      return { kind: 'publication-relative', value: { type: 'day-of-month', day } };
    }
    const rel = g.rel?.[0];
    const week = rel === '上' ? -1 : rel === '下' ? 1 : rel ? 0 : ('on-or-before' as const);
    return { kind: 'publication-relative', value: { type: 'weekday', weekday, week } };
  },
};
