import { describe, expect, it } from 'vitest';
import { formatPartialDate } from '../partial-date.js';
import { resolveTimesInText } from '../resolve-times-in-text.js';

/** [mention text, resolved date] for each time mention (no publication date needed). */
function dates(sentence: string): [string, string | null][] {
  return resolveTimesInText(sentence).map((m) => [m.text, m.date && formatPartialDate(m.date)]);
}

describe('numeric dates', () => {
  it.each([
    ['发布时间：2025-12-18 10:30', '2025-12-18', '2025-12-18'],
    ['发布于2025/12/18，阅读量1366。', '2025/12/18', '2025-12-18'],
    ['2025.12.18 公司发布公告。', '2025.12.18', '2025-12-18'],
    ['2025-3-5，新模型上线。', '2025-3-5', '2025-03-05'],
    ['截至2024-05，团队规模已过百人。', '2024-05', '2024-05'],
    ['Published on 2024-05-01.', '2024-05-01', '2024-05-01'],
  ])('%s', (sentence, text, date) => {
    expect(dates(sentence)).toEqual([[text, date]]);
  });

  it('does not read codes, versions and ranges as dates', () => {
    expect(dates('小米集团（01810-HK）股价上涨。')).toEqual([]);
    expect(dates('新版本2025.12发布。')).toEqual([]);
    expect(dates('订单号 2025-13-45 已取消。')).toEqual([]);
    expect(dates('电话 010-2025-1218。')).toEqual([]);
    expect(dates('2003-04赛季两队一同升级。')).toEqual([]);
    expect(dates('自2006-07以来主队从未输球。')).toEqual([]);
    expect(dates('他在2004-08年率队征战英超。')).toEqual([]);
  });
});
