import type { LabelledSentence, CorpusScheme } from './corpus-readers.js';
import type { EntitySpan } from './tagger.js';

/**
 * Entity-level scores (exact span and type) on a corpus's held-out sentences, per label of the
 * corpus that maps to one of ours, and per merged type where several labels map to one (CLUENER
 * company / organization / government → ORG). A predicted span with a kind that is one of those
 * labels is scored as that label (right only if span and label both agree: the usual per-type
 * score). Without a kind it counts for the gold label it matches, and a wrong span counts as a
 * false positive of every sibling label.
 */
export interface LabelScore {
  label: string;
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

export function evaluateCorpus(
  sentences: readonly LabelledSentence[],
  scheme: CorpusScheme,
  tag: (text: string) => EntitySpan[],
): LabelScore[] {
  const labels = Object.keys(scheme.mapping);
  const types = scheme.annotates;
  const tally = new Map<string, { gold: number; predicted: number; correct: number }>();
  const get = (k: string) => tally.get(k) ?? (tally.set(k, { gold: 0, predicted: 0, correct: 0 }), tally.get(k)!);
  for (const s of sentences) {
    const goldByOffsets = new Map<string, string>(); // "start:end" → corpus label
    for (const g of s.sourceSpans) {
      const type = scheme.mapping[g.label];
      if (!type) continue;
      goldByOffsets.set(`${g.start}:${g.end}`, g.label);
      get(g.label).gold++;
      get(`*${type}`).gold++;
    }
    for (const p of tag(s.text)) {
      if (!types.includes(p.type)) continue; // the corpus does not annotate this type
      const label = goldByOffsets.get(`${p.start}:${p.end}`);
      const labelType = label ? scheme.mapping[label] : undefined;
      get(`*${p.type}`).predicted++;
      if (labelType === p.type) get(`*${p.type}`).correct++;
      if (p.kind !== undefined && scheme.mapping[p.kind] === p.type) {
        get(p.kind).predicted++;
        if (label === p.kind) get(p.kind).correct++;
        continue;
      }
      if (labelType === p.type) { get(label!).predicted++; get(label!).correct++; continue; }
      // A wrong span: a false positive of every corpus label of this type.
      for (const l of labels) if (scheme.mapping[l] === p.type) get(l).predicted++;
    }
  }
  const merged = types.filter((t) => labels.filter((l) => scheme.mapping[l] === t).length > 1).map((t) => `*${t}`);
  return [...labels, ...merged].map((label) => {
    const { gold, predicted, correct } = get(label);
    const precision = predicted ? correct / predicted : 0;
    const recall = gold ? correct / gold : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { label: label.startsWith('*') ? `${label.slice(1)} (all)` : label, gold, predicted, correct, precision, recall, f1 };
  });
}

/** Mean F1 over the rows of a corpus's scores (used to pick the epoch on the dev slice). */
export function meanF1(scores: readonly LabelScore[]): number {
  return scores.length ? scores.reduce((sum, s) => sum + s.f1, 0) / scores.length : 0;
}
