import { mulberry32, shuffle } from '../random.js';

/**
 * The kind of an organisation the tagger found: company, government body or other organisation
 * (CLUENER's three ORG labels). A multiclass averaged perceptron over the span's own characters
 * (its ending says most: 公司/银行 vs 局/委员会 vs 大学/协会) and the characters around it; run once
 * per ORG span after decoding, so it costs nothing per character.
 */
export interface OrgKindWeights {
  kinds: string[];
  /** Feature → one weight per kind (features whose weights are all zero are left out). */
  features: Array<[string, number[]]>;
}

export interface OrgKindExample {
  text: string;
  start: number;
  end: number;
  kind: string;
}

/** Feature strings of the span text[start, end). */
export function orgKindFeatures(text: string, start: number, end: number): string[] {
  const span = text.slice(start, end);
  const n = span.length;
  const features = [
    'bias',
    `e1:${span.slice(-1)}`, `e2:${span.slice(-2)}`, `e3:${span.slice(-3)}`, `e4:${span.slice(-4)}`,
    `b1:${span.slice(0, 1)}`, `b2:${span.slice(0, 2)}`,
    `len:${Math.min(n, 12)}`,
    `p1:${text.slice(Math.max(0, start - 1), start)}`, `p2:${text.slice(Math.max(0, start - 2), start)}`,
    `n1:${text.slice(end, end + 1)}`, `n2:${text.slice(end, end + 2)}`,
  ];
  if (n <= 12) features.push(`w:${span}`);
  features.push(`e5:${span.slice(-5)}`, `b3:${span.slice(0, 3)}`, `p3:${text.slice(Math.max(0, start - 3), start)}`, `n3:${text.slice(end, end + 3)}`);
  for (let i = 0; i < n; i++) features.push(`c1:${span[i]}`);
  if (/[A-Za-z]/.test(span)) features.push(/^[A-Za-z0-9 .&-]+$/.test(span) ? 'latin:all' : 'latin:some');
  for (let i = 0; i + 1 < n; i++) features.push(`c2:${span.slice(i, i + 2)}`);
  return features;
}

export class OrgKindClassifier {
  readonly kinds: readonly string[];
  private readonly weights = new Map<string, Float32Array>();

  constructor(model: OrgKindWeights) {
    this.kinds = model.kinds;
    for (const [feature, w] of model.features) this.weights.set(feature, Float32Array.from(w));
  }

  /** The most likely kind of the organisation named by text[start, end). */
  classify(text: string, start: number, end: number): string {
    const scores = new Float64Array(this.kinds.length);
    for (const f of orgKindFeatures(text, start, end)) {
      const w = this.weights.get(f);
      if (w) for (let k = 0; k < scores.length; k++) scores[k]! += w[k]!;
    }
    let best = 0;
    for (let k = 1; k < scores.length; k++) if (scores[k]! > scores[best]!) best = k;
    return this.kinds[best]!;
  }
}

/** Averaged multiclass perceptron; the same examples and seed give the same weights. */
export function trainOrgKinds(examples: readonly OrgKindExample[], kinds: readonly string[], epochs = 10, seed = 1): OrgKindWeights {
  const K = kinds.length;
  const index = new Map<string, number>();
  const featureIds = examples.map((ex) => orgKindFeatures(ex.text, ex.start, ex.end).map((f) => {
    let id = index.get(f);
    if (id === undefined) { id = index.size; index.set(f, id); }
    return id;
  }));
  const w = new Float64Array(index.size * K);
  const u = new Float64Array(index.size * K); // Σ c·Δ (Daumé's averaging trick)
  let c = 1;
  const order = Array.from(examples.keys());
  const random = mulberry32(seed);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    for (const e of order) {
      const gold = kinds.indexOf(examples[e]!.kind);
      if (gold < 0) continue;
      const ids = featureIds[e]!;
      let best = 0;
      let bestScore = -Infinity;
      for (let k = 0; k < K; k++) {
        let s = 0;
        for (const id of ids) s += w[id * K + k]!;
        if (s > bestScore) { bestScore = s; best = k; }
      }
      if (best !== gold) {
        for (const id of ids) {
          w[id * K + gold]! += 1; u[id * K + gold]! += c;
          w[id * K + best]! -= 1; u[id * K + best]! -= c;
        }
      }
      c++;
    }
  }
  const features: Array<[string, number[]]> = [];
  for (const [f, id] of [...index].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const row = Array.from({ length: K }, (_, k) => Math.round((w[id * K + k]! - u[id * K + k]! / c) * 1000) / 1000);
    if (row.some((v) => v !== 0)) features.push([f, row]);
  }
  return { kinds: [...kinds], features };
}
