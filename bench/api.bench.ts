// The REST API under load: autocannon on loopback at ~200 requests/s against the organisation,
// person and flows endpoints of a generated store (1,000,000 facts by default; TALENTFLOW_BENCH_FACTS
// for a quicker run), with the server in its own process so the load generator does not share its
// event loop (TALENTFLOW_BENCH_API_DB measures an existing store instead). Also the dashboard's first-load JavaScript, gzipped, from the built assets.
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { openStore } from '../src/store/open-store.js';
import { getOverview } from '../src/analyze/index.js';
import { createServer } from '../src/server/create-server.js';
import { firstLoadSize } from '../src/server/first-load-size.js';

const FACTS = Number(process.env.TALENTFLOW_BENCH_FACTS ?? 1_000_000);
const SECONDS = Number(process.env.TALENTFLOW_BENCH_API_SECONDS ?? 10);
const RATE = Number(process.env.TALENTFLOW_BENCH_API_RATE ?? 200);
const root = fileURLToPath(new URL('..', import.meta.url));
/** The store helper's generator of a synthetic talent graph (facts, people, organisations). */
const SYNTHETIC_GRAPH_MODULE = '../src/store/synthetic-graph.js';

if (process.env.TALENTFLOW_BENCH_ROLE === 'server') await serve(process.env.TALENTFLOW_BENCH_DB!);
else await main();

async function main(): Promise<void> {
  const db = await syntheticStore();
  // The analytics as they are (cache off), and as served (GET answers reused for 5 s).
  for (const cache of [false, true]) {
    const server = await startServerProcess(db, cache);
    try {
      await measure(`http://127.0.0.1:${server.port}`, cache);
    } finally {
      server.child.kill('SIGTERM');
    }
  }
  reportFirstLoad();
}

async function measure(base: string, cache: boolean): Promise<void> {
  const overview = (await (await fetch(`${base}/api/overview`)).json()) as { people: number; facts: number };
  // The organisation with the most departures among the top movers: the largest alumni page.
  type Net = { org: { name: string }; departures: number };
  const net = (await (await fetch(`${base}/api/net-flows?limit=20`)).json()) as { exporters: Net[]; importers: Net[] };
  const busiest = [...net.exporters, ...net.importers].sort((a, b) => b.departures - a.departures)[0];
  if (!busiest) throw new Error('api bench: the generated store has no organisation with departures');
  const org = encodeURIComponent(busiest.org.name);
  console.log(`\nstore: ${overview.facts.toLocaleString('en')} facts, ${overview.people.toLocaleString('en')} people; organisation ${busiest.org.name} (${busiest.departures} departures); response cache ${cache ? 'on (5 s)' : 'off'}; ${RATE} req/s for ${SECONDS} s per endpoint, 10 connections`);
  let person = 0;
  const targets: Array<{ label: string; path: string | (() => string) }> = [
    { label: 'organisation (detail)', path: `/api/orgs/${org}` },
    { label: 'organisation (alumni, 50)', path: `/api/orgs/${org}/alumni?limit=50` },
    { label: 'organisation (activity)', path: `/api/orgs/${org}/activity` },
    // Spread over the people so the timeline is not one cached page.
    { label: 'person (timeline)', path: () => `/api/people/${1 + (person = (person * 7919 + 13) % overview.people)}` },
    { label: 'flows (top 30)', path: '/api/flows?top=30' },
  ];
  for (const target of targets) {
    const result = await load(base, target.path);
    const bad = result.errors + result.timeouts + result.non2xx;
    console.log(
      `api ${target.label.padEnd(26)} ${result.requests.average.toFixed(0).padStart(4)} req/s   p50 ${String(result.latency.p50).padStart(4)} ms   p99 ${String(result.latency.p99).padStart(4)} ms   max ${String(result.latency.max).padStart(5)} ms${bad ? `   failed ${bad}` : ''}`,
    );
  }
}

/** The generated store, kept in bench-output/ between runs (generating a million facts takes a while). */
async function syntheticStore(): Promise<string> {
  // An existing store can be measured instead (TALENTFLOW_BENCH_API_DB=talentflow.db).
  if (process.env.TALENTFLOW_BENCH_API_DB) return process.env.TALENTFLOW_BENCH_API_DB;
  const dir = `${root}bench-output`;
  mkdirSync(dir, { recursive: true });
  const path = `${dir}/api-synthetic-${FACTS}.db`;
  if (existsSync(path)) {
    const store = await openStore(path);
    const { facts } = await getOverview(store);
    await store.close();
    if (facts >= FACTS * 0.9) return path;
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  }
  const { generateSyntheticGraph } = await import(SYNTHETIC_GRAPH_MODULE);
  const t = performance.now();
  const store = await openStore(path);
  await generateSyntheticGraph(store, { facts: FACTS, people: Math.max(10, Math.round(FACTS / 10)), orgs: Math.max(5, Math.round(FACTS / 100)) });
  await store.close();
  console.log(`generated ${FACTS.toLocaleString('en')} facts in ${((performance.now() - t) / 1000).toFixed(1)} s → ${path}`);
  return path;
}

function startServerProcess(db: string, cache: boolean): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), [], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, TALENTFLOW_BENCH_ROLE: 'server', TALENTFLOW_BENCH_DB: db, TALENTFLOW_BENCH_CACHE: cache ? '1' : '0' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('message', (message) => resolve({ child, port: (message as { port: number }).port }));
    child.once('exit', (code) => reject(new Error(`api bench: server process exited with ${code}`)));
  });
}

/** The child: one server on a random loopback port, answering until it is told to stop. */
async function serve(db: string): Promise<void> {
  const store = await openStore(db);
  const app = await createServer({ store, webRoot: null, ...(process.env.TALENTFLOW_BENCH_CACHE === '0' ? { cacheTtlMs: 0 } : {}) });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  process.send!({ port: typeof address === 'object' && address ? address.port : 0 });
  process.once('SIGTERM', () => void app.close().then(() => store.close()).then(() => process.exit(0)));
}

/** One endpoint at a fixed overall rate on loopback, after a short warm-up. */
async function load(base: string, path: string | (() => string)): Promise<autocannon.Result> {
  const request = typeof path === 'string' ? { path } : { setupRequest: (req: autocannon.Request) => ({ ...req, path: path() }) };
  const url = typeof path === 'string' ? base + path : base;
  await autocannon({ url, connections: 4, amount: 50, requests: [request] });
  return autocannon({ url, connections: 10, duration: SECONDS, overallRate: RATE, requests: [request] });
}

function reportFirstLoad(): void {
  const dist = `${root}web/dist`;
  if (!existsSync(`${dist}/index.html`)) {
    console.log('web: not built (npm run build), first-load size not measured');
    return;
  }
  const size = firstLoadSize(dist, ['src/pages/overview-page.tsx', 'src/charts/echarts-core.ts']);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`web first load (overview): ${size.files.length} JS files, ${kb(size.jsBytes)} → ${kb(size.jsGzipBytes)} gzipped (+ ${kb(size.cssGzipBytes)} CSS gzipped); aim < 1024 KB`);
  for (const file of [...size.files].sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, 3)) console.log(`  ${file.file}: ${kb(file.gzipBytes)} gzipped`);
}
