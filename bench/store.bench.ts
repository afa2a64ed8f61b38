// The talent graph store: ingest throughput (files → SQLite, end to end) and query latency on a
// generated graph (default 1,000,000 facts, 100,000 people, 10,000 organisations) on SQLite and
// PostgreSQL. TALENTFLOW_BENCH_FACTS=100000 for a quicker run; TALENTFLOW_TEST_PG names the server.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openStore } from '../src/store/open-store.js';
import type { TalentStore } from '../src/store/schema.js';
import { ingestDocuments } from '../src/pipeline/ingest-documents.js';
import { generateSyntheticGraph, type SyntheticGraph } from '../src/store/synthetic-graph.js';
import { getFlows, getOrg, getOrgActivity, getPersonTimeline, listAlumni } from '../src/analyze/index.js';

const FACTS = Number(process.env.TALENTFLOW_BENCH_FACTS ?? 1_000_000);
const PG_ADMIN = process.env.TALENTFLOW_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** TALENTFLOW_BENCH_DIALECTS=sqlite measures SQLite only. */
const DIALECTS = (process.env.TALENTFLOW_BENCH_DIALECTS ?? 'sqlite,postgres').split(',');
const work = mkdtempSync(join(tmpdir(), 'talentflow-store-bench-'));

try {
  await ingestThroughput();
  if (DIALECTS.includes('sqlite')) await queryLatency('sqlite', join(work, 'graph.db'), async () => undefined);
  const pgUrl = DIALECTS.includes('postgres') ? await createPgDatabase() : null;
  if (pgUrl) await queryLatency('postgres', pgUrl.url, pgUrl.drop);
  else if (DIALECTS.includes('postgres')) console.log('postgres: no server at TALENTFLOW_TEST_PG, skipped');
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Articles from files into a fresh SQLite store: the sample and development articles, each in 10 variants. */
async function ingestThroughput(): Promise<void> {
  const shared = fileURLToPath(new URL('../../shared/', import.meta.url));
  const sources = ['corpus/seeds', 'eval/news-dev'].map((d) => join(shared, d)).filter(existsSync);
  const texts = sources.flatMap((d) => readdirSync(d).filter((f) => /\.(txt|md)$/.test(f)).map((f) => ({ name: f, text: readFileSync(join(d, f), 'utf8') })));
  if (texts.length === 0) {
    console.log('ingest: no sample articles found beside the repository, skipped');
    return;
  }
  const dir = join(work, 'articles');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(dir);
  const COPIES = 10;
  let chars = 0;
  for (let copy = 0; copy < COPIES; copy++) {
    for (const { name, text } of texts) {
      // A distinct last line: a new document each time (reprints of one story, as a wire feed gives them).
      const variant = `${text}\n\n（第${copy + 1}次转载）\n`;
      chars += variant.length;
      writeFileSync(join(dir, `${copy}-${name}`), variant);
    }
  }
  const store = await openStore(join(work, 'ingest.db'));
  const started = performance.now();
  const summary = await ingestDocuments(store, [dir]);
  const seconds = (performance.now() - started) / 1000;
  await store.close();
  const docs = summary.documents.new + summary.documents.nearDuplicate;
  console.log(`load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')} on ${(await import('node:os')).cpus().length} CPUs`);
  console.log(
    `ingest (files → SQLite, read + extract + resolve + store): ${docs} documents in ${seconds.toFixed(1)} s = ${(docs / seconds).toFixed(1)} documents/s ` +
      `(${(chars / seconds / 1000).toFixed(0)} k chars/s; ${summary.documents.nearDuplicate} linked as reprints, ${summary.facts} facts, ${summary.documents.failed} failed)`,
  );
}

async function queryLatency(dialect: string, url: string, cleanup: () => Promise<void>): Promise<void> {
  const store = await openStore(url);
  try {
    const sizes = { facts: FACTS, people: Math.round(FACTS / 10), orgs: Math.round(FACTS / 100) };
    const graph = await generateSyntheticGraph(store, sizes);
    console.log(
      `${dialect}: generated ${graph.facts.toLocaleString('en')} facts, ${sizes.people.toLocaleString('en')} people, ${sizes.orgs.toLocaleString('en')} organisations ` +
        `→ ${graph.claims.toLocaleString('en')} claims, ${graph.moves.toLocaleString('en')} moves in ${graph.seconds.toFixed(1)} s`,
    );
    await measure(store, graph, dialect);
  } finally {
    await store.close();
    await cleanup();
  }
}

async function measure(store: TalentStore, graph: SyntheticGraph, dialect: string): Promise<void> {
  let seed = 7;
  const pick = <T>(xs: T[]) => xs[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % xs.length]!;
  const large = graph.largestOrgIds.slice(0, 3);
  const alumniTotal = (await listAlumni(store, large[0]!, { limit: 1 })).total;
  const rows: Array<[string, Timings, string]> = [];
  rows.push(['alumni of a large organisation (page of 50)', await repeat(200, () => listAlumni(store, pick(large), { limit: 50 })), `largest has ${alumniTotal.toLocaleString('en')} alumni`]);
  rows.push(['organisation summary + monthly activity (large org)', await repeat(50, async () => { const org = pick(large); await getOrg(store, org); await getOrgActivity(store, org); }), '']);
  rows.push(['person timeline', await repeat(500, () => getPersonTimeline(store, pick(graph.personIds))), '']);
  const periods = [{}, { since: '2020-01' }, { since: '2023-06', until: '2024-12' }];
  rows.push(['top 20 flows (all time / since 2020 / 2023-06..2024)', await repeat(30, () => getFlows(store, { top: 20, ...pick(periods) })), '']);
  rows.push(['top 20 flows by organisation kind', await repeat(10, () => getFlows(store, { top: 20, by: 'kind' })), '']);
  for (const [label, { wall, cpu }, note] of rows) {
    // CPU time of this process: on SQLite (in-process) the query's own cost, least disturbed by other load on the machine.
    const cpuPart = dialect === 'sqlite' ? `  | CPU p50 ${fmt(percentile(cpu, 50))} p99 ${fmt(percentile(cpu, 99))} ms` : '';
    console.log(`${dialect}: ${label.padEnd(56)} p50 ${fmt(percentile(wall, 50))} ms  p99 ${fmt(percentile(wall, 99))} ms${cpuPart}  (${wall.length} runs${note ? `; ${note}` : ''})`);
  }
}

interface Timings {
  wall: number[];
  cpu: number[];
}

async function repeat(n: number, fn: () => Promise<unknown>): Promise<Timings> {
  await fn(); // warm-up
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    await fn();
    wall.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall, cpu };
}

function percentile(times: number[], p: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function fmt(ms: number): string {
  return ms < 10 ? ms.toFixed(2) : ms.toFixed(1);
}

async function createPgDatabase(): Promise<{ url: string; drop: () => Promise<void> } | null> {
  const admin = new pg.Client({ connectionString: PG_ADMIN });
  try {
    await admin.connect();
  } catch {
    return null;
  }
  const name = `talentflow_bench_${Date.now()}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_ADMIN);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_ADMIN });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
