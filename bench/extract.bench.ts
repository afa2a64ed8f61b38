// Extraction throughput on one core, beside bare @node-rs/jieba segmentation of the same text in
// the same run, and peak memory. The corpus (≥ 20 MB, TALENTFLOW_BENCH_MB to change) is built from
// the sample articles in ../shared/corpus/seeds, written to a temporary folder and read back through
// the real reader, so the figure is end to end: decode, clean, metadata, extract.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { extractFacts } from '../src/extract/extract-facts.js';
import { readSources } from '../src/ingest/read-sources.js';

const targetMb = Number(process.env.TALENTFLOW_BENCH_MB ?? 20);
const seeds = resolve(process.env.TALENTFLOW_SHARED ?? '../shared', 'corpus/seeds');
const samples = readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seeds, f), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'talentflow-bench-'));
let bytes = 0;
let files = 0;
while (bytes < targetMb * 1e6) {
  const text = samples[files % samples.length]!;
  writeFileSync(join(dir, `a${String(files).padStart(6, '0')}.txt`), text);
  bytes += Buffer.byteLength(text);
  files++;
}
const mb = bytes / 1e6;
console.log(`corpus: ${files} articles, ${mb.toFixed(1)} MB (from ${samples.length} sample articles)`);

// Bare segmentation of the same text, read the same way (from the files), as the yardstick.
const jieba = Jieba.withDict(dict);
let t0 = performance.now();
for (const f of readdirSync(dir)) jieba.cut(readFileSync(join(dir, f), 'utf8'), false);
const jiebaSeconds = (performance.now() - t0) / 1000;
console.log(`jieba cut (bare segmentation):   ${(mb / jiebaSeconds).toFixed(2)} MB/s, ${(files / jiebaSeconds).toFixed(0)} articles/s`);

// Loading the knowledge base, dictionaries and the tagger model is paid once per process; it is
// timed apart so that the throughput below is the steady state of a long run.
t0 = performance.now();
const warmUp = { id: 'warm-up', source: 'warm-up', text: samples[0]!, encoding: 'utf-8', format: 'text' as const, contentHash: '', messages: [] };
extractFacts(warmUp);
console.log(`start-up (knowledge base, dictionaries, tagger model): ${((performance.now() - t0) / 1000).toFixed(2)} s, once per process`);

for (const [label, options] of [['extract (rules + tagger)', {}], ['extract (rules only)', { tagger: null }]] as const) {
  let facts = 0;
  let peakRss = process.memoryUsage().rss;
  const rssAt: number[] = [];
  const heapAt: number[] = [];
  // Live memory after a full collection: what the run holds, not what V8 has not yet given back.
  const liveHeap = () => {
    (globalThis as { gc?: () => void }).gc?.();
    return process.memoryUsage().heapUsed;
  };
  let done = 0;
  t0 = performance.now();
  for await (const r of readSources([dir])) {
    if (!r.ok) throw r.error;
    facts += extractFacts(r.document, options).length;
    done++;
    if (done % 200 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
    if (done === Math.floor(files / 4) || done === Math.floor(files / 2) || done === files) {
      rssAt.push(process.memoryUsage().rss);
      heapAt.push(liveHeap());
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  const ratio = mb / seconds / (mb / jiebaSeconds);
  console.log(`${label.padEnd(32)} ${(mb / seconds).toFixed(2)} MB/s, ${(files / seconds).toFixed(0)} articles/s, ${facts} facts — ${(ratio * 100).toFixed(0)}% of jieba's speed (aim ≥ 33%)`);
  console.log(`  memory: peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB; after 1/4, 1/2, all of the corpus: RSS ${rssAt.map((r) => (r / 2 ** 20).toFixed(0)).join(' / ')} MiB, live heap ${heapAt.map((r) => (r / 2 ** 20).toFixed(0)).join(' / ')} MiB`);
}
rmSync(dir, { recursive: true, force: true });
