// Knowledge-base scanning speed on one core: ~10 MB of news text (the sample articles repeated, by
// paragraph), through the organisation matcher, the candidate finder, title and sector scans; plus
// load time and peak RSS. Best of three rounds by CPU time (other processes share the machine).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findOrgCandidates } from '../src/kb/find-org-candidates.js';
import { loadOrgKb } from '../src/kb/org-kb.js';
import { findSectors } from '../src/kb/sectors.js';
import { loadTitles } from '../src/kb/titles.js';

const seedsDir = fileURLToPath(new URL('../../shared/corpus/seeds/', import.meta.url));
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(`${seedsDir}${f}`, 'utf8'));
if (seeds.length === 0) throw new Error(`kb bench: no sample articles in ${seedsDir}`);
const paragraphs = seeds.flatMap((s) => s.split(/\n+/)).filter((p) => p.trim().length > 0);
const TARGET_BYTES = 10 * 1024 * 1024;
const pieces: string[] = [];
for (let bytes = 0, i = 0; bytes < TARGET_BYTES; i++) {
  const p = paragraphs[i % paragraphs.length]!;
  pieces.push(p);
  bytes += Buffer.byteLength(p, 'utf8');
}
const mb = pieces.reduce((n, p) => n + Buffer.byteLength(p, 'utf8'), 0) / 1e6;
console.log(`text: ${pieces.length} paragraphs, ${mb.toFixed(1)} MB UTF-8 (sample articles repeated)`);

let t = performance.now();
const kb = loadOrgKb();
console.log(`org KB load: ${(performance.now() - t).toFixed(0)} ms (${kb.entries().length} organisations)`);
t = performance.now();
const titles = loadTitles();
titles.findTitleHeads('CEO');
findOrgCandidates('深言科技');
findSectors('视频生成');
console.log(`titles, forms, sectors load: ${(performance.now() - t).toFixed(0)} ms`);

function run(label: string, fn: (text: string) => number): void {
  for (const p of pieces.slice(0, 500)) fn(p); // warm-up
  let best = Infinity;
  let found = 0;
  for (let round = 0; round < 3; round++) {
    const c0 = process.cpuUsage();
    found = 0;
    for (const p of pieces) found += fn(p);
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1e6);
  }
  console.log(`${label.padEnd(20)} ${(mb / best).toFixed(1).padStart(6)} MB/s  (${best.toFixed(2)} s CPU, ${found} found)`);
}

run('org findMentions', (p) => kb.findMentions(p).length);
run('org candidates', (p) => findOrgCandidates(p).length);
run('title heads', (p) => titles.findTitleHeads(p).length);
run('sectors', (p) => findSectors(p).length);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
