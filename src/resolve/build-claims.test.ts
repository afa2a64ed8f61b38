import { describe, expect, it } from 'vitest';
import { buildClaims, type ClaimFact } from './build-claims.js';

let nextId = 1;
function fact(docId: number, relation: ClaimFact['relation'], orgId: number | null, extra: Partial<ClaimFact> = {}): ClaimFact {
  return { id: nextId++, docId, storyId: docId, personId: 7, relation, orgId, unit: null, role: null, date: null, status: 'confirmed', sector: null, evidence: `e${docId}`, ...extra };
}

describe('buildClaims', () => {
  it('"加入字节跳动" in two articles is one claim with two sources', () => {
    const [claim, ...rest] = buildClaims([fact(1, 'joined', 10, { date: '2024' }), fact(2, 'joined', 10, { date: '2024-10' })]);
    expect(rest).toEqual([]);
    expect(claim!.sourceCount).toBe(2);
    // 2024 and 2024-10 agree: the more precise date stands, no conflict.
    expect(claim!.date).toBe('2024-10');
    expect(claim!.conflicts).toEqual([]);
  });

  it('"9月加入" against "10月加入" is a date conflict, dated by the earliest', () => {
    const a = fact(1, 'joined', 10, { date: '2024-10', status: 'reported' });
    const b = fact(2, 'joined', 10, { date: '2024-09', status: 'reported' });
    const [claim] = buildClaims([a, b]);
    expect(claim!.date).toBe('2024-09');
    expect(claim!.dateSort).toBe('2024-09-00');
    expect(claim!.status).toBe('reported');
    expect(claim!.conflicts).toEqual([{ field: 'date', values: [{ value: '2024-09', factIds: [b.id] }, { value: '2024-10', factIds: [a.id] }] }]);
  });

  it('roles where one contains the other ("负责人" / "大模型团队负责人") agree; others conflict', () => {
    const [agree] = buildClaims([fact(1, 'left', 3, { role: '负责人' }), fact(2, 'left', 3, { role: '大模型团队负责人' })]);
    expect(agree!.role).toBe('大模型团队负责人');
    expect(agree!.conflicts).toEqual([]);
    const [differ] = buildClaims([fact(1, 'left', 3, { role: '算法副总裁' }), fact(2, 'left', 3, { role: '核心团队成员' })]);
    expect(differ!.conflicts.map((c) => c.field)).toEqual(['role']);
  });

  it('a reprint and its original count as one source', () => {
    const [claim] = buildClaims([fact(1, 'left', 3), fact(2, 'left', 3, { storyId: 1 })]);
    expect(claim!.facts).toHaveLength(2);
    expect(claim!.sourceCount).toBe(1);
  });

  it('different relations or organisations are different claims', () => {
    expect(buildClaims([fact(1, 'left', 3), fact(1, 'joined', 4), fact(1, 'joined', 5)])).toHaveLength(3);
  });
});
