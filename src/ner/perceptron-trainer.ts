import type { EntityType, TypedSpan } from './labels.js';
import { allowedLabelBits, ENTITY_TYPES, LABEL_COUNT, spansToLabels } from './labels.js';
import { extractFeatures, templateCount } from './features.js';
import { KeyCounter } from './key-counter.js';
import { NerModel, type NerModelParts } from './ner-model.js';
import { viterbi } from './viterbi.js';
import { shuffle, mulberry32 } from '../random.js';

/** Local copy: an imported binding is read through a getter in hot loops under some loaders. */
const L = LABEL_COUNT;

/**
 * Averaged structured perceptron over BIOES labels. Corpora that do not annotate a type (MSRA and
 * Weibo have no titles) are partial supervision: their sentences are decoded without that type's
 * labels, so they never teach that a title is not a title. (Letting such a corpus's O stand for
 * "O or TITLE" with a latent best target was tried first: nothing there pushes back against
 * TITLE, and the model drifted into tagging titles everywhere in those corpora's domains.)
 */
export interface TrainingExample {
  text: string;
  spans: readonly TypedSpan[];
  /** Types the example's corpus annotates; the others are unknown, not absent. */
  annotates: readonly EntityType[];
  /** Domain ids (index + 1 in ModelResources.domains): the corpus's group and the corpus; none = []. */
  domains?: readonly number[];
  /** Jackknife part (see buildFoldGazetteers); read with TrainOptions.foldGazetteers[fold]. */
  fold?: number;
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Feature keys seen fewer times in the training data get no weights. */
  minCount: number;
  /**
   * Jackknifed word lists (buildFoldGazetteers): an example reads foldGazetteers[example.fold]
   * instead of the resources' lists, which decoding uses. Absent: every example reads those.
   */
  foldGazetteers?: ReadonlyArray<ModelResources['gazetteers']>;
  /** Called after each epoch with the averaged model so far (e.g. to score a dev slice). */
  onEpoch?: (epoch: number, model: NerModel) => void;
}

export type ModelResources = Pick<NerModelParts, 'gazetteers' | 'surnameLevels' | 'lexicon' | 'domains' | 'domainParents' | 'domainTypes' | 'defaultDomain' | 'orgKinds'>;

export function trainPerceptron(examples: readonly TrainingExample[], resources: ModelResources, options: TrainOptions): NerModel {
  const shell = new NerModel({ ...resources, keys: new Int32Array(0), weights: new Float32Array(0), transitions: new Float32Array(L * L) });
  const perChar = templateCount(resources.gazetteers.length);

  // Feature keys per example, then rows for the keys frequent enough.
  const folds = (options.foldGazetteers ?? []).map((gazetteers) => {
    if (gazetteers.length !== resources.gazetteers.length) throw new Error('fold gazetteers must match the resources\' lists');
    return new NerModel({ ...resources, gazetteers, keys: new Int32Array(0), weights: new Float32Array(0), transitions: new Float32Array(L * L) }).resources;
  });
  const featureKeys = examples.map((ex) => {
    const res = folds.length ? folds[ex.fold ?? -1] : shell.resources;
    if (!res) throw new Error(`a training example has no jackknife part (fold ${ex.fold}, ${folds.length} parts)`);
    return extractFeatures(ex.text, res, ex.domains ?? []);
  });
  const counter = new KeyCounter(1 << 16);
  for (const keys of featureKeys) for (let i = 0; i < keys.length; i++) counter.add(keys[i]!);
  const kept = counter.keysWithCount(options.minCount);
  const rows = new NerModel({ ...resources, keys: kept, weights: new Float32Array(0), transitions: new Float32Array(0) });
  for (const keys of featureKeys) for (let i = 0; i < keys.length; i++) keys[i] = rows.rowOf(keys[i]!);
  const featureRows = featureKeys; // now row ids, -1 = unknown

  const gold = examples.map((ex) => spansToLabels(ex.text.length, ex.spans));
  const masks = examples.map(annotatedMask);

  const w = new Float32Array(kept.length * L);
  const u = new Float64Array(kept.length * L); // Σ c·Δ, for averaging (Daumé's trick)
  const t = new Float64Array(L * L);
  const tu = new Float64Array(L * L);
  let c = 1;
  const maxLen = examples.reduce((m, ex) => Math.max(m, ex.text.length), 1);
  const emissions = new Float64Array(maxLen * L);
  const order = Array.from(examples.keys());
  const random = mulberry32(options.seed);

  const averaged = (): NerModel => {
    const weights = new Float32Array(w.length);
    for (let i = 0; i < w.length; i++) weights[i] = w[i]! - u[i]! / c;
    const transitions = new Float32Array(L * L);
    for (let i = 0; i < L * L; i++) transitions[i] = t[i]! - tu[i]! / c;
    return new NerModel({ ...resources, keys: kept, weights, transitions });
  };

  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(order, random);
    for (const idx of order) {
      const fr = featureRows[idx]!;
      const n = examples[idx]!.text.length;
      if (n === 0) continue;
      emissions.fill(0, 0, n * L);
      for (let i = 0; i < n; i++) {
        const e = i * L;
        for (let k = i * perChar, end = k + perChar; k < end; k++) {
          const row = fr[k]!;
          if (row < 0) continue;
          const b = row * L;
          for (let y = 0; y < L; y++) emissions[e + y] = emissions[e + y]! + w[b + y]!;
        }
      }
      // A corpus that does not annotate a type is decoded without that type's labels, so it
      // neither teaches nor penalises it (MSRA's titles are O there, not "not titles").
      const mask = masks[idx];
      const predicted = viterbi(emissions, n, t, mask);
      const target = gold[idx]!;
      for (let i = 0; i < n; i++) {
        const g = target[i]!;
        const p = predicted[i]!;
        if (g !== p) {
          for (let k = i * perChar, end = k + perChar; k < end; k++) {
            const row = fr[k]!;
            if (row < 0) continue;
            w[row * L + g]! += 1; u[row * L + g]! += c;
            w[row * L + p]! -= 1; u[row * L + p]! -= c;
          }
        }
        if (i > 0) {
          const gt = target[i - 1]! * L + g;
          const pt = predicted[i - 1]! * L + p;
          if (gt !== pt) { t[gt]! += 1; tu[gt]! += c; t[pt]! -= 1; tu[pt]! -= c; }
        }
      }
      c++;
    }
    options.onEpoch?.(epoch, averaged());
  }
  return averaged();
}

/** Per-position allowed labels for an example whose corpus leaves some types unannotated. */
function annotatedMask(ex: TrainingExample): Uint16Array | undefined {
  if (ENTITY_TYPES.every((type) => ex.annotates.includes(type))) return undefined;
  return new Uint16Array(ex.text.length).fill(allowedLabelBits(ex.annotates));
}
