import { describe, expect, it } from 'vitest';
import { formatPartialDate } from '../partial-date.js';
import { resolveTimesInText } from '../resolve-times-in-text.js';

const PUBLISHED = { year: 2025, month: 3, day: 19 };
/** [mention text, resolved date] for each time mention of a sentence. */
function dates(sentence: string): [string, string | null][] {
  return resolveTimesInText(sentence, PUBLISHED).map((m) => [m.text, m.date && formatPartialDate(m.date)]);
}

describe('zh-calendar-date: the text gives the year', () => {
  it.each([
    ['2023年4月10日，两人一同创立了一家大模型公司。', '2023年4月10日', '2023-04-10'],
    ['2023 年 4 月 10 日,两位前高管一同创立了新公司。', '2023 年 4 月 10 日', '2023-04-10'],
    ['２０２３年４月１０日，公司正式成立。', '２０２３年４月１０日', '2023-04-10'],
    ['2024年底,首席战略官和副总裁先后退出。', '2024年底', '2024-12'],
    ['2024年末，该团队完成重组。', '2024年末', '2024-12'],
    ['2024年初，他加入了这家创业公司。', '2024年初', '2024-01'],
    ['从2016年前后字节挖来多位技术大牛迭代推荐算法。', '2016年前后', '2016'],
    ['面壁智能的研究员被曝离职后，2024年下半年加入字节跳动大模型研究院；', '2024年下半年', '2024'],
    ['2024年上半年，公司完成了两轮融资。', '2024年上半年', '2024'],
    ['2024年第三季度，他正式离任。', '2024年第三季度', '2024'],
    ['2024年Q3，公司营收增长。', '2024年Q3', '2024'],
    ['据悉，他将于2025年9月底正式离职。', '2025年9月底', '2025-09'],
    ['2021年12月，商汤上市前夕，他选择离职创业。', '2021年12月', '2021-12'],
    ['2009年他创办了一家垂直搜索公司。', '2009年', '2009'],
    ['二〇二三年，这家公司宣布进军大模型。', '二〇二三年', '2023'],
    ['他2015年博士毕业后加入微软亚洲研究院。', '2015年', '2015'],
    ['2024年度，公司共发布三款模型。', '2024年度', '2024'],
    ['该实验室成立于2019年3月份。', '2019年3月份', '2019-03'],
    ['2023年3月中旬，他离开了原公司。', '2023年3月中旬', '2023-03'],
    ['2023年十二月，新公司注册成立。', '2023年十二月', '2023-12'],
    ['2025年6月3号，双方签约。', '2025年6月3号', '2025-06-03'],
    ['2024年后半年，国内几家大模型公司相继调整。', '2024年后半年', '2024'],
    ['截至2024年10月，抖音的日活用户继续增长。', '2024年10月', '2024-10'],
  ])('%s', (sentence, text, date) => {
    expect(dates(sentence)).toEqual([[text, date]]);
  });

  it('reads 2024年中国… as the year only, not a mid-year', () => {
    expect(dates('2024年中国大模型市场迎来洗牌。')).toEqual([['2024年', '2024']]);
  });

  it('reads a two-digit year only when a month follows', () => {
    expect(dates('他18年3月加入字节，23年12月5日离职。')).toEqual([
      ['18年3月', '2018-03'],
      ['23年12月5日', '2023-12-05'],
    ]);
    expect(dates('他在字节工作了18年。')).toEqual([]);
    expect(dates('他工作了18年3个月。')).toEqual([]);
  });

  it('reads both ends of 2019年-2021年', () => {
    expect(dates('他于2019年-2021年在谷歌任职。')).toEqual([
      ['2019年', '2019'],
      ['2021年', '2021'],
    ]);
  });

  it('does not read 1990年代 (a decade) as a year', () => {
    expect(dates('他出生于1990年代。')).toEqual([]);
  });

  it('keeps the year when the month or day is impossible', () => {
    expect(dates('2023年13月')).toEqual([['2023年', '2023']]);
    expect(dates('2023年2月30日')).toEqual([['2023年', '2023']]);
  });

  it('resolves without a publication date', () => {
    const [m] = resolveTimesInText('2023年4月，他创立了这家公司。');
    expect(m?.date).toEqual({ year: 2023, month: 4 });
  });
});
