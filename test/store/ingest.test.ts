import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestStore, extractorFrom, makeDocument, makeFact, type TestStore } from './test-setup.js';
import { ingestDocument } from '../../src/pipeline/ingest-documents.js';
import { countStore } from '../../src/pipeline/count-store.js';
import type { Fact } from '../../src/extract/fact.js';

describe.each(DIALECTS)('ingest (%s)', (dialect) => {
  let t: TestStore;
  beforeEach(async () => { t = await createTestStore(dialect); });
  afterEach(async () => { await t.destroy(); });

  const text = '据悉，星河智能算法副总裁林晓东已于今年3月离职，加入字节跳动。';
  const doc = makeDocument('a1', text, '2025-04-02', '星河智能人事变动');
  const facts = [
    makeFact(doc, '林晓东', 'left', '星河智能', text, { role: '算法副总裁', date: '2025-03', status: 'reported' }),
    makeFact(doc, '林晓东', 'joined', '字节跳动', text, { date: '2025-03', status: 'reported' }),
  ];
  const extract = extractorFrom(new Map([['a1', facts]]));

  it('stores the document, its facts, one person and two organisations', async () => {
    const result = await ingestDocument(t.store, doc, { extract });
    expect(result.outcome).toBe('new');
    expect(result.facts.map((f) => [f.person, f.relation, f.org])).toEqual([['林晓东', 'left', '星河智能'], ['林晓东', 'joined', '字节跳动']]);
    expect(result.facts[0]!.personId).toBe(result.facts[1]!.personId);
    expect(await countStore(t.store)).toEqual({ documents: 1, facts: 2, people: 1, orgs: 2 });
    const moves = await t.store.db.selectFrom('moves').selectAll().execute();
    expect(moves).toHaveLength(1);
    expect(moves[0]!.date).toBe('2025-03');
  });

  it('changes nothing when the same article is ingested again', async () => {
    await ingestDocument(t.store, doc, { extract });
    const before = await countStore(t.store);
    const claimsBefore = await t.store.db.selectFrom('claims').selectAll().execute();
    const again = await ingestDocument(t.store, makeDocument('a1-copy', text, '2025-04-02'), { extract });
    expect(again.outcome).toBe('duplicate');
    expect(await countStore(t.store)).toEqual(before);
    expect(await t.store.db.selectFrom('claims').selectAll().execute()).toEqual(claimsBefore);
  });

  it('stores nothing of a document whose storing fails half-way', async () => {
    const broken: Fact[] = [facts[0]!, { ...facts[1]!, person: null as unknown as string }];
    await expect(ingestDocument(t.store, doc, { extract: () => broken })).rejects.toThrow();
    expect(await countStore(t.store)).toEqual({ documents: 0, facts: 0, people: 0, orgs: 0 });
    // Running again (with a working extractor) completes it.
    expect((await ingestDocument(t.store, doc, { extract })).outcome).toBe('new');
    expect((await countStore(t.store)).facts).toBe(2);
  });
});
