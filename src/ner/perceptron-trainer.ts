import type { EntityType, TypedSpan } from './labels.js';
import { ENTITY_TYPES, LABEL_COUNT, labelOf, O, spansToLabels } from './labels.js';
import { extractFeatures, sharedTemplateCount, templateCount } from './features.js';
import { KeyCounter } from './key-counter.js';
import { NerModel, type NerModelParts } from './ner-model.js';
import { viterbi } from './viterbi.js';

/** Local copy: an imported binding is read through a getter in hot loops under some loaders. */
const L = LABEL_COUNT;

/**
 * Averaged structured perceptron over BIOES labels. Corpora that do not annotate a type (MSRA and
 * Weibo have no titles) are partial supervision: where such a corpus says O, the type's labels are
 * allowed too, and the "gold" sequence is the best one consistent with the annotation (latent
 * perceptron), so these corpora never teach that a title is not a title.
 */
export interface TrainingExample {
  text: string;
  spans: readonly TypedSpan[];
  /** Types the example's corpus annotates; the others are unknown, not absent. */
  annotates: readonly EntityType[];
  /** Domain id (index + 1 in ModelResources.domains), 0 = none. */
  domain?: number;
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Feature keys seen fewer times in the training data get no weights. */
  minCount: number;
  /** Called after each epoch with the averaged model so far (e.g. to score a dev slice). */
  onEpoch?: (epoch: number, model: NerModel) => void;
}

export type ModelResources = Pick<NerModelParts, 'gazetteers' | 'surnameLevels' | 'domains' | 'defaultDomain'>;

export function trainPerceptron(examples: readonly TrainingExample[], resources: ModelResources, options: TrainOptions): NerModel {
  const shell = new NerModel({ ...resources, keys: new Int32Array(0), weights: new Float32Array(0), transitions: new Float32Array(L * L) });
  const perChar = templateCount(resources.gazetteers.length);
  const shared = sharedTemplateCount(resources.gazetteers.length);

  // Feature keys per example, then rows for the keys frequent enough.
  const featureKeys = examples.map((ex) => extractFeatures(ex.text, shell.resources, ex.domain ?? 0));
  const counter = new KeyCounter(1 << 16);
  for (const keys of featureKeys) for (let i = 0; i < keys.length; i++) counter.add(keys[i]!);
  const kept = counter.keysWithCount(options.minCount);
  const rows = new NerModel({ ...resources, keys: kept, weights: new Float32Array(0), transitions: new Float32Array(0) });
  for (const keys of featureKeys) for (let i = 0; i < keys.length; i++) keys[i] = rows.rowOf(keys[i]!);
  const featureRows = featureKeys; // now row ids, -1 = unknown

  const gold = examples.map((ex) => spansToLabels(ex.text.length, ex.spans));
  const masks = examples.map((ex, i) => partialMask(ex, gold[i]!));
  const frozenLabels = examples.map((ex) => unannotatedLabelBits(ex) & ~(1 << O));

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
      const predicted = viterbi(emissions, n, t);
      const mask = masks[idx];
      const target = mask ? viterbi(emissions, n, t, mask) : gold[idx]!;
      // A corpus's own feature copies never learn about types it does not annotate: nothing
      // there would ever push back (the drift of latent training).
      const frozen = frozenLabels[idx]!;
      for (let i = 0; i < n; i++) {
        const g = target[i]!;
        const p = predicted[i]!;
        if (g !== p) {
          const gFree = (frozen & (1 << g)) === 0;
          const pFree = (frozen & (1 << p)) === 0;
          for (let k = i * perChar, end = k + perChar, own = k + shared; k < end; k++) {
            const row = fr[k]!;
            if (row < 0) continue;
            if (k < own || gFree) { w[row * L + g]! += 1; u[row * L + g]! += c; }
            if (k < own || pFree) { w[row * L + p]! -= 1; u[row * L + p]! -= c; }
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

/** Label bits of the types an example's corpus does not annotate, plus O. */
function unannotatedLabelBits(ex: TrainingExample): number {
  let bits = 1 << O;
  for (const type of ENTITY_TYPES) {
    if (ex.annotates.includes(type)) continue;
    for (const part of ['B', 'I', 'E', 'S'] as const) bits |= 1 << labelOf(part, type);
  }
  return bits;
}

/** Allowed-label masks for an example whose corpus leaves some types unannotated; undefined if none. */
function partialMask(ex: TrainingExample, gold: Uint8Array): Uint16Array | undefined {
  if (ENTITY_TYPES.every((type) => ex.annotates.includes(type))) return undefined;
  const openBits = unannotatedLabelBits(ex);
  const mask = new Uint16Array(gold.length);
  for (let i = 0; i < gold.length; i++) mask[i] = gold[i] === O ? openBits : 1 << gold[i]!;
  return mask;
}

function shuffle(a: number[], random: () => number): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = a[i]!;
    a[i] = a[j]!;
    a[j] = tmp;
  }
}

/** Small seeded PRNG: the same seed gives the same example order, hence the same model. */
export function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = s;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}
