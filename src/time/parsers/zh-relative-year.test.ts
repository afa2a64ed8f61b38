import { describe, expect, it } from 'vitest';
import { formatPartialDate, type PartialDate } from '../partial-date.js';
import { resolveTimesInText } from '../resolve-times-in-text.js';

const MAR_19_2025 = { year: 2025, month: 3, day: 19 };
/** [mention text, kind, resolved date] for each time mention of a passage. */
function dates(passage: string, published: PartialDate = MAR_19_2025): [string, string, string | null][] {
  return resolveTimesInText(passage, published).map((m) => [m.text, m.kind, m.date && formatPartialDate(m.date)]);
}

describe('zh-relative-year: years counted from publication', () => {
  it.each([
    ['就在今年3月，这位火山引擎高管被爆加入一家AI视频创企，成为新一任CEO。', '今年3月', '2025-03'],
    ['今年 11 月官宣加盟小米后，她迅速成为市场焦点。', '今年 11 月', '2025-11'],
    ['今年 2 月中旬,这家公司的合伙人以及公司副总裁离职了。', '今年 2 月中旬', '2025-02'],
    ['今年初，团队开始招募新成员。', '今年初', '2025-01'],
    ['今年年底，新模型有望发布。', '今年年底', '2025-12'],
    ['今年，公司的人员流动明显加快。', '今年', '2025'],
    ['去年，这家公司经历了多次组织调整。', '去年', '2024'],
    ['去年12月，被视为“含着金钥匙出生”的产品负责人悄然离职。', '去年12月', '2024-12'],
    ['去年底，TikTok算法负责人也被爆出离职创业，方向为AI Coding领域。', '去年底', '2024-12'],
    ['去年初，他从谷歌离职回国。', '去年初', '2024-01'],
    ['去年9月，字节被曝出以数千万年薪挖走了这位技术负责人。', '去年9月', '2024-09'],
    ['去年下半年，公司开始裁员。', '去年下半年', '2024'],
    ['前年，他还在谷歌担任研究员。', '前年', '2023'],
    ['本年度，公司共有五位高管离职。', '本年度', '2025'],
    ['明年初，新公司将正式运营。', '明年初', '2026-01'],
    ['去年12月28日晚，公司发布内部信。', '去年12月28日晚', '2024-12-28'],
    ['今年春节后，他正式离职。', '今年', '2025'],
    ['今年春季，公司启动了新一轮招聘。', '今年春季', '2025'],
  ])('%s', (sentence, text, date) => {
    expect(dates(sentence)).toEqual([[text, 'publication-relative', date]]);
  });

  it('年底, 年初 and 下半年 alone are of the publication year', () => {
    expect(dates('年底前，公司计划完成新一轮融资。')).toEqual([['年底', 'publication-relative', '2025-12']]);
    expect(dates('年初，他已低调离职。')).toEqual([['年初', 'publication-relative', '2025-01']]);
    expect(dates('下半年，公司将推出新产品。')).toEqual([['下半年', 'publication-relative', '2025']]);
  });

  it('does not read 年轻, 目前年, 说明年, 过去年代, 年度, 年薪 as years', () => {
    expect(dates('目前年轻人更愿意加入创业公司。')).toEqual([]);
    expect(dates('这说明年轻团队的执行力很强。')).toEqual([]);
    expect(dates('回到过去年代的做法行不通。')).toEqual([]);
    expect(dates('在年度全员会上，他宣布了新的组织架构。')).toEqual([]);
    expect(dates('字节被曝以数千万年薪挖人。')).toEqual([]);
    expect(dates('他的基本年薪为一百万元。')).toEqual([]);
    expect(dates('每年底公司都会发放奖金。')).toEqual([]);
    expect(dates('存款余额较上年末翻番。')).toEqual([]);
    expect(dates('一位少年末路狂奔。')).toEqual([]);
    expect(dates('这年初春的一天，他来到北京。')).toEqual([]);
  });

  it('needs the publication date', () => {
    expect(resolveTimesInText('去年12月，他离职了。')[0]?.date).toBeNull();
  });
});

describe('zh-relative-year: years counted from the previous date (anaphoric)', () => {
  it('同年 is the previous year, at year precision', () => {
    expect(dates('2023年4月，他创立了这家公司。同年，公司完成天使轮融资。')).toEqual([
      ['2023年4月', 'absolute', '2023-04'],
      ['同年', 'anaphoric', '2023'],
    ]);
  });
  it('次年, 第二年, 翌年 are the year after', () => {
    expect(dates('2021年12月，他离职创业。次年，公司推出首款产品。')[1]).toEqual(['次年', 'anaphoric', '2022']);
    expect(dates('他2019年加入谷歌，第二年晋升为研究主管。')[1]).toEqual(['第二年', 'anaphoric', '2020']);
    expect(dates('2019年公司成立，翌年底完成A轮。')[1]).toEqual(['翌年底', 'anaphoric', '2020-12']);
  });
  it('同年3月 fixes the month in the previous year', () => {
    expect(dates('2023年，他离开了百度。同年3月，他加入了阿里。')[1]).toEqual(['同年3月', 'anaphoric', '2023-03']);
  });
  it('resolves against the last resolved date, publication-relative ones included', () => {
    expect(dates('去年9月，他离开了原公司。次年，他创立了新公司。')).toEqual([
      ['去年9月', 'publication-relative', '2024-09'],
      ['次年', 'anaphoric', '2025'],
    ]);
  });
  it('needs a previous date', () => {
    expect(dates('同年，公司完成天使轮融资。')).toEqual([['同年', 'anaphoric', null]]);
  });
  it('does not read 不同年龄, 首次年度 as anaphoric years', () => {
    expect(dates('团队里有不同年龄的成员。')).toEqual([]);
    expect(dates('公司首次年度大会召开。')).toEqual([]);
  });
});
