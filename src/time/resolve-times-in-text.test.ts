import { describe, expect, it } from 'vitest';
import { formatPartialDate } from './partial-date.js';
import { resolveTimesInText } from './resolve-times-in-text.js';

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

  it('skips unresolved mentions when choosing the previous date', () => {
    const passage = '2023年4月，两人创立公司。同月，另一位加入。';
    const resolved = resolveTimesInText(passage);
    expect(resolved.map((m) => m.date && formatPartialDate(m.date))).toEqual(['2023-04', '2023-04']);
    const withGap = resolveTimesInText('2023年4月，两人创立公司。去年，他离职。次年，他回归。');
    // 去年 needs the publication date; 次年 still counts from 2023年4月
    expect(withGap.map((m) => m.date && formatPartialDate(m.date))).toEqual(['2023-04', null, '2024']);
  });

  it('returns mentions with their offsets and kinds', () => {
    const [m] = resolveTimesInText('据报道，他上周离职。', { year: 2026, month: 3, day: 10 });
    expect(m).toMatchObject({ start: 5, end: 7, text: '上周', kind: 'publication-relative', date: { year: 2026, month: 3 } });
  });
});
