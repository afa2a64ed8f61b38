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

let t = performance.now();
const tagger = loadTagger();
console.log(`model load: ${(performance.now() - t).toFixed(0)} ms (${tagger.version})`);

let entities = 0;
for (const s of corpus.slice(0, 2000)) tagger.tag(s); // warm-up
t = performance.now();
for (const s of corpus) entities += tagger.tag(s).length;
const nerSeconds = (performance.now() - t) / 1000;

const jieba = Jieba.withDict(dict);
for (const s of corpus.slice(0, 2000)) jieba.cut(s, false);
let words = 0;
t = performance.now();
for (const s of corpus) words += jieba.cut(s, false).length;
const jiebaSeconds = (performance.now() - t) / 1000;

const rate = (seconds: number) => `${(chars / seconds / 1e6).toFixed(2)} M chars/s, ${(mb / seconds).toFixed(2)} MB/s`;
console.log(`ner tag:    ${nerSeconds.toFixed(2)} s  ${rate(nerSeconds)}  (${entities} entities)`);
console.log(`jieba cut:  ${jiebaSeconds.toFixed(2)} s  ${rate(jiebaSeconds)}  (${words} words, HMM off)`);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
