// Trains the Chinese NER tagger (PERSON / ORG / TITLE) from the public corpora, scores it on the
// held-out part of each corpus, prints the table and writes models/ner-zh.bin.
//   npm run train                      train, pick the epoch on the dev slice, evaluate, write
//   tsx scripts/train-ner.ts --eval-only [--model PATH]   only score a model file
// Options: --epochs N (default 16), --min-count N (2), --seed N (1, the example order), --subset F
//          (train on a fraction), --no-weibo, --corpora msra,resume,... (only these), --no-domains,
//          --repeat corpus=N,... (see a corpus N times an epoch), --no-news-group, --no-lexicon (no word-list features),
//          --folds N (jackknife parts for the learned word lists, 5; 0 = lists over all training sentences),
//          --no-dev-retrain (ship the model of the chosen epoch instead of retraining it on training + dev sentences),
//          --out PATH, --datasets DIR (default ../shared/datasets or
//          $TALENTFLOW_DATASETS).
// Split (src/ner/corpus-split.ts, no randomness): MSRA and CLUENER hold out every sentence whose
// index % 10 == 0 and use index % 10 == 1 as the dev slice; Resume and Weibo hold out their dev
// file and use train index % 10 == 1 as the dev slice. The dev slices choose the epoch and the
// default domain; then the model is retrained for that many epochs on training + dev sentences.
// The held-out parts are only scored.
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { TalentflowError } from '../src/errors.js';
import { evaluateCorpus, meanF1, type LabelScore } from '../src/ner/evaluate-ner.js';
import { ENTITY_TYPES } from '../src/ner/labels.js';
import { encodeModel, readModelFile, writeModelFile } from '../src/ner/model-file.js';
import type { NerModel, NerModelParts } from '../src/ner/ner-model.js';
import { pruneModel } from '../src/ner/prune-model.js';
import { trainPerceptron, type TrainingExample } from '../src/ner/perceptron-trainer.js';
import { loadTagger, taggerOf } from '../src/ner/tagger.js';
import { loadSplitCorpora, type SplitCorpus } from '../src/ner/training-corpora.js';
import type { LabelledSentence } from '../src/ner/corpus-readers.js';
import { OrgKindClassifier, trainOrgKinds, type OrgKindWeights } from '../src/ner/org-kinds.js';
import { buildFoldGazetteers, buildResources } from '../src/ner/training-resources.js';

const { values: opts } = parseArgs({
  options: {
    'eval-only': { type: 'boolean', default: false },
    model: { type: 'string' },
    out: { type: 'string' },
    epochs: { type: 'string', default: '16' },
    'min-count': { type: 'string', default: '2' },
    seed: { type: 'string', default: '1' },
    subset: { type: 'string', default: '1' },
    'no-weibo': { type: 'boolean', default: false },
    datasets: { type: 'string' },
    corpora: { type: 'string' },
    'no-domains': { type: 'boolean', default: false },
    'no-news-group': { type: 'boolean', default: false },
    'no-lexicon': { type: 'boolean', default: false },
    repeat: { type: 'string', default: '' },
    folds: { type: 'string', default: '5' },
    'no-dev-retrain': { type: 'boolean', default: false },
  },
});

/** The shipped model file stays under this (header with the word lists included). */
const MAX_MODEL_BYTES = 29.9e6;
const root = fileURLToPath(new URL('..', import.meta.url));
const datasets = opts.datasets ?? process.env.TALENTFLOW_DATASETS ?? `${root}../shared/datasets`;
const modelFile = opts.out ?? opts.model ?? `${root}models/ner-zh.bin`;

