import { describe, expect, it } from 'vitest';
import { formatPartialDate } from './partial-date.js';
import { TimeWalk, resolveTimesInText } from './resolve-times-in-text.js';

describe('resolveTimesInText: a passage read in order', () => {
  it('chains anaphoric mentions to the last resolved date', () => {
    const passage =
      '去年12月，剪映产品负责人悄然离职。三个月后，火山引擎的一号位也选择出走。' +
      '紧接着，同样是在去年12月，算法负责人离开，并在今年3月成立了一家新公司。';
    const resolved = resolveTimesInText(passage, { year: 2025, month: 8, day: 28 });
    expect(resolved.map((m) => [m.text, m.date && formatPartialDate(m.date)])).toEqual([
      ['去年12月', '2024-12'],
      ['三个月后', '2025-03'],
      ['去年12月', '2024-12'],
      ['今年3月', '2025-03'],
    ]);
  });

  it('puts a month ahead when its clause speaks of the future, behind otherwise', () => {
    const at = (text: string) => resolveTimesInText(text, { year: 2025, month: 8, day: 19 }).map((m) => m.date && formatPartialDate(m.date));
    expect(at('Anirudh Sharma will retire in December.')).toEqual(['2025-12']);
    expect(at('Anirudh Sharma retired in December.')).toEqual(['2024-12']);
    expect(at('他将于12月卸任。')).toEqual(['2025-12']);
    expect(at('他于12月卸任。')).toEqual(['2024-12']);
  });

  it('skips unresolved mentions when choosing the previous date', () => {
    const passage = '2023年4月，两人创立公司。同月，另一位加入。';
    const resolved = resolveTimesInText(passage);
    expect(resolved.map((m) => m.date && formatPartialDate(m.date))).toEqual(['2023-04', '2023-04']);
    const withGap = resolveTimesInText('2023年4月，两人创立公司。去年，他离职。次年，他回归。');
    // 去年 needs the publication date; 次年 still counts from 2023年4月
    expect(withGap.map((m) => m.date && formatPartialDate(m.date))).toEqual(['2023-04', null, '2024']);
  });

  it('counts 同日 from the last date with a day, not from a month in between', () => {
    const passage = '公司于2025年6月19日召开董事会。王伟2018年9月加入公司。同日，董事会收到辞职报告。';
    const resolved = resolveTimesInText(passage, { year: 2025, month: 6, day: 20 });
    expect(resolved.map((m) => m.date && formatPartialDate(m.date))).toEqual(['2025-06-19', '2018-09', '2025-06-19']);
  });

  it('returns mentions with their offsets and kinds', () => {
    const [m] = resolveTimesInText('据报道，他上周离职。', { year: 2026, month: 3, day: 10 });
    expect(m).toMatchObject({ start: 5, end: 7, text: '上周', kind: 'publication-relative', date: { year: 2026, month: 3 } });
  });
});

describe('TimeWalk: sentence by sentence', () => {
  it('carries the previous date across sentences, with offsets relative to each sentence', () => {
    const walk = new TimeWalk({ year: 2025, month: 4, day: 13 });
    const first = walk.resolve('2023 年 4 月 10 日,两人一同创立了新公司。');
    const second = walk.resolve('3 个月过后,前 CMO 加入并担任联创。');
    expect(first.map((m) => [m.start, m.date])).toEqual([[0, { year: 2023, month: 4, day: 10 }]]);
    expect(second.map((m) => [m.start, m.end, m.date])).toEqual([[0, 6, { year: 2023, month: 7 }]]);
    expect(walk.previous).toEqual({ year: 2023, month: 7 });
  });
  it('starts with no previous date', () => {
    const walk = new TimeWalk();
    expect(walk.previous).toBeUndefined();
    expect(walk.resolve('次年，他离职。')[0]?.date).toBeNull();
  });
});
