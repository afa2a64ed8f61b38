import { loadJiebaLexicon } from './jieba-lexicon.js';
import type { ModelResources, TrainingExample } from './perceptron-trainer.js';

/**
 * Dictionaries and surname levels for the features, derived from the training examples only
 * (never from held-out parts): which characters begin people's names, which endings close
 * organisation names, which title words, organisation names and person names were annotated.
 */
export interface ResourceOptions {
  /** An ORG ending (last 2–3 characters) is kept when it ends at least this many ORG spans. */
  minOrgEnding: number;
  /** A title word / ORG name / person name is kept when it is annotated at least this many times. */
  minTitle: number;
  minOrgName: number;
  minPersonName: number;
}

/**
 * Names annotated once are kept: training reads them through jackknifed lists (foldGazetteers), so
 * the model learns how far a name seen in other sentences can be trusted, not that a listed name
 * is always right (which it would learn from lists that contain the sentence's own names).
 */
export const DEFAULT_RESOURCE_OPTIONS: ResourceOptions = { minOrgEnding: 5, minTitle: 1, minOrgName: 1, minPersonName: 1 };

export function buildResources(examples: readonly TrainingExample[], options: ResourceOptions = DEFAULT_RESOURCE_OPTIONS): ModelResources {
  const charCount = new Map<string, number>();
  const personStarts = new Map<string, number>();
  const orgEndings = new Map<string, number>();
  const titles = new Map<string, number>();
  const orgNames = new Map<string, number>();
  const personNames = new Map<string, number>();
  for (const ex of examples) {
    for (const ch of ex.text) bump(charCount, ch);
    for (const span of ex.spans) {
      const text = ex.text.slice(span.start, span.end);
      if (span.type === 'PERSON' && /^[\u4e00-\u9fff]{2,4}$/.test(text)) bump(personStarts, text[0]!);
      if (span.type === 'PERSON' && text.length >= 2 && text.length <= 12) bump(personNames, text);
      if (span.type === 'ORG') {
        if (text.length >= 2 && text.length <= 20) bump(orgNames, text);
        if (text.length >= 3) bump(orgEndings, text.slice(-2));
        if (text.length >= 4) bump(orgEndings, text.slice(-3));
      }
      if (span.type === 'TITLE' && text.length >= 2 && text.length <= 10) bump(titles, text);
    }
  }
  const surnameLevels: Array<[string, number]> = [];
  for (const [ch, starts] of [...personStarts].sort(byKey)) {
    if (starts < 3) continue;
    const ratio = starts / (charCount.get(ch) ?? starts);
    const level = ratio >= 0.3 ? 3 : ratio >= 0.1 ? 2 : ratio >= 0.02 ? 1 : 0;
    if (level > 0) surnameLevels.push([ch, level]);
  }
  return {
    lexicon: loadJiebaLexicon().fingerprint,
    domains: [],
    domainParents: [],
    domainTypes: [],
    defaultDomain: '',
    orgKinds: null,
    surnameLevels,
    gazetteers: [
      { name: 'org-ending', words: frequent(orgEndings, options.minOrgEnding) },
      { name: 'title', words: frequent(titles, options.minTitle) },
      { name: 'org-name', words: frequent(orgNames, options.minOrgName) },
      { name: 'person-name', words: frequent(personNames, options.minPersonName) },
    ],
  };
}

/**
 * Jackknifed word lists: the lists for part k (TrainingExample.fold) are built from the examples of
 * the other parts only. Training reads each example with its part's lists, so a gazetteer match
 * there is as uncertain as on a sentence never seen.
 */
export function buildFoldGazetteers(
  examples: readonly TrainingExample[], folds: number, options: ResourceOptions = DEFAULT_RESOURCE_OPTIONS,
): Array<ModelResources['gazetteers']> {
  return Array.from({ length: folds }, (_, k) => buildResources(examples.filter((ex) => ex.fold !== k), options).gazetteers);
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function frequent(map: Map<string, number>, min: number): string[] {
  return [...map].filter(([, n]) => n >= min).map(([w]) => w).sort();
}

function byKey(a: [string, number], b: [string, number]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}
