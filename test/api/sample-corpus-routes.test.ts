import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { call, ingestSeeds, listen, tempStore, type TestServer } from './test-server.js';

const BYTEDANCE = encodeURIComponent('字节跳动');

// The read routes over the sample corpus, ingested through the real pipeline into a real SQLite store.
describe('the API over the sample corpus', () => {
  let temp: Awaited<ReturnType<typeof tempStore>>;
  let server: TestServer;

  beforeAll(async () => {
    temp = await tempStore();
    await ingestSeeds(temp.store);
    server = await listen({ store: temp.store });
  });

  afterAll(async () => {
    await server?.close();
    await temp?.store.close();
    temp?.remove();
  });

  it('counts the five articles and what was extracted from them', async () => {
    const { status, body } = await call(`${server.url}/api/overview`);
    expect(status).toBe(200);
    expect(body.documents).toBe(5);
    expect(body.facts).toBeGreaterThan(10);
    expect(body.people).toBeGreaterThan(5);
    expect(body.moves).toBeGreaterThan(0);
  });

  it('finds 字节跳动 by its English name too', async () => {
    const byName = await call(`${server.url}/api/orgs/${BYTEDANCE}`);
    expect(byName.status).toBe(200);
    expect(byName.body.name).toBe('字节跳动');
    const byAlias = await call(`${server.url}/api/orgs/ByteDance`);
    expect(byAlias.body.id).toBe(byName.body.id);
  });

  it('lists the alumni of 字节跳动 with where they went or what they founded', async () => {
    const { status, body } = await call(`${server.url}/api/orgs/${BYTEDANCE}/alumni?limit=100`);
    expect(status).toBe(200);
    expect(body.total).toBeGreaterThan(3);
    expect(body.items.length).toBe(Math.min(100, body.total));
    for (const alumnus of body.items) {
      expect(alumnus.left.relation).toBe('left');
      expect(alumnus.left.sources.length).toBeGreaterThan(0);
    }
    expect(body.items.some((a: { wentTo: unknown[]; founded: unknown[] }) => a.wentTo.length + a.founded.length > 0)).toBe(true);
  });

  it('pages the latest moves: two pages of two, the same total, no row twice', async () => {
    const first = await call(`${server.url}/api/moves?limit=2`);
    const second = await call(`${server.url}/api/moves?limit=2&offset=2`);
    expect(first.body).toMatchObject({ limit: 2, offset: 0 });
    expect(second.body.total).toBe(first.body.total);
    expect(first.body.items).toHaveLength(2);
    const ids = [...first.body.items, ...second.body.items].map((m: { id: number }) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('answers the activity of 字节跳动 per quarter and per month', async () => {
    const quarter = await call(`${server.url}/api/orgs/${BYTEDANCE}/activity`);
    expect(quarter.body.period).toBe('quarter');
    expect(quarter.body.series.every((row: { period: string }) => /^\d{4}-Q[1-4]$/.test(row.period))).toBe(true);
    const month = await call(`${server.url}/api/orgs/${BYTEDANCE}/activity?period=month`);
    expect(month.body.series.every((row: { period: string }) => /^\d{4}-\d{2}$/.test(row.period))).toBe(true);
    const counted = (series: Array<{ departures: number }>) => series.reduce((n, row) => n + row.departures, 0);
    expect(counted(quarter.body.series) + quarter.body.undated.departures).toBeGreaterThan(0);
  });

  it('draws the ego network of 字节跳动 from the organisation to people to their next organisations', async () => {
    const { body } = await call(`${server.url}/api/orgs/${BYTEDANCE}/network`);
    const ids = new Set(body.nodes.map((n: { id: string }) => n.id));
    expect(body.nodes.some((n: { type: string }) => n.type === 'person')).toBe(true);
    for (const edge of body.edges) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    }
  });

  it('gives a person’s timeline whose evidence is found at its offsets in the stored article', async () => {
    const alumni = await call(`${server.url}/api/orgs/${BYTEDANCE}/alumni?limit=1`);
    const person = alumni.body.items[0].person;
    const { status, body } = await call(`${server.url}/api/people/${person.id}`);
    expect(status).toBe(200);
    expect(body.person).toEqual(person);
    expect(body.entries.length).toBeGreaterThan(0);
    const source = body.entries.flatMap((e: { sources: unknown[] }) => e.sources).find((s: { evidenceStart: number | null }) => s.evidenceStart !== null);
    expect(source).toBeDefined();
    const article = await call(`${server.url}/api/articles/${source.docId}`);
    expect(article.body.text.slice(source.evidenceStart, source.evidenceEnd)).toBe(source.evidence);
  });

  it('answers an article with every fact’s evidence at its offsets', async () => {
    const list = await call(`${server.url}/api/articles?limit=10`);
    expect(list.body.total).toBe(5);
    const withFacts = list.body.items.find((d: { factCount: number }) => d.factCount > 0);
    const { body } = await call(`${server.url}/api/articles/${withFacts.id}`);
    expect(body.facts).toHaveLength(withFacts.factCount);
    for (const fact of body.facts) {
      if (fact.evidenceStart !== null) expect(body.text.slice(fact.evidenceStart, fact.evidenceEnd)).toBe(fact.evidence);
    }
  });

  it('shows flows between organisations and between kinds of organisation', async () => {
    const byOrg = await call(`${server.url}/api/flows?top=50`);
    expect(byOrg.body.by).toBe('org');
    expect(byOrg.body.flows.length).toBeGreaterThan(0);
    expect(byOrg.body.flows.some((f: { to: { name: string } }) => f.to.name === '字节跳动')).toBe(true);
    const byKind = await call(`${server.url}/api/flows?by=kind`);
    expect(byKind.body.flows.every((f: { from: { id: number | null } }) => f.from.id === null)).toBe(true);
    const net = await call(`${server.url}/api/net-flows?limit=5`);
    expect(net.body.exporters.length + net.body.importers.length).toBeGreaterThan(0);
  });

  it('searches article text (竞业) and organisations', async () => {
    const text = await call(`${server.url}/api/search?q=${encodeURIComponent('竞业')}`);
    expect(text.body.documents.items.length).toBeGreaterThan(0);
    const org = await call(`${server.url}/api/search?q=${encodeURIComponent('字节')}&kind=orgs`);
    expect(org.body.orgs.items.map((o: { name: string }) => o.name)).toContain('字节跳动');
    expect(org.body.documents.items).toHaveLength(0);
  });

  it('orders the review queue by confidence, lowest first', async () => {
    const { body } = await call(`${server.url}/api/review?limit=50`);
    expect(body.total).toBeGreaterThan(0);
    const confidences = body.items.map((f: { confidence: number | null }) => f.confidence).filter((c: number | null) => c !== null);
    expect(confidences).toEqual([...confidences].sort((a, b) => a - b));
  });
});

// Writes: adding an article, and review decisions that survive a restart on the same store.
describe('writes through the API', () => {
  let temp: Awaited<ReturnType<typeof tempStore>>;
  let server: TestServer;

  beforeAll(async () => {
    temp = await tempStore();
    await ingestSeeds(temp.store);
    server = await listen({ store: temp.store });
  });

  afterAll(async () => {
    await server?.close();
    await temp?.store.close();
    temp?.remove();
  });

  it('adds a pasted article and answers its facts at once; the same text again is a duplicate', async () => {
    const text = '据报道，原百度自动驾驶负责人沈未央已于2024年5月离职，加入理想汽车担任CTO。';
    const first = await call(`${server.url}/api/articles`, { body: { text, published: '2024-06-01', title: '人事变动' } });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ outcome: 'new', duplicate: false, document: { title: '人事变动', published: '2024-06-01' } });
    const people = first.body.facts.map((f: { person: string; relation: string }) => `${f.person}:${f.relation}`);
    expect(people).toEqual(expect.arrayContaining(['沈未央:joined']));
    const again = await call(`${server.url}/api/articles`, { body: { text, published: '2024-06-01' } });
    expect(again.body).toMatchObject({ outcome: 'duplicate', duplicate: true, document: { id: first.body.document.id } });
    expect(again.body.facts.length).toBe(first.body.facts.length);
  });

  it('refuses to fetch an article from a loopback address', async () => {
    const { status, body } = await call(`${server.url}/api/articles`, { body: { url: `${server.url}/api/overview` } });
    expect(status).toBe(422);
    expect(body.error.code).toBe('source_error');
  });

  it('refuses an article given both as text and as a URL', async () => {
    const { status } = await call(`${server.url}/api/articles`, { body: { text: '某某加入某公司。', url: 'https://example.com/a' } });
    expect(status).toBe(400);
  });

  it('keeps an accepted fact accepted after the server restarts on the same store', async () => {
    const queue = await call(`${server.url}/api/review?limit=1`);
    const fact = queue.body.items[0];
    const decided = await call(`${server.url}/api/review/facts/${fact.factKey}`, { body: { action: 'accept', author: 'api-test' } });
    expect(decided.status).toBe(200);
    expect(decided.body.decision).toMatchObject({ action: 'accept', target: fact.factKey, author: 'api-test' });

    await server.close();
    await temp.store.close();
    temp.store = await openStore(temp.path);
    server = await listen({ store: temp.store });

    const article = await call(`${server.url}/api/articles/${fact.docId}`);
    expect(article.body.facts.find((f: { factKey: string }) => f.factKey === fact.factKey).reviewState).toBe('accepted');
    const after = await call(`${server.url}/api/review?limit=200`);
    expect(after.body.total).toBe(queue.body.total - 1);
    expect(after.body.items.map((f: { factKey: string }) => f.factKey)).not.toContain(fact.factKey);
    const decisions = await call(`${server.url}/api/review/decisions?limit=200`);
    expect(decisions.body.items.map((d: { target: string }) => d.target)).toContain(fact.factKey);
  });

  it('corrects a fact’s date, and refuses a correction that is not a date', async () => {
    const { body: queue } = await call(`${server.url}/api/review?limit=1`);
    const fact = queue.items[0];
    const bad = await call(`${server.url}/api/review/facts/${fact.factKey}`, { body: { action: 'correct', correction: { date: '去年' } } });
    expect(bad.status).toBe(400);
    const good = await call(`${server.url}/api/review/facts/${fact.factKey}`, { body: { action: 'correct', correction: { date: '2023-07' } } });
    expect(good.status).toBe(200);
    const article = await call(`${server.url}/api/articles/${fact.docId}`);
    expect(article.body.facts.find((f: { factKey: string }) => f.factKey === fact.factKey)).toMatchObject({ date: '2023-07', reviewState: 'corrected' });
  });

  it('adds an alias to an organisation, found by it afterwards', async () => {
    const org = await call(`${server.url}/api/orgs/${encodeURIComponent('字节跳动')}`);
    const added = await call(`${server.url}/api/review/aliases`, { body: { target: 'org', id: org.body.id, alias: '抖音集团测试名' } });
    expect(added.status).toBe(200);
    const byAlias = await call(`${server.url}/api/orgs/${encodeURIComponent('抖音集团测试名')}`);
    expect(byAlias.body.id).toBe(org.body.id);
  });

  it('answers 404 for a decision on a fact that does not exist', async () => {
    const { status, body } = await call(`${server.url}/api/review/facts/no-such-fact`, { body: { action: 'reject' } });
    expect(status).toBe(404);
    expect(body.error.code).toBe('not_found');
  });
});
