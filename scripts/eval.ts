// `npm run eval`: extracts facts from the development sets in ../shared and scores them with the
// shared scorer (../shared/tools/score-facts.mjs), printing both scores and the misses.
// Usage: npm run eval [-- --quiet] [-- --no-tagger]
// Sets: the shared development sets (../shared/eval) and the project's probe sets (eval/probes).
import { mkdtempSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { readSources } from '../src/ingest/read-sources.js';
import { extractFacts } from '../src/extract/extract-facts.js';

const shared = resolve(process.env.TALENTFLOW_SHARED ?? '../shared');
const quiet = process.argv.includes('--quiet');
const noTagger = process.argv.includes('--no-tagger');
const probes = resolve(fileURLToPath(new URL('../eval/probes', import.meta.url)));
const sets: { name: string; inputs: string[]; gold: string; orgs?: string }[] = [
  { name: 'sample articles (seeds)', inputs: [join(shared, 'corpus/seeds')], gold: join(shared, 'eval/seeds.gold.jsonl') },
  { name: 'news passages (news-dev)', inputs: [join(shared, 'eval/news-dev')], gold: join(shared, 'eval/news-dev.gold.jsonl') },
  // The project's own probe sets (eval/probes/README.md): written passages with invented people.
  ...readdirSync(probes).filter((d) => existsSync(join(probes, d, 'gold.jsonl'))).sort().map((d) => ({
    // The passages only: the folder also holds the gold and the aliases, which are not articles.
    name: `probe ${d} (eval/probes/${d})`,
    inputs: readdirSync(join(probes, d)).filter((f) => /\.(md|txt|html?)$/.test(f)).sort().map((f) => join(probes, d, f)),
    gold: join(probes, d, 'gold.jsonl'), orgs: join(probes, d, 'orgs.json'),
  })),
];
const scorer = join(shared, 'tools/score-facts.mjs');
const orgs = join(shared, 'eval/orgs.json');
if (!existsSync(scorer)) {
  console.error(`eval: ${scorer} not found (set TALENTFLOW_SHARED to the shared folder)`);
  process.exit(2);
}
const out = mkdtempSync(join(tmpdir(), 'talentflow-eval-'));
let failed = false;
for (const set of sets) {
  const lines: string[] = [];
  for await (const r of readSources(set.inputs)) {
    if (!r.ok) { console.error(r.error.message); failed = true; continue; }
    for (const f of extractFacts(r.document, noTagger ? { tagger: null } : {})) lines.push(JSON.stringify(f));
  }
  const pred = join(out, `${set.name.split(' (')[0]!.replace(/\W+/g, '-')}.jsonl`);
  writeFileSync(pred, lines.join('\n') + '\n');
  console.log(`\n## ${set.name}: ${lines.length} facts extracted`);
  const args = [scorer, '--gold', set.gold, '--pred', pred, '--orgs', orgs, ...(set.orgs ? ['--orgs', set.orgs] : [])];
  if (!quiet) args.push('--verbose');
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  process.stdout.write(r.stdout);
  if (r.status !== 0) { process.stderr.write(r.stderr); failed = true; }
}
process.exit(failed ? 1 : 0);