try {
  await main();
} catch (err) {
  if (err instanceof TalentflowError) { console.error(`train-ner: ${err.message}`); process.exit(1); }
  throw err;
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const corpora = loadSplitCorpora(datasets, !opts['no-weibo'])
    .filter((c) => !opts.corpora || opts.corpora.split(',').includes(c.scheme.name));
  for (const c of corpora) console.log(`${c.scheme.name}: train ${c.train.length}, dev ${c.dev.length}, held-out ${c.heldout.length} sentences`);

  if (opts['eval-only']) {
    printTables(corpora, opts.model ?? modelFile);
    return;
  }

  const subset = Number(opts.subset);
  // Domains: one per corpus, and a 'news' group over the two news corpora (MSRA, CLUENER) unless
  // --no-news-group: an MSRA sentence updates the shared features, the 'news' copies and the 'msra'
  // copies. Decoding as 'news' (the extractor's default) then reads both news corpora's habits;
  // decoding as 'msra' adds MSRA's own. A domain annotates the union of its corpora's types.
  const useDomains = !opts['no-domains'];
  const groupOf = (name: string): string => (!opts['no-news-group'] && (name === 'msra' || name === 'cluener') ? 'news' : '');
  const corpusDomains = Object.fromEntries(corpora.map((c) => [c.scheme.name, useDomains ? c.scheme.name : '']));
  const domains = useDomains ? [...new Set(corpora.flatMap((c) => [groupOf(c.scheme.name), c.scheme.name]))].filter((d) => d !== '') : [];
  const domainParents = domains.map((d) => (corpora.some((c) => c.scheme.name === d) ? groupOf(d) : ''));
  const inDomain = (c: SplitCorpus, d: string): boolean => corpusDomains[c.scheme.name] === d || groupOf(c.scheme.name) === d;
  const domainTypes = domains.map((d) => ENTITY_TYPES.filter((t) => corpora.some((c) => inDomain(c, d) && c.scheme.annotates.includes(t))));
  const domainIdsOf = (c: SplitCorpus): number[] => domains.map((d, i) => (inDomain(c, d) ? i + 1 : 0)).filter((id) => id > 0);
  // --repeat cluener=2,...: a smaller corpus seen several times an epoch weighs more in the shared features.
  const repeats = Object.fromEntries(opts.repeat.split(',').filter(Boolean).map((kv) => kv.split('=')).map(([k, v]) => [k!, Number(v)]));
  // Jackknife parts for the word lists: every sentence's index % folds, within its corpus.
  const folds = Number(opts.folds);
  /** Training examples, resources and jackknifed lists over the sentences `partOf` gives of each corpus. */
  const trainingSet = (partOf: (c: SplitCorpus) => LabelledSentence[]) => {
    const perCorpus = corpora.map((c) =>
      partOf(c).filter((_, i) => subset >= 1 || i % Math.round(1 / subset) === 0)
        .map((s, i): TrainingExample => ({ text: s.text, spans: s.spans, annotates: c.scheme.annotates, domains: domainIdsOf(c), ...(folds > 1 ? { fold: i % folds } : {}) })));
    const examples = perCorpus.flatMap((list, k) => Array.from({ length: repeats[corpora[k]!.scheme.name] ?? 1 }, () => list).flat());
    // Dictionaries count each training sentence once, repeated or not.
    const resources = { ...buildResources(perCorpus.flat()), domains, domainParents, domainTypes, defaultDomain: '' };
    if (opts['no-lexicon']) resources.lexicon = null;
    const foldGazetteers = folds > 1 ? buildFoldGazetteers(perCorpus.flat(), folds) : undefined;
    return { examples, resources, foldGazetteers };
  };
  const { examples, resources, foldGazetteers } = trainingSet((c) => c.train);
  console.log(`resources: ${resources.surnameLevels.length} surname chars; ` +
    resources.gazetteers.map((g) => `${g.name} ${g.words.length}`).join(', '));

  let best: { epoch: number; score: number; model: NerModel } | undefined;
  const tTrain = performance.now();
  trainPerceptron(examples, resources, {
    foldGazetteers,
    epochs: Number(opts.epochs),
    seed: Number(opts.seed),
    minCount: Number(opts['min-count']),
    onEpoch(epoch, model) {
      const perCorpus = corpora.map((c) => meanF1(evaluateCorpus(c.dev, c.scheme, taggerOf(model, 'dev', corpusDomains[c.scheme.name]).tag)));
      // Weibo (the optional extra) has a dev slice of 135 sentences: too small to steer the choice.
      const steering = perCorpus.filter((_, i) => corpora[i]!.scheme.name !== 'weibo');
      const score = steering.reduce((a, b) => a + b, 0) / Math.max(1, steering.length);
      console.log(`epoch ${epoch}: dev mean F1 ${corpora.map((c, i) => `${c.scheme.name} ${pct(perCorpus[i]!)}`).join(', ')} → ${pct(score)}  (${sec(tTrain)} s)`);
      if (!best || score > best.score) best = { epoch, score, model };
    },
  });
  const chosen = best!;
  const trainSeconds = (performance.now() - tTrain) / 1000;
  console.log(`chosen epoch ${chosen.epoch} (dev mean F1 ${pct(chosen.score)}); training ${trainSeconds.toFixed(0)} s`);

  // Default domain for callers that name none (the extractor): among the shared features alone
  // ('') and the domains of corpora that annotate all three types (a domain that never saw titles
  // knows nothing about them), the one that reads the news corpora's dev slices best.
  const newsCorpora = corpora.filter((c) => c.scheme.name === 'msra' || c.scheme.name === 'cluener');
  const candidates = ['', ...domains.filter((_, i) => domainTypes[i]!.length === ENTITY_TYPES.length)];
  let defaultDomain = { name: '', score: -1 };
  for (const name of candidates) {
    const scores = newsCorpora.map((c) => meanF1(evaluateCorpus(c.dev, c.scheme, taggerOf(chosen.model, 'dev', name).tag)));
    const score = scores.reduce((a, b) => a + b, 0) / Math.max(1, scores.length);
    console.log(`default domain candidate '${name}': news dev mean F1 ${pct(score)}`);
    if (score > defaultDomain.score) defaultDomain = { name, score };
  }
  console.log(`default domain: '${defaultDomain.name}'`);

  let finalModel = chosen.model;
  let retrainSeconds = 0;
  let orgKinds = trainOrgKindsOn(corpora, (c) => c.train);
  const withDev = !opts['no-dev-retrain'];
  if (withDev) {
    // The epoch, default domain and kind accuracy are settled on the dev slices; the shipped
    // model then learns from them too (the held-out parts stay unseen).
    const all = trainingSet((c) => [...c.train, ...c.dev]);
    const t = performance.now();
    finalModel = trainPerceptron(all.examples, all.resources, {
      foldGazetteers: all.foldGazetteers, epochs: chosen.epoch, seed: Number(opts.seed), minCount: Number(opts['min-count']),
    });
    orgKinds = trainOrgKindsOn(corpora, (c) => [...c.train, ...c.dev], false);
    retrainSeconds = (performance.now() - t) / 1000;
    console.log(`retrained on training and dev sentences for ${chosen.epoch} epochs (${retrainSeconds.toFixed(0)} s)`);
  }

  // Prune rows that quantise to zero; prune harder if the file would exceed the size budget.
  let threshold = 1 / 32767;
  let parts = pruneModel({ ...finalModel.parts, defaultDomain: defaultDomain.name, orgKinds }, threshold);
  // The file as it will be written, plus room for the training record added to its header.
  const fileBytes = (p: NerModelParts): number => encodeModel(p, {}, '1970-01-01').bytes.length + 4096;
  while (fileBytes(parts) > MAX_MODEL_BYTES) {
    threshold *= 2;
    parts = pruneModel(parts, threshold);
    console.log(`pruned to ${parts.keys.length} features (threshold ${threshold.toExponential(2)} of the largest weight)`);
  }
  const header = writeModelFile(modelFile, parts, {
    corpora: corpora.map((c) => ({ name: c.scheme.name, trainSentences: c.train.length + (withDev ? c.dev.length : 0), annotates: c.scheme.annotates })),
    split: 'MSRA, CLUENER: index % 10 == 0 held out, == 1 dev; Resume, Weibo: dev file held out, train index % 10 == 1 dev; dev trained on after the epoch is chosen unless withDev is false',
    corpusDomains, defaultDomain: defaultDomain.name, pruneThreshold: threshold,
    trainSeconds: Math.round(trainSeconds), retrainSeconds: Math.round(retrainSeconds), withDev,
    epochs: chosen.epoch, seed: Number(opts.seed), minCount: Number(opts['min-count']), subset, repeats, gazetteerFolds: folds,
  }, new Date().toISOString());
  console.log(`wrote ${modelFile}: ${header.featureCount} features, ${(statSync(modelFile).size / 1e6).toFixed(1)} MB, ${header.modelVersion}`);

  printTables(corpora, modelFile);
  console.log(`total ${sec(t0)} s`);
}

