import { jiebaDictionaryEntries, jiebaDictionaryFingerprint } from '../kb/jieba-dictionary.js';
import { WordLexicon } from './word-lexicon.js';

/**
 * The tagger's word list: jieba's dictionary, built into a WordLexicon once per process. Its
 * fingerprint is written into a trained model, which refuses to run over another dictionary.
 */
let cached: WordLexicon | undefined;

export function loadJiebaLexicon(): WordLexicon {
  cached ??= new WordLexicon(jiebaDictionaryEntries(), jiebaDictionaryFingerprint());
  return cached;
}
