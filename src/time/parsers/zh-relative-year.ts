import { groupsOf, stickyPattern, type TimeParser } from '../time-parser.js';
import { MID_YEAR, MONTH_NUMBER, MONTH_TAIL, SP, YEAR_PART, monthOfYearPart } from '../time-patterns.js';
import type { TimeKind, TimeValue } from '../time-mention.js';
import { readMonthDay } from './zh-calendar-date.js';

/**
 * The year word, each with the characters before it that make it part of another word
 * (过去年代, 目前年轻人, 说明年…); 年轻/年龄/年级/年代 after it are never a year.
 */
const YEAR_WORD =
  '(?<rel>今|(?<![基根成资版原账样课剧范蓝脚文读手日])本|(?<![过失除])去|(?<![目提之以此空当从面向眼日])前|(?<![说证表声发聪光文简透鲜分英标阐注查指申开])明|同|当|该|(?<![首多一二三两几数每这那上本该此再层名档屡])次|翌|隔|第二|同一)' +
  `${SP}年(?![轻龄级纪代薪])`;

const YEAR_OFFSETS: Record<string, { kind: TimeKind; amount: number }> = {
  今: { kind: 'publication-relative', amount: 0 },
  本: { kind: 'publication-relative', amount: 0 },
  去: { kind: 'publication-relative', amount: -1 },
  前: { kind: 'publication-relative', amount: -2 },
  明: { kind: 'publication-relative', amount: 1 },
  同: { kind: 'anaphoric', amount: 0 },
  同一: { kind: 'anaphoric', amount: 0 },
  当: { kind: 'anaphoric', amount: 0 },
  该: { kind: 'anaphoric', amount: 0 },
  次: { kind: 'anaphoric', amount: 1 },
  翌: { kind: 'anaphoric', amount: 1 },
  隔: { kind: 'anaphoric', amount: 1 },
  第二: { kind: 'anaphoric', amount: 1 },
};

/**
 * 今年, 本年度, 去年12月, 去年底, 前年, 明年初 (publication-relative) and 同年, 次年3月, 第二年, 翌年底 (anaphoric):
 * a year counted from an anchor, optionally with a month, day or year part.
 */
export const zhRelativeYear: TimeParser = {
  name: 'zh-relative-year',
  starts: '今本去前明同当该次翌隔第',
  pattern: stickyPattern(
    `(?<!不)${YEAR_WORD}(?:${SP}(?<month>${MONTH_NUMBER})${MONTH_TAIL}|(?<yearPart>${YEAR_PART}))?`,
  ),
  extract(match) {
    const g = groupsOf(match);
    const rel = YEAR_OFFSETS[g.rel ?? ''];
    if (!rel) return null;
    if (g.month != null && !readMonthDay(g.month, g.day)) {
      // 去年13月: keep 去年 alone
      return { kind: rel.kind, value: yearOffsetValue(rel.amount), length: match[0].indexOf('年') + 1 };
    }
    return { kind: rel.kind, value: yearOffsetValue(rel.amount, g.month, g.day, g.yearPart) };
  },
};

/** 年初, 年底, 年末, 上半年, 下半年 alone: of the publication year. */
export const zhYearPartAlone: TimeParser = {
  name: 'zh-year-part',
  starts: '年上下',
  pattern: stickyPattern(
    `(?<![新往历每成多百千万亿数几十同当该次今去前明后本年上少青童老晚全财学周近这那0-9０-９〇零一二三四五六七八九])(?<yearPart>年初|年底|年末|上半年|下半年|年${MID_YEAR})`,
  ),
  extract(match) {
    return { kind: 'publication-relative', value: yearOffsetValue(0, undefined, undefined, groupsOf(match).yearPart) };
  },
};

/** 第三季度, 四季度 alone: a quarter of the publication year (a date keeps its year; no quarter precision). */
export const zhQuarterAlone: TimeParser = {
  name: 'zh-quarter',
  starts: '第一二三四1234１２３４',
  pattern: stickyPattern(`(?<![年今去明本0-9０-９])(?:第${SP})?[一二三四1-4１-４]${SP}季度`),
  extract() {
    return { kind: 'publication-relative', value: yearOffsetValue(0) };
  },
};

function yearOffsetValue(amount: number, monthText?: string, dayText?: string, yearPart?: string): TimeValue {
  if (monthText != null) {
    const md = readMonthDay(monthText, dayText);
    if (md) return { type: 'offset', unit: 'year', amount, ...md, precision: md.day ? 'day' : 'month' };
  }
  const month = monthOfYearPart(yearPart);
  if (month) return { type: 'offset', unit: 'year', amount, month, precision: 'month' };
  return { type: 'offset', unit: 'year', amount, precision: 'year' };
}