/**
 * The ORG kind classifier, trained on the gold ORG spans of the corpora that tell kinds apart
 * (CLUENER: company, government, organization); its accuracy on their dev slices is printed.
 */
function trainOrgKindsOn(corpora: SplitCorpus[], partOf: (c: SplitCorpus) => LabelledSentence[], report = true): OrgKindWeights | null {
  const kindCorpora = corpora.filter((c) => Object.values(c.scheme.mapping).filter((t) => t === 'ORG').length > 1);
  if (kindCorpora.length === 0) return null;
  const kinds = [...new Set(kindCorpora.flatMap((c) => Object.keys(c.scheme.mapping).filter((l) => c.scheme.mapping[l] === 'ORG')))].sort();
  const examplesOf = (sentences: LabelledSentence[]) => sentences.flatMap((s) =>
    s.sourceSpans.filter((g) => kinds.includes(g.label)).map((g) => ({ text: s.text, start: g.start, end: g.end, kind: g.label })));
  const weights = trainOrgKinds(kindCorpora.flatMap((c) => examplesOf(partOf(c))), kinds, 6, Number(opts.seed));
  if (!report) return weights; // trained on the dev slices too: their accuracy would say nothing
  const classifier = new OrgKindClassifier(weights);
  const dev = kindCorpora.flatMap((c) => examplesOf(c.dev));
  const right = dev.filter((ex) => classifier.classify(ex.text, ex.start, ex.end) === ex.kind).length;
  console.log(`ORG kinds (${kinds.join(', ')}): ${weights.features.length} features, dev accuracy on gold spans ${pct(right / Math.max(1, dev.length))} (${dev.length} spans)`);
  return weights;
}

