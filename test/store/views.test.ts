import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, createTestStore, extractorFrom, type TestStore } from './test-setup.js';
import { scenario } from './scenario.js';
import { ingestDocument } from '../../src/pipeline/ingest-documents.js';
import {
  findPeople, getFlows, getNetFlows, getOrg, getOrgActivity, getOrgNetwork, getOverview, getPersonTimeline, listAlumni,
  listBoomerangs, listDepartures, listHomonyms, listFounders, countSectors, listLatestMoves, search, getDocument, listDocuments,
} from '../../src/analyze/index.js';

describe.each(DIALECTS)('derived views (%s)', (dialect) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await createTestStore(dialect);
    const { docs, facts } = scenario();
    const extract = extractorFrom(facts);
    for (const d of docs) await ingestDocument(t.store, d, { extract });
  });
  afterAll(async () => { await t.destroy(); });

  it('keeps a move stated by two articles as one claim with both sources (null and 2024 agree)', async () => {
    const timeline = await getPersonTimeline(t.store, '陈思远');
    const joined = timeline.entries.find((e) => e.relation === 'joined')!;
    expect(joined.org?.name).toBe('字节跳动');
    expect(joined.sourceCount).toBe(2);
    expect(joined.sources.map((s) => s.docKey).sort()).toEqual(['d', 'e']);
    expect(joined.date).toBe('2024');
    expect(joined.conflicts).toEqual([]);
    expect(timeline.moves.map((m) => [m.from?.name, m.to?.name])).toEqual([['零一万物', '字节跳动']]);
    expect(timeline.moves[0]!.sourceCount).toBe(2);
  });

  it('shows differing dates of one claim as a conflict (2024-09 in one article, 2024-10 in another)', async () => {
    const timeline = await getPersonTimeline(t.store, '赵明远');
    const joined = timeline.entries.find((e) => e.relation === 'joined')!;
    expect(joined.conflicts).toEqual([{ field: 'date', values: [{ value: '2024-09', factIds: expect.any(Array) }, { value: '2024-10', factIds: expect.any(Array) }] }]);
    expect(timeline.moves).toHaveLength(1);
    expect(timeline.moves[0]!.from?.name).toBe('阿里巴巴');
    expect(timeline.moves[0]!.conflicts.length).toBeGreaterThan(0);
  });

  it('lists alumni with where they went and what they founded, units included', async () => {
    const alumni = await listAlumni(t.store, '字节跳动');
    expect(alumni.items.map((a) => a.person.name)).toEqual(['林晓东']);
    const one = alumni.items[0]!;
    expect(one.left.unit).toBe('TikTok');
    expect(one.left.sources[0]!.evidence).toContain('TikTok算法负责人');
    expect(one.wentTo).toEqual([{ org: expect.objectContaining({ name: '星云智能' }), relation: 'founded', date: '2025-01' }]);
    expect(one.founded).toEqual([{ org: expect.objectContaining({ name: '星云智能' }), sector: 'AI Coding', date: '2025-01' }]);
  });

  it('counts departures of an organisation over a period', async () => {
    const all = await listDepartures(t.store, '零一万物');
    expect(all.items.map((c) => c.person.name)).toEqual(['陈思远']);
    // A claim whose sources disagree on the date (2024-07 / 2024-09) is dated by the earliest.
    expect((await listDepartures(t.store, '阿里巴巴', { since: '2024-07' })).total).toBe(1);
    expect((await listDepartures(t.store, '阿里巴巴', { until: '2024-06' })).total).toBe(0);
    // A year-only date is in any period it overlaps: 零一万物's departure "2024" is since 2024-06.
    expect((await listDepartures(t.store, '零一万物', { since: '2024-06' })).total).toBe(1);
    expect((await listDepartures(t.store, '零一万物', { since: '2025' })).total).toBe(0);
    const none = await listDepartures(t.store, '阿里巴巴', { since: '2025-01' });
    expect(none.total).toBe(0);
    const activity = await getOrgActivity(t.store, '字节跳动', { period: 'quarter' });
    expect(activity.series).toContainEqual({ period: '2024-Q4', departures: 1, arrivals: 0 });
    expect(activity.series).toContainEqual({ period: '2024-Q3', departures: 0, arrivals: 1 });
  });

  it('finds boomerangs: joined an organisation left before', async () => {
    const b = await listBoomerangs(t.store);
    expect(b.items.map((x) => [x.person.name, x.org.name, x.left.date, x.rejoined.date])).toEqual([['周明', '百度', '2019', '2023']]);
  });

  it('keeps two same-named people apart when they share no organisation and are years apart', async () => {
    const people = await findPeople(t.store, '王伟');
    expect(people).toHaveLength(2);
    const later = await getPersonTimeline(t.store, people[1]!.id);
    expect(later.entries.map((e) => [e.relation, e.org?.name])).toEqual([['joined', '月之暗面'], ['left', '月之暗面']]);
    expect(later.homonyms.map((h) => h.id)).toEqual([people[0]!.id]);
    expect((await getOverview(t.store)).homonyms).toBe(1);
    const pairs = await listHomonyms(t.store);
    expect(pairs.items).toEqual([{ person: people[1], sameNameAs: people[0] }]);
  });

  it('ranks flows between organisations and kinds', async () => {
    const flows = await getFlows(t.store, { top: 10 });
    expect(flows.map((f) => `${f.from.name}→${f.to.name}:${f.count}`).sort()).toEqual(['字节跳动→星云智能:1', '阿里巴巴→字节跳动:1', '零一万物→字节跳动:1']);
    const since = await getFlows(t.store, { since: '2025-01' });
    expect(since.map((f) => f.to.name)).toEqual(['星云智能']);
    const byKind = await getFlows(t.store, { by: 'kind' });
    expect(byKind.reduce((n, f) => n + f.count, 0)).toBe(3);
    const net = await getNetFlows(t.store);
    expect(net.importers[0]!.org.name).toBe('字节跳动');
    expect(net.importers[0]).toMatchObject({ arrivals: 2, departures: 1, net: 1 });
  });

  it('lists founders with sectors, and the latest moves first', async () => {
    const founders = await listFounders(t.store, { alumniOf: '字节跳动' });
    expect(founders.items.map((f) => [f.person.name, f.org?.name, f.sector, f.previous.map((p) => p.name)])).toEqual([['林晓东', '星云智能', 'AI Coding', ['字节跳动']]]);
    expect(await countSectors(t.store)).toEqual([{ sector: 'AI Coding', founded: 1 }]);
    const latest = await listLatestMoves(t.store, { limit: 2 });
    expect(latest.total).toBe(3);
    expect(latest.items.map((m) => m.person.name)).toEqual(['林晓东', '赵明远']);
  });

  it('describes an organisation and its ego network', async () => {
    const org = await getOrg(t.store, '字节跳动');
    expect(org.units).toEqual([{ name: 'TikTok', facts: 1 }]);
    expect(org.counts).toMatchObject({ departures: 1, arrivals: 2, alumni: 1 });
    const net = await getOrgNetwork(t.store, '字节跳动');
    expect(net.nodes.map((n) => n.label)).toEqual(expect.arrayContaining(['字节跳动', '林晓东', '星云智能', '赵明远', '陈思远']));
    expect(net.edges).toContainEqual(expect.objectContaining({ relation: 'founded', date: '2025-01' }));
  });

  it('searches people, organisations and Chinese article text (two and four characters)', async () => {
    const r = await search(t.store, '明远');
    expect(r.people.map((p) => p.name)).toEqual(['赵明远']);
    expect(r.documents.map((d) => d.docKey).sort()).toEqual(['b', 'c']);
    const longer = await search(t.store, '正式加盟');
    expect(longer.documents.map((d) => d.docKey)).toEqual(['c']);
    expect(longer.documents[0]!.snippet).toContain('正式加盟');
    expect((await search(t.store, '月之')).orgs.map((o) => o.name)).toEqual(['月之暗面']);
  });

  it('shows an article with its facts at their evidence', async () => {
    const doc = await getDocument(t.store, 'a');
    expect(doc.facts).toHaveLength(2);
    for (const f of doc.facts) expect(doc.text.slice(f.evidenceStart!, f.evidenceEnd!)).toBe(f.evidence);
    const list = await listDocuments(t.store, { limit: 3 });
    expect(list.total).toBe(9);
    expect(list.items[0]!.docKey).toBe('i');
  });
});
