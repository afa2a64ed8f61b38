import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, createTestStore, type TestStore } from '../store/test-setup.js';
import { ingestDocuments, type IngestSummary } from '../../src/pipeline/ingest-documents.js';
import { getFlows, getPersonTimeline, listAlumni, listDepartures } from '../../src/analyze/index.js';

/**
 * Issue 3's acceptance on the sample corpus, through the real pipeline (reader, extractor, store).
 * Who is expected comes from the shared gold file at run time, so no sample person is named here.
 */
const corpus = fileURLToPath(new URL('../../../shared/corpus/seeds', import.meta.url));
const goldFile = fileURLToPath(new URL('../../../shared/eval/seeds.gold.jsonl', import.meta.url));
const available = existsSync(corpus) && existsSync(goldFile);

interface GoldFact { doc: string; person: string; relation: string; org: string | null; date: string | null }
const gold: GoldFact[] = available ? readFileSync(goldFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GoldFact) : [];
const peopleWith = (relation: string, org: string) => new Set(gold.filter((f) => f.relation === relation && f.org === org).map((f) => f.person));
const docsOf = (person: string, relation: string, org: string) => new Set(gold.filter((f) => f.person === person && f.relation === relation && f.org === org).map((f) => f.doc));

describe.skipIf(!available).each(DIALECTS)('sample corpus acceptance (%s)', (dialect) => {
  let t: TestStore;
  let summary: IngestSummary;
  beforeAll(async () => {
    t = await createTestStore(dialect);
    summary = await ingestDocuments(t.store, [corpus]);
  });
  afterAll(async () => { await t.destroy(); });

  it('ingests the five articles, and again changes nothing', async () => {
    expect(summary.documents).toEqual({ new: 5, duplicate: 0, nearDuplicate: 0, failed: 0 });
    const again = await ingestDocuments(t.store, [corpus]);
    expect(again.documents.duplicate).toBe(5);
    expect(again.totals).toEqual(summary.totals);
  });

  it('org 字节跳动 --alumni lists the former ByteDance people with evidence and where they went', async () => {
    const alumni = await listAlumni(t.store, '字节跳动', { limit: 500 });
    const listed = new Map(alumni.items.map((a) => [a.person.name, a]));
    for (const person of peopleWith('left', '字节跳动')) {
      expect(listed.has(person), `${person} among the alumni`).toBe(true);
      expect(listed.get(person)!.left.sources[0]!.evidence.length).toBeGreaterThan(0);
      // Where the gold says they went (a named company joined or founded), the alumni view says so too.
      const went = gold.filter((f) => f.person === person && (f.relation === 'joined' || f.relation === 'founded') && f.org && f.org !== '字节跳动').map((f) => f.org);
      const shown = [...listed.get(person)!.wentTo.map((w) => w.org?.name), ...listed.get(person)!.founded.map((f) => f.org?.name)];
      for (const org of went) expect(shown, `${person} went to ${org}`).toContain(org);
    }
  });

  it('org 零一万物 --departures lists its six departed executives', async () => {
    const expected = peopleWith('left', '零一万物');
    expect(expected.size).toBe(6);
    const departures = await listDepartures(t.store, '零一万物', { limit: 500 });
    const names = new Set(departures.items.map((c) => c.person.name));
    for (const person of expected) expect(names, person).toContain(person);
  });

  it('the move 零一万物 → 字节跳动 is backed by two sources', async () => {
    const movers = [...peopleWith('left', '零一万物')].filter((p) => peopleWith('joined', '字节跳动').has(p) && docsOf(p, 'joined', '字节跳动').size >= 2);
    expect(movers.length).toBeGreaterThan(0);
    for (const person of movers) {
      const timeline = await getPersonTimeline(t.store, person);
      const move = timeline.moves.find((m) => m.from?.name === '零一万物' && m.to?.name === '字节跳动');
      expect(move, `${person}: 零一万物 → 字节跳动`).toBeDefined();
      expect(move!.sourceCount).toBeGreaterThanOrEqual(2);
    }
  });

  it('the move 阿里巴巴 → 字节跳动 shows its differing reported dates as a conflict', async () => {
    const movers = [...peopleWith('left', '阿里巴巴')].filter((p) => {
      const dates = new Set(gold.filter((f) => f.person === p && f.relation === 'joined' && f.org === '字节跳动').map((f) => f.date));
      return dates.size >= 2;
    });
    expect(movers.length).toBeGreaterThan(0);
    for (const person of movers) {
      const timeline = await getPersonTimeline(t.store, person);
      const move = timeline.moves.find((m) => m.from?.name === '阿里巴巴' && m.to?.name === '字节跳动');
      expect(move, `${person}: 阿里巴巴 → 字节跳动`).toBeDefined();
      const joined = timeline.entries.find((e) => e.relation === 'joined' && e.org?.name === '字节跳动')!;
      expect(joined.conflicts.find((c) => c.field === 'date')?.values.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('flows show 零一万物 → 字节跳动 and 阿里巴巴 → 字节跳动', async () => {
    const flows = (await getFlows(t.store, { top: 100 })).map((f) => `${f.from.name}→${f.to.name}`);
    expect(flows).toContain('零一万物→字节跳动');
    expect(flows).toContain('阿里巴巴→字节跳动');
  });
});
