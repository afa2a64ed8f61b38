import { groupsOf, stickyPattern, type TimeParser } from '../time-parser.js';
import { DAY_NUMBER, DAY_PART, MONTH_PART, SHANG, SP, XIA } from '../time-patterns.js';
import { parseCount } from '../time-numbers.js';
import type { TimeKind, TimeValue } from '../time-mention.js';

const MONTH_OFFSETS: Record<string, { kind: TimeKind; amount: number }> = {
  本: { kind: 'publication-relative', amount: 0 },
  这: { kind: 'publication-relative', amount: 0 },
  上: { kind: 'publication-relative', amount: -1 },
  下: { kind: 'publication-relative', amount: 1 },
  同: { kind: 'anaphoric', amount: 0 },
  当: { kind: 'anaphoric', amount: 0 },
  该: { kind: 'anaphoric', amount: 0 },
  次: { kind: 'anaphoric', amount: 1 },
};

/**
 * 本月, 本月初, 上个月, 上月底, 下个月, 本月10日 (publication-relative); 同月, 当月, 次月 (anaphoric);
 * 月初, 月底, 月末 alone (the publication month). 网上月销量, 拿下月度冠军 are not months.
 */
export const zhRelativeMonth: TimeParser = {
  name: 'zh-relative-month',
  starts: '本这上下同当该次月',
  pattern: stickyPattern(
    `(?:(?<rel>(?<![基根成资版原账样课剧范蓝脚文读手])本|这|${SHANG}|${XIA})(?:个|一个)?|(?<![不每])(?<ana>同|当|该|(?<![首多一二三两几数每这那上本该此再层名档屡])次))${SP}月份?(?![光亮球饼薪票度销])` +
      `(?<monthPart>${MONTH_PART})?(?:${SP}(?<day>${DAY_NUMBER})${SP}[日号]${DAY_PART})?` +
      `|(?<![0-9０-９〇零一二两三四五六七八九十个本这上下当同次该每岁日蜜满正腊闰望年])月(?<alonePart>初|底|末|中旬)`,
  ),
  extract(match) {
    const g = groupsOf(match);
    if (g.alonePart) {
      return { kind: 'publication-relative', value: { type: 'offset', unit: 'month', amount: 0, precision: 'month' } };
    }
    const rel = MONTH_OFFSETS[g.rel ?? g.ana ?? ''];
    if (!rel) return null;
    let value: TimeValue = { type: 'offset', unit: 'month', amount: rel.amount, precision: 'month' };
    if (g.day != null) {
      const day = parseCount(g.day);
      if (day == null || day < 1 || day > 31) return null;
      value = { ...value, day, precision: 'day' };
    }
    return { kind: rel.kind, value };
  },
};

/**
 * 上周, 上个星期, 本周, 下周, 上周末 (a week from publication; month precision, as news uses it).
 * 这个周 needs a following boundary: 这个周子隐 is a name.
 */
export const zhRelativeWeek: TimeParser = {
  name: 'zh-relative-week',
  starts: '本这上下',
  pattern: stickyPattern(
    `(?:(?<rel>本|${SHANG}|${XIA})(?:个|一)?${SP}(?:周|星期|礼拜)末?|这(?:个|一)?${SP}(?:周|星期|礼拜)末?(?=[，,。、；;的里内\\s]|$))` +
      '(?![期边围转刊年报会薪])',
  ),
  extract(match) {
    const rel = groupsOf(match).rel;
    const amount = rel === '上' ? -1 : rel === '下' ? 1 : 0;
    return { kind: 'publication-relative', value: { type: 'offset', unit: 'week', amount, precision: 'month' } };
  },
};

const DAY_WORDS: Record<string, { kind: TimeKind; amount: number }> = {
  今天: { kind: 'publication-relative', amount: 0 },
  今日: { kind: 'publication-relative', amount: 0 },
  昨天: { kind: 'publication-relative', amount: -1 },
  昨日: { kind: 'publication-relative', amount: -1 },
  昨晚: { kind: 'publication-relative', amount: -1 },
  昨夜: { kind: 'publication-relative', amount: -1 },
  今晨: { kind: 'publication-relative', amount: 0 },
  今早: { kind: 'publication-relative', amount: 0 },
  今晚: { kind: 'publication-relative', amount: 0 },
  前天: { kind: 'publication-relative', amount: -2 },
  明天: { kind: 'publication-relative', amount: 1 },
  明日: { kind: 'publication-relative', amount: 1 },
  当天: { kind: 'anaphoric', amount: 0 },
  当日: { kind: 'anaphoric', amount: 0 },
  同日: { kind: 'anaphoric', amount: 0 },
  同一天: { kind: 'anaphoric', amount: 0 },
  当晚: { kind: 'anaphoric', amount: 0 },
  次日: { kind: 'anaphoric', amount: 1 },
  翌日: { kind: 'anaphoric', amount: 1 },
  第二天: { kind: 'anaphoric', amount: 1 },
};

/** 昨天, 今日, 前天 (publication-relative, day precision); 当天, 次日, 第二天 (anaphoric). 今日头条 is a name. */
export const zhDayWord: TimeParser = {
  name: 'zh-day-word',
  starts: '今昨前明当同次翌第',
  pattern: stickyPattern(
    // 今（7）日, 昨（6）日: Taiwanese papers write today's date inside the word.
    '(?:(?<dated>今|昨)[（(][0-9０-９]{1,2}[）)]日|(?<word>今天|今日(?!头条)|今晨|今早|今晚|昨天|昨日|昨晚|昨夜|(?<![提之以目此])前天|(?<![说证表声发聪光文简透鲜分英标阐注查指申])明(?:天|日)(?!之星|方舟)|(?<![每])(?:当天|当日|当晚)|同日|同一天|(?<![首多一二三两几数每这那上本该此再层名档屡])次日|翌日|第二天))',
  ),
  extract(match) {
    const g = groupsOf(match);
    const w = DAY_WORDS[g.dated ? `${g.dated}日` : g.word ?? ''];
    if (!w) return null;
    return { kind: w.kind, value: { type: 'offset', unit: 'day', amount: w.amount, precision: 'day' } };
  },
};

/** 近日, 日前, 近期, 最近, 不久前, 前不久, 近来: around publication, month precision. 离…最近 is distance. */
export const zhRecentWord: TimeParser = {
  name: 'zh-recent',
  starts: '近日最不前',
  pattern: stickyPattern(
    '(?:近日|(?<![节假生工作纪念截止交易营业今昨明某每当该此本同次末周期0-9０-９〇零一二两三四五六七八九十几数])日前|近期|(?<!离[^，,。；;]{0,8})最近|不久前|前不久|不久之前|近来)',
  ),
  extract() {
    return { kind: 'publication-relative', value: { type: 'offset', unit: 'day', amount: 0, precision: 'month' } };
  },
};
