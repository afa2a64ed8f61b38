// Throughput of findTimeMentions (+ resolution) on ~20 MB of news-like text: the sample articles repeated.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findTimeMentions } from '../src/time/find-time-mentions.js';
import { resolveTimesInText } from '../src/time/resolve-times-in-text.js';

const seedsDir = fileURLToPath(new URL('../../shared/corpus/seeds/', import.meta.url));
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(`${seedsDir}${f}`, 'utf8'));
if (seeds.length === 0) throw new Error(`time bench: no sample articles in ${seedsDir}`);

// Paragraph-sized pieces, as the extractor sees them (it calls per sentence; paragraphs keep the loop overhead honest).
const paragraphs = seeds.flatMap((s) => s.split(/\n+/)).filter((p) => p.trim().length > 0);
const TARGET_BYTES = 20 * 1024 * 1024;
const pieces: string[] = [];
let bytes = 0;
for (let i = 0; bytes < TARGET_BYTES; i++) {
  const p = paragraphs[i % paragraphs.length]!;
  pieces.push(p);
  bytes += Buffer.byteLength(p, 'utf8');
}

/**
 * Best of three rounds, by wall time and by this process's CPU time: other processes share this
 * machine, and CPU time is the figure that contention disturbs least.
 */
function run(label: string, fn: (text: string) => number): void {
  fn(pieces[0]!); // warm-up
  let bestWall = Infinity;
  let bestCpu = Infinity;
  let found = 0;
  for (let round = 0; round < 3; round++) {
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    found = 0;
    for (const p of pieces) found += fn(p);
    const cpu = process.cpuUsage(c0);
    bestWall = Math.min(bestWall, Number(process.hrtime.bigint() - t0) / 1e9);
    bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1e6);
  }
  const mb = bytes / 1024 / 1024;
  console.log(
    `${label}: ${mb.toFixed(1)} MB (UTF-8), ${found} mentions; best of 3: ` +
      `${(mb / bestWall).toFixed(1)} MB/s wall (${bestWall.toFixed(2)} s), ${(mb / bestCpu).toFixed(1)} MB/s CPU (${bestCpu.toFixed(2)} s)`,
  );
}

run('findTimeMentions', (t) => findTimeMentions(t).length);
run('resolveTimesInText', (t) => resolveTimesInText(t, { year: 2025, month: 3, day: 19 }).length);
