import { describe, expect, it } from 'vitest';
import { findHeaderMetadata } from './find-header-metadata.js';

const lines = (s: string) => s.split('\n');

describe('findHeaderMetadata', () => {
  it('reads a markdown **Published:** line and an **Author:** link', () => {
    const found = findHeaderMetadata(lines('# 标题\n{% hint style="info" %}\n**Author:** [字母榜](https://site.example.com/u/1)\n**Published:** 2025-03-19  \n{% endhint %}'));
    expect(found).toEqual({ author: '字母榜', published: { date: { year: 2025, month: 3, day: 19 }, source: 'header', inferred: false } });
  });

  it.each([
    ['Published: 2025-03-19', { year: 2025, month: 3, day: 19 }],
    ['date: 2024-11-19', { year: 2024, month: 11, day: 19 }],
    ['出版：2026-Feb-11 18:24', { year: 2026, month: 2, day: 11 }],
    [' date 2026-03-10 某公司旗下大模型技術負責人上周突然離職', { year: 2026, month: 3, day: 10 }],
    ['发布时间：2025年8月8日 21:36', { year: 2025, month: 8, day: 8 }],
  ])('reads the date of "%s"', (line, date) => {
    expect(findHeaderMetadata([line]).published?.date).toEqual(date);
  });

  it.each([
    ['作者:柯基的柯', '柯基的柯'],
    ['作者 | 李家', '李家'],
    ['文 | 新芒X', '新芒X'],
    ['文丨妮可', '妮可'],
    ['作者|市象 王浩然', '市象 王浩然'],
    ['作者:软荐小编      2025-04-13 14:01:27     189', '软荐小编'],
  ])('reads the author of "%s"', (line, author) => {
    expect(findHeaderMetadata([line]).author).toBe(author);
  });

  it('does not read a date from a sentence that starts with 时间', () => {
    expect(findHeaderMetadata(['时间过得很快，转眼他已离职两年。']).published).toBeUndefined();
  });
});
