import { describe, expect, it } from 'vitest';
import { formatPartialDate, type PartialDate } from '../partial-date.js';
import { resolveTimesInText } from '../resolve-times-in-text.js';

const MAR_19_2025 = { year: 2025, month: 3, day: 19 };
/** [mention text, kind, resolved date] for each time mention of a passage. */
function dates(passage: string, published: PartialDate = MAR_19_2025): [string, string, string | null][] {
  return resolveTimesInText(passage, published).map((m) => [m.text, m.kind, m.date && formatPartialDate(m.date)]);
}

describe('zh-duration-ago: before publication', () => {
  it.each([
    ['三个月前，他离开了百度。', '三个月前', '2024-12'],
    ['3个月前，他离开了百度。', '3个月前', '2024-12'],
    ['两年前，他创立了这家公司。', '两年前', '2023'],
    ['5天前，公司发布了公告。', '5天前', '2025-03-14'],
    ['就在本月初,也就是10多天前,有媒体报道称这位联合创始人离职创业。', '10多天前', '2025-03'],
    ['两周前，他在内部信中宣布卸任。', '两周前', '2025-03'],
    ['半年前，他还在谷歌工作。', '半年前', '2024-09'],
    ['一年多前，他加入了这家公司。', '一年多前', '2024'],
    ['两个多月前，公司完成了融资。', '两个多月前', '2025-01'],
  ])('%s', (sentence, text, date) => {
    const found = dates(sentence).filter(([t]) => t === text);
    expect(found).toEqual([[text, 'publication-relative', date]]);
  });

  it('29日之前 is "before the 29th", not 29 days ago; 三日后 (Chinese numerals) is three days later', () => {
    expect(dates('新的任命将于21日之前确定。')).toEqual([['21日', 'publication-relative', '2025-03-21']]);
    expect(dates('3月5日他提交辞呈，三日后正式离开。')[1]).toEqual(['三日后', 'anaphoric', '2025-03-08']);
  });

  it('2016年前 is the year 2016, not 2016 years ago', () => {
    expect(dates('2016年前，公司只有十几名员工。')).toEqual([['2016年', 'absolute', '2016']]);
  });
});

describe('zh-elapsed: 过去了 N', () => {
  it('距离…仅仅过去了 5 个月 is five months before publication', () => {
    const passage = '不久前,两位联合创始人也传出了离开的消息,而距离 CMO 出走仅仅过去了 5 个月。';
    expect(dates(passage, { year: 2025, month: 4, day: 13 })).toEqual([
      ['不久前', 'publication-relative', '2025-04'],
      ['过去了 5 个月', 'publication-relative', '2024-11'],
    ]);
  });
  it('半年过去了 is six months before publication', () => {
    expect(dates('半年过去了，新产品仍未上线。')).toEqual([['半年过去了', 'publication-relative', '2024-09']]);
  });
  it('过去一年 (no 了) is a span, not a date', () => {
    expect(dates('过去一年，公司营收翻倍。')).toEqual([]);
  });
});

describe('zh-duration-later: after the previous date (anaphoric)', () => {
  it.each([
    ['2023 年 4 月 10 日,两人一同创立了新公司。3 个月过后,前搜狗 CMO 加入并担任联创。', '3 个月过后', '2023-07'],
    ['去年12月,产品负责人悄然离职。三个月后,火山引擎的一号位也选择出走。', '三个月后', '2025-03'],
    ['2019年他加入谷歌，两年后离职创业。', '两年后', '2021'],
    ['2020年3月公司成立，一年半后完成B轮融资。', '一年半后', '2021-09'],
  ])('%s', (passage, text, date) => {
    const found = dates(passage).filter(([t]) => t === text);
    expect(found).toEqual([[text, 'anaphoric', date]]);
  });

  it('一个月后 after a month without a year', () => {
    const passage = '6月,大语言模型团队负责人被辞退；仅仅一个月后,视觉负责人也宣布暂时休息。';
    expect(dates(passage, { year: 2025, month: 9, day: 2 })).toEqual([
      ['6月', 'publication-relative', '2025-06'],
      ['一个月后', 'anaphoric', '2025-07'],
    ]);
  });
  it('一天后 keeps day precision after a day', () => {
    const passage = '该联合创始人在周二（10日）在社交媒体上宣布离职。一天后，另一位联合创始人也宣布离职。';
    expect(dates(passage, { year: 2026, month: 2, day: 11 })).toEqual([
      ['周二（10日）', 'publication-relative', '2026-02-10'],
      ['一天后', 'anaphoric', '2026-02-11'],
    ]);
  });
  it('reads a duration after a dash: —两天后', () => {
    expect(dates('3月5日他提出离职——两天后，HR告知当天就是最后一天。').slice(0, 2)).toEqual([
      ['3月5日', 'publication-relative', '2025-03-05'],
      ['两天后', 'anaphoric', '2025-03-07'],
    ]);
  });
  it('一天后 after a month gives month precision', () => {
    expect(dates('2024年2月，他宣布离职，三天后加入新公司。')[1]).toEqual(['三天后', 'anaphoric', '2024-02']);
  });
  it('随后, 此后, 之后 alone are not dates', () => {
    expect(dates('随后，他加入了字节。此后，公司再未公开回应。之后的事情大家都知道了。')).toEqual([]);
  });
});

describe('zh-duration-later: a tenure is no time', () => {
  it('reads "在平安工作十二年后出走" as no date, and "2019年加入，两年后离开" as two years after 2019', () => {
    expect(dates('漆雕映雪在平安工作十二年后出走。')).toEqual([]);
    expect(dates('他2019年加入百度，两年后离开。').map((d) => d[2])).toEqual(['2019', '2021']);
  });
});
