import { describe, expect, it } from 'vitest';
import { formatPartialDate, type PartialDate } from '../partial-date.js';
import { resolveTimesInText } from '../resolve-times-in-text.js';

const MAR_19_2025 = { year: 2025, month: 3, day: 19 };
/** [mention text, kind, resolved date] for each time mention of a passage. */
function dates(passage: string, published: PartialDate = MAR_19_2025): [string, string, string | null][] {
  return resolveTimesInText(passage, published).map((m) => [m.text, m.kind, m.date && formatPartialDate(m.date)]);
}

describe('zh-relative-month and zh-relative-week', () => {
  it.each([
    ['本月，公司再次调整了管理层。', '本月', '2025-03'],
    ['就在本月初，有媒体报道称这位联合创始人离职创业。', '本月初', '2025-03'],
    ['本月10日，公司发布了内部信。', '本月10日', '2025-03-10'],
    ['月初，他已向团队告别。', '月初', '2025-03'],
    ['月底前，交接工作将全部完成。', '月底', '2025-03'],
    ['上个月，这位高管低调离职。', '上个月', '2025-02'],
    ['上月底，公司宣布了新的CTO人选。', '上月底', '2025-02'],
    ['下个月，他将正式入职。', '下个月', '2025-04'],
    ['技术负责人上周突然离职。', '上周', '2025-03'],
    ['上个星期，公司召开了全员会。', '上个星期', '2025-03'],
  ])('%s', (sentence, text, date) => {
    expect(dates(sentence)).toEqual([[text, 'publication-relative', date]]);
  });

  it('上周 in the first days of a month is the month before', () => {
    expect(dates('技术负责人上周突然离职。', { year: 2026, month: 3, day: 3 })).toEqual([['上周', 'publication-relative', '2026-02']]);
  });
  it('上个月 in January is December of the year before', () => {
    expect(dates('上个月，他离开了公司。', { year: 2026, month: 1, day: 5 })).toEqual([['上个月', 'publication-relative', '2025-12']]);
  });
  it('同月 and 次月 count from the previous date', () => {
    expect(dates('2023年6月，他离开了谷歌；同月，他创立了新公司。')[1]).toEqual(['同月', 'anaphoric', '2023-06']);
    expect(dates('2023年12月，他离开了谷歌，次月加入微软。')[1]).toEqual(['次月', 'anaphoric', '2024-01']);
  });
  it('does not read 基本月租费 or the name in 这个周子隐 as dates, but reads 这个周末', () => {
    expect(dates('基本月租费含有一定的免费通话。')).toEqual([]);
    expect(dates('眼前这个周子隐登时醒悟。')).toEqual([]);
    expect(dates('这个周末，他办完了离职手续。')).toEqual([['这个周末', 'publication-relative', '2025-03']]);
  });
  it('reads 本月份 and not 网上月销量 or 拿下月度冠军', () => {
    expect(dates('本月份，公司有三位高管离职。')).toEqual([['本月份', 'publication-relative', '2025-03']]);
    expect(dates('这款产品网上月销量过万。')).toEqual([]);
    expect(dates('球队拿下月度最佳。')).toEqual([]);
  });
  it('does not read 岁月, 上周期, 周边, 每月初 as dates', () => {
    expect(dates('在漫长的岁月中。')).toEqual([]);
    expect(dates('上周期的数据显示增长放缓。')).toEqual([]);
    expect(dates('公司周边的配套设施很完善。')).toEqual([]);
    expect(dates('公司每月初发布一次报告。')).toEqual([]);
  });
});

describe('zh-day-word and zh-recent', () => {
  it.each([
    ['昨天，公司宣布CTO离职。', '昨天', '2025-03-18'],
    ['昨日晚间，他在朋友圈发文告别。', '昨日', '2025-03-18'],
    ['今天，公司官宣了新任CEO。', '今天', '2025-03-19'],
    ['今日，公司发布公告。', '今日', '2025-03-19'],
    ['語森科技今（19）日宣布完成募資。', '今（19）日', '2025-03-19'],
    ['該公司昨（18）日公告。', '昨（18）日', '2025-03-18'],
    ['商汤昨晚在港交所发布公告。', '昨晚', '2025-03-18'],
    ['前天，这位负责人已经办完离职手续。', '前天', '2025-03-17'],
  ])('%s', (sentence, text, date) => {
    expect(dates(sentence)).toEqual([[text, 'publication-relative', date]]);
  });

  it.each([
    ['公司副总裁、战略投资负责人日前离职，消息称他将入职一家投资机构。', '日前'],
    ['近日，有消息称这位算法负责人已经离职。', '近日'],
    ['有媒体报道说，这家公司的联合创始人在近期离职。', '近期'],
    ['最近，多位大模型负责人相继出走。', '最近'],
    ['不久前，两位联合创始人也传出了离开的消息。', '不久前'],
    ['前不久，他刚刚入职一家创业公司。', '前不久'],
  ])('%s → the publication month', (sentence, text) => {
    expect(dates(sentence)).toEqual([[text, 'publication-relative', '2025-03']]);
  });

  it('当天 and 次日 count from the previous date', () => {
    expect(dates('3月5日，公司发布公告；当天，他在朋友圈告别。')[1]).toEqual(['当天', 'anaphoric', '2025-03-05']);
    expect(dates('3月5日，公司发布公告；次日，他在朋友圈告别。')[1]).toEqual(['次日', 'anaphoric', '2025-03-06']);
  });

  it('does not read 离…最近 (nearest) as a time', () => {
    expect(dates('风暴最先刮向了离钱最近的产品线。')).toEqual([]);
  });

  it('does not read 今日头条, 节日前, 说明天 as dates', () => {
    expect(dates('2012年，今日头条在一间民宅中诞生。')).toEqual([['2012年', 'absolute', '2012']]);
    expect(dates('节日前，公司发放了福利。')).toEqual([]);
    expect(dates('这说明天花板还很高。')).toEqual([]);
  });
});
