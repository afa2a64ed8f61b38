import { groupsOf, stickyPattern, type TimeParser } from '../time-parser.js';
import { NUMBER_STARTS, COUNT, NOT_AFTER_NUMBER, NOT_AFTER_ZH_NUMERAL, SP } from '../time-patterns.js';
import { parseCount } from '../time-numbers.js';
import type { DatePrecision, TimeKind, TimeUnit, TimeValue } from '../time-mention.js';

/**
 * A duration: 三个月, 10多天, 一年半, 两周, 半年, 3 个多月. Named groups: count, approx (多/余), half (半), unit.
 * 月 needs 个 (3月前 is "before March"), so a bare month never reads as a duration.
 */
const DURATION =
  `${NOT_AFTER_NUMBER}${NOT_AFTER_ZH_NUMERAL}(?<![第每近约至到])(?<count>${COUNT})${SP}(?<approx>多|余)?${SP}` +
  `(?:(?<unit>年|天|日|周)|个${SP}(?<approxM>多)?(?<halfM>半)?${SP}(?<unitM>月|星期|礼拜)|(?<unitW>星期|礼拜))` +
  `(?<half>半)?(?<approxAfter>多)?`;

/** N年前, 三个月前, 10多天前, 两周前, 半年前: before publication. */
export const zhDurationAgo: TimeParser = {
  name: 'zh-duration-ago',
  starts: NUMBER_STARTS,
  pattern: stickyPattern(`${DURATION}${SP}(?:之前|以前|前)(?![后夕])`),
  extract(match) {
    return shiftFromDuration(match, 'publication-relative', -1);
  },
};

/** 三个月后, 3 个月过后, 一天后, 两年之后, 半年后: after the previously mentioned time. 95后 has no unit. */
export const zhDurationLater: TimeParser = {
  name: 'zh-duration-later',
  starts: NUMBER_STARTS,
  // (Not a tenure's length: "在平安工作十二年后出走" is after twelve years there, not twelve years from now.)
  pattern: stickyPattern(`(?<!(?:工作|任职|就职|供职|效力|服务|执教|待|干|做|打拼|深耕|耕耘)了?)${DURATION}${SP}(?:之后|以后|过后|后)`),
  extract(match) {
    return shiftFromDuration(match, 'anaphoric', 1);
  },
};

/** 过去了 5 个月, 已经过去半年: publication minus that long. 过去一年 (no 了/已) is a span, not a date. */
export const zhElapsed: TimeParser = {
  name: 'zh-elapsed',
  starts: '过已',
  pattern: stickyPattern(`(?:过去了|已经?过去了?|已然过去了?)${SP}${DURATION}`),
  extract(match) {
    return shiftFromDuration(match, 'publication-relative', -1);
  },
};

/** 5个月过去了, 半年已经过去了: the same, told the other way round. */
export const zhElapsedAfter: TimeParser = {
  name: 'zh-elapsed-after',
  starts: NUMBER_STARTS,
  pattern: stickyPattern(`${DURATION}${SP}(?:已经?)?过去了`),
  extract(match) {
    return shiftFromDuration(match, 'publication-relative', -1);
  },
};

/** Turns a matched duration into an offset; null for counts that are not durations (2016年前 is a year). */
function shiftFromDuration(
  match: RegExpExecArray,
  kind: TimeKind,
  sign: 1 | -1,
): { kind: TimeKind; value: TimeValue } | null {
  const g = groupsOf(match);
  const countText = g.count ?? '';
  const half = countText === '半' || g.half != null || g.halfM != null;
  const whole = countText === '半' ? 0 : parseCount(countText);
  if (whole == null) return null;
  const approx = g.approx != null || g.approxM != null || g.approxAfter != null;
  const unitWord = g.unit ?? g.unitM ?? g.unitW ?? '';
  let unit: TimeUnit;
  let amount: number;
  let precision: DatePrecision;
  if (unitWord === '年') {
    if (whole > 100) return null;
    [unit, amount, precision] = half ? ['month', whole * 12 + 6, 'month'] : ['year', whole, 'year'];
  } else if (unitWord === '月') {
    if (whole > 120) return null;
    [unit, amount, precision] = half ? ['day', whole * 30 + 15, 'month'] : ['month', whole, 'month'];
  } else if (unitWord === '天' || unitWord === '日') {
    // 29日之前 / 10日后 with Arabic digits are "before/after the 29th", not a count of days (三日后 is)
    if (whole > 1000 || half || (unitWord === '日' && /[0-9０-９]/.test(countText))) return null;
    [unit, amount, precision] = ['day', whole, approx ? 'month' : 'day'];
  } else {
    if (whole > 200 || half) return null;
    [unit, amount, precision] = ['week', whole, 'month'];
  }
  if (amount === 0) return null;
  return { kind, value: { type: 'offset', unit, amount: sign * amount, precision } };
}