/** Held-out scores of a model file: each corpus read as its own domain, then as the default domain. */
function printTables(corpora: SplitCorpus[], file: string): void {
  const shipped = loadTagger(file);
  console.log(`model ${shipped.version}`);
  const corpusDomains = (readModelFile(file).header.training.corpusDomains ?? {}) as Record<string, string>;
  const own = corpora.map((c) => ({ corpus: c, scores: evaluateCorpus(c.heldout, c.scheme, loadTagger(file, { domain: corpusDomains[c.scheme.name] ?? c.scheme.name }).tag) }));
  printTable('each corpus read as its own domain', own);
  printTable('all corpora read as the default domain (what the extractor gets)', corpora.map((c) => ({ corpus: c, scores: evaluateCorpus(c.heldout, c.scheme, shipped.tag) })));
}

function printTable(title: string, rows: Array<{ corpus: SplitCorpus; scores: LabelScore[] }>): void {
  console.log(`\nheld-out entity scores (exact span and type), ${title}`);
  console.log('corpus   label                 gold  pred  correct  P      R      F1');
  for (const { corpus, scores } of rows) {
    for (const s of scores) {
      console.log(`${corpus.scheme.name.padEnd(8)} ${s.label.padEnd(20)} ${String(s.gold).padStart(5)} ${String(s.predicted).padStart(5)} ${String(s.correct).padStart(8)}  ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}`);
    }
  }
}

function pct(x: number): string {
  return (100 * x).toFixed(2).padStart(5);
}

function sec(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}
