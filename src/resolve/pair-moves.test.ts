import { describe, expect, it } from 'vitest';
import { pairMoves, type PairableClaim } from './pair-moves.js';

function claim(ref: number, relation: string, orgId: number | null, date: string | null, docs: number[], sentences: string[] = []): PairableClaim {
  return { ref, relation, orgId, date, status: 'confirmed', docIds: new Set(docs), sentences: new Set(sentences) };
}

describe('pairMoves', () => {
  it('"零一万物算法副总裁…加入了字节跳动": one undated sentence gives a move', () => {
    const moves = pairMoves([claim(0, 'left', 1, null, [5], ['5:s']), claim(1, 'joined', 2, null, [5], ['5:s'])]);
    expect(moves).toEqual([{ leftRef: 0, toRef: 1, toRelation: 'joined', date: null, dateSort: null, status: 'confirmed' }]);
  });

  it('pairs a departure with the nearest following arrival within 12 months', () => {
    const moves = pairMoves([
      claim(0, 'left', 1, '2024-07', [1]),
      claim(1, 'joined', 2, '2025-03', [2]),
      claim(2, 'founded', 3, '2024-09', [3]),
    ]);
    expect(moves.map((m) => [m.leftRef, m.toRef, m.date])).toEqual([[0, 2, '2024-09']]);
  });

  it('does not pair arrivals years later, nor an arrival at the same organisation', () => {
    expect(pairMoves([claim(0, 'left', 1, '2019', [1]), claim(1, 'joined', 2, '2023', [1])])).toEqual([]);
    expect(pairMoves([claim(0, 'left', 1, null, [1]), claim(1, 'joined', 1, '2021', [1])])).toEqual([]);
  });

  it('a past career in the same article ("曾在百度、滴滴任职") does not take an arrival already paired', () => {
    const moves = pairMoves([
      claim(0, 'left', 1, '2024', [4], ['4:a']),
      claim(1, 'joined', 2, '2024', [4], ['4:a']),
      claim(2, 'left', 3, null, [4], ['4:b']),
      claim(3, 'left', 4, null, [4], ['4:b']),
    ]);
    expect(moves.map((m) => [m.leftRef, m.toRef])).toEqual([[0, 1]]);
  });

  it('an undated departure pairs with a dated founding in the same article', () => {
    const moves = pairMoves([claim(0, 'left', 1, null, [2]), claim(1, 'founded', 9, '2023-04', [2])]);
    expect(moves.map((m) => [m.toRelation, m.date])).toEqual([['founded', '2023-04']]);
  });
});
