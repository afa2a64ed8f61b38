import { describe, expect, it } from 'vitest';
import { findBoomerangs } from './find-boomerangs.js';

describe('findBoomerangs', () => {
  it('"2019年离开百度，2023年回到百度" is a return', () => {
    expect(findBoomerangs([{ ref: 0, relation: 'left', orgId: 1, date: '2019' }, { ref: 1, relation: 'joined', orgId: 1, date: '2023' }])).toEqual([{ leftRef: 0, joinedRef: 1 }]);
  });
  it('joined in 2021 and left in 2025 is no return', () => {
    expect(findBoomerangs([{ ref: 0, relation: 'joined', orgId: 1, date: '2021' }, { ref: 1, relation: 'left', orgId: 1, date: '2025-08' }])).toEqual([]);
  });
  it('dates that only agree (2024 / 2024-05), or undated claims, make no return', () => {
    expect(findBoomerangs([{ ref: 0, relation: 'left', orgId: 1, date: '2024' }, { ref: 1, relation: 'joined', orgId: 1, date: '2024-05' }])).toEqual([]);
    expect(findBoomerangs([{ ref: 0, relation: 'left', orgId: 1, date: null }, { ref: 1, relation: 'joined', orgId: 1, date: '2024-05' }])).toEqual([]);
  });
  it('another organisation is no return', () => {
    expect(findBoomerangs([{ ref: 0, relation: 'left', orgId: 1, date: '2019' }, { ref: 1, relation: 'joined', orgId: 2, date: '2023' }])).toEqual([]);
  });
});
