import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestStore, extractorFrom, makeDocument, makeFact, type TestStore } from './test-setup.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestDocument, ingestDocuments } from '../../src/pipeline/ingest-documents.js';
import { getDocument, getPersonTimeline } from '../../src/analyze/index.js';
import type { Document } from '../../src/ingest/document.js';
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

describe.each(DIALECTS)('ingest batches and reprints (%s)', (dialect) => {
  let t: TestStore;
  let dir: string;
  beforeEach(async () => {
    t = await createTestStore(dialect);
    dir = mkdtempSync(join(tmpdir(), 'talentflow-batch-'));
  });
  afterEach(async () => {
    await t.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const story = [
    '本报讯 近日，国内一家大模型创业公司迎来人事变动。',
    '据知情人士透露，星河智能首席科学家林晓东已经离职，他在公司负责基础模型研究超过三年，此前曾在多家互联网公司任职。',
    '林晓东在离职前主导了公司第二代多模态模型的训练，该模型在多个公开评测中取得了不错的成绩。',
    '对于离职原因，公司方面回应称属于正常人员流动，相关工作已经由新的负责人接手，研发进度不受影响。',
    '业内人士认为，随着大模型行业进入下半场，核心技术人才的流动将更加频繁，创业公司之间的人才争夺也会更加激烈。',
    '有消息称，林晓东将加入一家头部互联网公司，继续从事大模型相关工作，但具体去向尚未得到官方确认。',
  ].join('\n');

  it('goes on past a source that cannot be read, and reports it', async () => {
    writeFileSync(join(dir, 'one.txt'), story);
    writeFileSync(join(dir, 'two.txt'), '另一篇文章：赵明远加入字节跳动。');
    const missing = join(dir, 'missing.txt');
    const seen: string[] = [];
    const summary = await ingestDocuments(t.store, [join(dir, 'one.txt'), missing, join(dir, 'two.txt')], {}, (p) => seen.push(p.outcome), { extract: () => [] });
    expect(summary.documents).toEqual({ new: 2, duplicate: 0, nearDuplicate: 0, failed: 1 });
    expect(summary.failures[0]!.source).toBe(missing);
    expect(seen).toEqual(['new', 'failed', 'new']);
    expect(summary.totals.documents).toBe(2);
  });

  it('links a reprint of the same story to its original and does not count it as another source', async () => {
    const original = makeDocument('orig', story, '2025-01-02');
    const reprintText = `转载自某科技媒体\n${story}\n（本文仅代表作者观点）`;
    const reprint = makeDocument('reprint', reprintText, '2025-01-03');
    const extract = (d: Document) => [makeFact(d, '林晓东', 'left', '星河智能', '据知情人士透露，星河智能首席科学家林晓东已经离职', { date: '2025-01' })];
    expect((await ingestDocument(t.store, original, { extract })).outcome).toBe('new');
    const second = await ingestDocument(t.store, reprint, { extract });
    expect(second.outcome).toBe('near_duplicate');
    expect(second.facts[0]!.independent).toBe(false);
    const claim = (await getPersonTimeline(t.store, '林晓东')).entries[0]!;
    expect(claim.sources).toHaveLength(2);
    expect(claim.sourceCount).toBe(1);
    expect((await getDocument(t.store, 'reprint')).nearDuplicateOf).toBe(second.nearDuplicateOf);
  });
});
