// NER tagging speed on one core: ~10 MB of sentences built by repeating the sample articles
// (../shared/corpus/seeds), tagged one sentence at a time as the extractor does, beside bare
// @node-rs/jieba segmentation of the same sentences; plus model load time and peak RSS.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { loadTagger } from '../src/ner/tagger.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const seeds = `${root}../shared/corpus/seeds`;
const TARGET_BYTES = 10e6;

const sentences = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()
  .flatMap((f) => readFileSync(`${seeds}/${f}`, 'utf8').split(/(?<=[。！？!?；;\n])/))
  .map((s) => s.trim()).filter((s) => s.length > 0);
const seedBytes = sentences.reduce((n, s) => n + Buffer.byteLength(s), 0);
const corpus: string[] = [];
for (let bytes = 0; bytes < TARGET_BYTES; bytes += seedBytes) corpus.push(...sentences);
const chars = corpus.reduce((n, s) => n + s.length, 0);
const mb = (corpus.length / sentences.length) * seedBytes / 1e6;
console.log(`text: ${corpus.length} sentences, ${chars} characters, ${mb.toFixed(1)} MB UTF-8 (sample articles repeated)`);

const t = performance.now();
const tagger = loadTagger();
console.log(`model load: ${(performance.now() - t).toFixed(0)} ms (${tagger.version})`);

/** Wall and CPU seconds of a run (CPU time is the fairer figure when the machine is shared). */
function measure(run: () => number): { wall: number; cpu: number; count: number } {
  const wall0 = performance.now();
  const cpu0 = process.cpuUsage();
  const count = run();
  const cpu = process.cpuUsage(cpu0);
  return { wall: (performance.now() - wall0) / 1000, cpu: (cpu.user + cpu.system) / 1e6, count };
}

for (const s of corpus.slice(0, 2000)) tagger.tag(s); // warm-up
const ner = measure(() => { let n = 0; for (const s of corpus) n += tagger.tag(s).length; return n; });

const jieba = Jieba.withDict(dict);
for (const s of corpus.slice(0, 2000)) jieba.cut(s, false);
const cut = measure(() => { let n = 0; for (const s of corpus) n += jieba.cut(s, false).length; return n; });

const rate = (seconds: number) => `${(chars / seconds / 1e6).toFixed(2)} M chars/s = ${(mb / seconds).toFixed(2)} MB/s`;
const line = (name: string, m: { wall: number; cpu: number }) =>
  `${name} per CPU second ${rate(m.cpu)}; per wall second ${rate(m.wall)} (${m.wall.toFixed(1)} s)`;
console.log(`${line('ner tag:  ', ner)}  [${ner.count} entities]`);
console.log(`${line('jieba cut:', cut)}  [${cut.count} words, HMM off]`);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
