import { jiebaDictionaryEntries } from './jieba-dictionary.js';

/**
 * Word classes from jieba's dictionary (shipped inside @node-rs/jieba), for telling an organisation's
 * coined stem (深言, 智元) from ordinary words before a company suffix: verbs and other function words
 * (主导, 追求, 负责) end a stem on their left, and a frequent common noun (核心, 战略) is no name.
 */
export interface DictionaryWords {
  /** A frequent verb, adverb, preposition, pronoun, conjunction, numeral… of 2–4 characters. */
  isFunctionWord(word: string): boolean;
  /** Frequency of the word as a common noun (POS n, vn, s), 0 when it is none. */
  nounFrequency(word: string): number;
  /** A verb of 2–4 characters seen at least a few times in the dictionary's corpus (倡导, 考上). */
  isVerb(word: string): boolean;
  /** A frequent ordinary word (any class but proper names; POS tags are noisy, frequency is not): 崇尚, 轻视, 发展. */
  isCommonWord(word: string): boolean;
}

const FUNCTION_POS = new Set(['v', 'vd', 'p', 'd', 'c', 'r', 'u', 'm', 't', 'f', 'ad', 'b', 'y']);
const NOUN_POS = new Set(['n', 'vn', 's']);
const MIN_FUNCTION_FREQUENCY = 500;
const VERB_POS = new Set(['v', 'vd', 'vi']);
const MIN_VERB_FREQUENCY = 20;
const PROPER_POS = new Set(['nr', 'ns', 'nz', 'nt', 'nrfg']);
const MIN_COMMON_FREQUENCY = 300;

let cached: DictionaryWords | undefined;

export function loadDictionaryWords(): DictionaryWords {
  if (cached) return cached;
  const functionWords = new Set<string>();
  const nouns = new Map<string, number>();
  const verbs = new Set<string>();
  const common = new Set<string>();
  for (const { word, frequency: freq, pos } of jiebaDictionaryEntries()) {
    if (word.length < 2 || word.length > 4) continue;
    if (VERB_POS.has(pos) && freq >= MIN_VERB_FREQUENCY) verbs.add(word);
    if (!PROPER_POS.has(pos) && freq >= MIN_COMMON_FREQUENCY) common.add(word);
    if (FUNCTION_POS.has(pos) && freq >= MIN_FUNCTION_FREQUENCY) functionWords.add(word);
    else if (NOUN_POS.has(pos)) nouns.set(word, Math.max(nouns.get(word) ?? 0, freq));
  }
  cached = { isFunctionWord: (w) => functionWords.has(w), nounFrequency: (w) => nouns.get(w) ?? 0, isVerb: (w) => verbs.has(w), isCommonWord: (w) => common.has(w) };
  return cached;
}
