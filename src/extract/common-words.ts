import { jiebaDictionaryEntries } from '../kb/jieba-dictionary.js';

/**
 * Common Chinese words of two or three characters from jieba's dictionary (shipped inside
 * @node-rs/jieba), with their frequency; person-name entries (POS nr*) are kept apart. A name
 * candidate that is an ordinary word (国内, 宣布, 平庸) is not a name; most real names are absent.
 */
export interface CommonWords {
  /** Frequency of the word as a non-name word, or 0 when it is not one. */
  frequency(word: string): number;
  /** True when the word is a frequent function word, verb or adverb (告诉, 宣布, 相继): never a given name. */
  isFunctionWord(word: string): boolean;
  /** True when the word is a common noun (高管, 核心, 团队): a clause's subject when it stands before a verb. */
  isNoun(word: string): boolean;
  /** True when the dictionary lists the word as a person's name. */
  isListedName(word: string): boolean;
}

let cached: CommonWords | undefined;

export function loadCommonWords(): CommonWords {
  if (cached) return cached;
  const words = new Map<string, number>();
  const names = new Set<string>();
  const functionWords = new Set<string>();
  const nouns = new Set<string>();
  for (const entry of jiebaDictionaryEntries()) {
    const { word, pos } = entry;
    if (word.length < 2 || word.length > 3) continue;
    if (pos.startsWith('nr')) names.add(word);
    else {
      const frequency = entry.frequency || 1;
      words.set(word, Math.max(words.get(word) ?? 0, frequency));
      // Thresholds leave room for given names that are also rare words (立新 d 51, 国庆 t).
      if ((frequency >= 200 && /^(?:d|p|c|m|r|u|q|f|ad|y|e|o)$/.test(pos)) || (frequency >= 500 && /^(?:v|vd)$/.test(pos))) functionWords.add(word);
      if (frequency >= 30 && /^(?:n|nz|nt|ns|vn|an|ng)$/.test(pos)) nouns.add(word);
    }
  }
  cached = { frequency: (w) => words.get(w) ?? 0, isListedName: (w) => names.has(w), isFunctionWord: (w) => functionWords.has(w), isNoun: (w) => nouns.has(w) };
  return cached;
}
