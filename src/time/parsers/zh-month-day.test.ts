import { describe, expect, it } from 'vitest';
import { formatPartialDate, type PartialDate } from '../partial-date.js';
import { resolveTimesInText } from '../resolve-times-in-text.js';

/** [mention text, resolved date] for each time mention of a sentence. */
function dates(sentence: string, published: PartialDate): [string, string | null][] {
  return resolveTimesInText(sentence, published).map((m) => [m.text, m.date && formatPartialDate(m.date)]);
}
const MAR_19_2025 = { year: 2025, month: 3, day: 19 };
const JAN_30_2026 = { year: 2026, month: 1, day: 30 };
const FEB_11_2026 = { year: 2026, month: 2, day: 11 };

describe('zh-month-day: month and day without a year, near the publication date', () => {
  it.each([
    ['1月26日，该公司宣布完成新一轮融资。', MAR_19_2025, '1月26日', '2025-01-26'],
    ['12月6日晚，这位副总裁在朋友圈宣布离职。', MAR_19_2025, '12月6日晚', '2024-12-06'],
        ['此前的2月，公司副总裁、商业化负责人离职。', { year: 2025, month: 8, day: 8 }, '2月', '2025-02'],
    ['这位研究员宣布将于 2 月 4 日加入腾讯。', JAN_30_2026, '2 月 4 日', '2026-02-04'],
    ['她在1月表示因病辞去职务。', FEB_11_2026, '1月', '2026-01'],
    ['6月，大语言模型团队负责人被辞退。', { year: 2025, month: 9, day: 1 }, '6月', '2025-06'],
    ['十二月，团队完成了交接。', MAR_19_2025, '十二月', '2024-12'],
    ['５月２０日，新产品上线。', MAR_19_2025, '５月２０日', '2024-05-20'],
    ['4月份，公司再次调整组织架构。', MAR_19_2025, '4月份', '2025-04'],
    ['3月下旬，他正式入职。', MAR_19_2025, '3月下旬', '2025-03'],
  ])('%s', (sentence, published, text, date) => {
    expect(dates(sentence, published)).toEqual([[text, date]]);
  });

  it('puts a month up to two months after publication in the same year, later ones in the year before', () => {
    expect(dates('4月，新团队组建完成。', MAR_19_2025)).toEqual([['4月', '2025-04']]);
    expect(dates('6月，新团队组建完成。', MAR_19_2025)).toEqual([['6月', '2024-06']]);
  });

  it('decides by day at the window edges, and a lone month at the edge goes back', () => {
    expect(dates('5月20日，新团队组建完成。', MAR_19_2025)).toEqual([['5月20日', '2024-05-20']]);
    expect(dates('5月18日，新团队组建完成。', MAR_19_2025)).toEqual([['5月18日', '2025-05-18']]);
    expect(dates('5月，新团队组建完成。', MAR_19_2025)).toEqual([['5月', '2024-05']]);
  });

  it('finds the leap year for 2月29日 and reads both mentions of a sentence', () => {
    expect(dates('2月29日发布。', { year: 2024, month: 6, day: 1 })).toEqual([['2月29日', '2024-02-29']]);
    expect(dates('11月12日，据媒体报道，几位出海负责人已于近期离职。', { year: 2024, month: 11, day: 20 })).toEqual([
      ['11月12日', '2024-11-12'],
      ['近期', '2024-11'],
    ]);
  });

  it('does not read lunar months as calendar months', () => {
    expect(dates('端午节是农历五月初五。', MAR_19_2025)).toEqual([]);
    expect(dates('闰五月初三至初五举行。', MAR_19_2025)).toEqual([]);
  });

  it('does not read counts of months as months', () => {
    expect(dates('这个项目做了12个月。', MAR_19_2025)).toEqual([]);
    expect(dates('每3月发布一次报告。', MAR_19_2025)).toEqual([]);
  });
});

describe('zh-day-of-month and zh-weekday', () => {
  it('周二（10日） is the 10th of the publication month', () => {
    expect(dates('该联合创始人在周二（10日）在社交媒体上宣布离职。', FEB_11_2026)).toEqual([['周二（10日）', '2026-02-10']]);
  });
  it('（10日） and 10日 alone are days of the publication month', () => {
    expect(dates('公司于（10日）发布公告。', FEB_11_2026)).toEqual([['10日', '2026-02-10']]);
    expect(dates('公司10日发布公告称，CTO已离职。', FEB_11_2026)).toEqual([['10日', '2026-02-10']]);
  });
  it('a day that the month cannot have gives no date', () => {
    expect(dates('公司30日发布公告。', { year: 2025, month: 3, day: 2 })).toEqual([['30日', null]]);
  });
  it('a day well after the publication day belongs to the month before', () => {
    expect(dates('公司28日发布公告称，CTO已离职。', FEB_11_2026)).toEqual([['28日', '2026-01-28']]);
    expect(dates('公司5日发布公告。', { year: 2026, month: 1, day: 3 })).toEqual([['5日', '2026-01-05']]);
  });
  it('星期二 alone is the latest Tuesday on or before publication', () => {
    // 2026-02-11 is a Wednesday
    expect(dates('他星期二宣布离职。', FEB_11_2026)).toEqual([['星期二', '2026-02-10']]);
    expect(dates('他在周三，正式告别团队。', FEB_11_2026)).toEqual([['周三', '2026-02-11']]);
  });
  it('当地时间周二 and 于周二 are weekdays', () => {
    expect(dates('该公司当地时间周二宣布，首席科学家离职。', FEB_11_2026)).toEqual([['周二', '2026-02-10']]);
    expect(dates('他于周一宣布加入谷歌。', FEB_11_2026)).toEqual([['周一', '2026-02-09']]);
  });
  it('上周五 and 本周一 are weekdays of last and this (Monday-first) week', () => {
    expect(dates('上周五，公司宣布了新任命。', FEB_11_2026)).toEqual([['上周五', '2026-02-06']]);
    expect(dates('本周一，公司宣布了新任命。', FEB_11_2026)).toEqual([['本周一', '2026-02-09']]);
  });
  it('does not read 上周一审 or 上周五个交易日 as weekdays', () => {
    expect(dates('法院上周一审判决公司败诉。', FEB_11_2026)).toEqual([['上周', '2026-02']]);
    expect(dates('在上周五个交易日中，股价下跌。', FEB_11_2026)).toEqual([['上周', '2026-02']]);
  });
  it('does not read the surname 周 as a weekday', () => {
    expect(dates('周一鸣加入了这家公司。', FEB_11_2026)).toEqual([]);
    expect(dates('每周二例会。', FEB_11_2026)).toEqual([]);
  });
  it('does not read the end of a day range as a day of the publication month', () => {
    expect(dates('发布会于12月6日至8日举行。', FEB_11_2026)).toEqual([['12月6日', '2025-12-06']]);
  });
  it('does not read 10日内 (within ten days) as a day', () => {
    expect(dates('需在10日内完成。', FEB_11_2026)).toEqual([]);
  });
});
