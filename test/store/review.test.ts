import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestStore, extractorFrom, type TestStore } from './test-setup.js';
import { scenario } from './scenario.js';
import { ingestDocument } from '../../src/pipeline/ingest-documents.js';
import { reextractAll } from '../../src/pipeline/reextract.js';
import { findPeople, getPersonTimeline, listAlumni, getDocument, findOrg } from '../../src/analyze/index.js';
import { listReviewDecisions, listReviewQueue, recordReviewDecision } from '../../src/store/review-decisions.js';
import { NotFoundError, UsageError } from '../../src/errors.js';

describe.each(DIALECTS)('review decisions (%s)', (dialect) => {
  let t: TestStore;
  const { docs, facts } = scenario();
  const extract = extractorFrom(facts);
  beforeEach(async () => {
    t = await createTestStore(dialect);
    for (const d of docs) await ingestDocument(t.store, d, { extract });
  });
  afterEach(async () => { await t.destroy(); });

  const keyOf = async (docKey: string, relation: string) => (await getDocument(t.store, docKey)).facts.find((f) => f.relation === relation)!.factKey;

  it('lists facts awaiting review, lowest confidence first', async () => {
    const queue = await listReviewQueue(t.store, { limit: 3 });
    expect(queue.total).toBe(15);
    expect(queue.items.map((f) => f.confidence)).toEqual([0.6, 0.7, null]);
    await recordReviewDecision(t.store, { action: 'accept', factKey: queue.items[0]!.factKey });
    expect((await listReviewQueue(t.store)).total).toBe(14);
  });

  it('keeps accept, reject and correct decisions through re-extraction', async () => {
    const rejected = await keyOf('a', 'left');
    const corrected = await keyOf('b', 'joined');
    const accepted = await keyOf('a', 'founded');
    await recordReviewDecision(t.store, { action: 'reject', factKey: rejected, author: 'reviewer' });
    await recordReviewDecision(t.store, { action: 'correct', factKey: corrected, changes: { date: '2024-10' } });
    await recordReviewDecision(t.store, { action: 'accept', factKey: accepted });

    const check = async () => {
      // The rejected departure no longer makes anyone an alumnus of 字节跳动.
      expect((await listAlumni(t.store, '字节跳动')).total).toBe(0);
      // The corrected date resolves the conflict.
      const joined = (await getPersonTimeline(t.store, '赵明远')).entries.find((e) => e.relation === 'joined')!;
      expect(joined.date).toBe('2024-10');
      expect(joined.conflicts).toEqual([]);
      const a = await getDocument(t.store, 'a');
      expect(a.facts.map((f) => [f.relation, f.reviewState])).toEqual([['left', 'rejected'], ['founded', 'accepted']]);
    };
    await check();
    const summary = await reextractAll(t.store, undefined, extract);
    expect(summary.documents).toBe(9);
    await check();
    expect((await listReviewDecisions(t.store)).map((d) => d.action)).toEqual(['reject', 'correct', 'accept']);
  });

  it('merges two people on request, and the merge survives re-extraction', async () => {
    const [older, newer] = await findPeople(t.store, '王伟');
    await recordReviewDecision(t.store, { action: 'merge_people', from: newer!.id, into: older!.id });
    const merged = async () => {
      const people = await findPeople(t.store, '王伟');
      expect(people.map((p) => p.id)).toEqual([older!.id]);
      expect((await getPersonTimeline(t.store, older!.id)).entries.map((e) => e.org?.name).sort()).toEqual(['月之暗面', '月之暗面', '联想']);
    };
    await merged();
    await reextractAll(t.store, undefined, extract);
    await merged();
  });

  it('merges organisations and adds aliases', async () => {
    const moon = (await findOrg(t.store, '月之暗面'))!;
    await recordReviewDecision(t.store, { action: 'add_alias', target: 'org', id: moon.id, alias: 'Moonshot AI' });
    expect((await findOrg(t.store, 'moonshot ai'))?.id).toBe(moon.id);
    const star = (await findOrg(t.store, '星云智能'))!;
    await recordReviewDecision(t.store, { action: 'merge_orgs', from: star.id, into: moon.id });
    expect((await findOrg(t.store, '星云智能'))?.id).toBe(moon.id);
    const alumni = await listAlumni(t.store, '字节跳动');
    expect(alumni.items[0]!.wentTo.map((w) => w.org?.name)).toEqual(['月之暗面']);
  });

  it('refuses decisions about unknown facts and malformed corrections', async () => {
    await expect(recordReviewDecision(t.store, { action: 'accept', factKey: 'nope' })).rejects.toBeInstanceOf(NotFoundError);
    const key = await keyOf('a', 'left');
    await expect(recordReviewDecision(t.store, { action: 'correct', factKey: key, changes: { date: '24年' } })).rejects.toBeInstanceOf(UsageError);
    expect(await listReviewDecisions(t.store)).toEqual([]);
  });
});
