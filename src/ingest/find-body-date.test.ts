import { describe, expect, it } from 'vitest';
import { findBodyDate, inferYear } from './find-body-date.js';

const TODAY = new Date('2026-06-01T00:00:00Z');

describe('findBodyDate', () => {
  it('prefers the date-time listed right under a line repeating the title', () => {
    const lines = [
      '星河智能的高管为何总是离职?',
      '根据公开信息梳理(截至2025年5月20日)，多位高管已离开。',
      '-',
      '- 星河智能的高管为何总是离职?',
      '-',
      '点击:0 | 2025-05-21 18:46:00',
      '- 另一篇文章',
      '点击:0 | 2025-05-19 06:12:00',
    ];
    expect(findBodyDate(lines, '星河智能的高管为何总是离职?', TODAY)).toEqual({ date: { year: 2025, month: 5, day: 21 }, source: 'body', inferred: false });
  });

  it('takes a line that is only a date', () => {
    expect(findBodyDate(['2025-12-18', '', '小米集團周三舉行合作夥伴大會。'], undefined, TODAY)?.date).toEqual({ year: 2025, month: 12, day: 18 });
  });

  it('takes the first full date-time near the top', () => {
    expect(findBodyDate(['标题', '作者:小编      2025-04-13 14:01:27     189', '正文。'], undefined, TODAY)?.date).toEqual({ year: 2025, month: 4, day: 13 });
  });

  it('infers the year of "08-27 18:00" from the years the text mentions, and says so', () => {
    const lines = ['字節的AI大佬,又跑了一個', '源媒汇-助力中国好公司!08-27 18:00', '2021年回國加入後,他迅速成為旗幟性人物。', '截至2025年3月底,調用量已達到12.7萬億。'];
    expect(findBodyDate(lines, undefined, TODAY)).toEqual({ date: { year: 2025, month: 8, day: 27 }, source: 'body', inferred: true });
  });

  it('finds nothing in a text without a date', () => {
    expect(findBodyDate(['第二个字节的分野,是从2022年开始。', '1月初有市场消息称。'], undefined, TODAY)).toBeUndefined();
  });
});

describe('inferYear', () => {
  it('takes the latest year mentioned', () => {
    expect(inferYear('2021年加入，2025年3月离开，2023年创业。', 8, 27, TODAY)).toBe(2025);
  });

  it('skips a year that would put the date in the future', () => {
    expect(inferYear('公司计划2027年上市，2025年完成融资。', 8, 27, TODAY)).toBe(2025);
    expect(inferYear('2026年初，2025年底。', 8, 27, TODAY)).toBe(2025);
    expect(inferYear('2026年初，2025年底。', 3, 1, TODAY)).toBe(2026);
  });

  it('gives up when the text mentions no year', () => {
    expect(inferYear('上月离职。', 8, 27, TODAY)).toBeUndefined();
  });
});
