import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ModelError } from '../errors.js';
import { WordLexicon, type LexiconEntry } from './word-lexicon.js';

/**
 * The tagger's word list: jieba's dictionary as shipped inside @node-rs/jieba (349k words with
 * frequency and part of speech), read once per process. Its fingerprint (a hash of the file) is
 * written into a trained model, which refuses to run over another dictionary.
 */
export const JIEBA_LEXICON_NAME = 'jieba-dict';

let cached: WordLexicon | undefined;

export function loadJiebaLexicon(): WordLexicon {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  let file: string;
  let content: Buffer;
  try {
    file = join(dirname(require.resolve('@node-rs/jieba/package.json')), 'dict.txt');
    content = readFileSync(file);
  } catch (err) {
    throw new ModelError(`jieba's dictionary (@node-rs/jieba/dict.txt) cannot be read: ${(err as Error).message}`, { cause: err });
  }
  const fingerprint = `${JIEBA_LEXICON_NAME}:${createHash('sha256').update(content).digest('hex').slice(0, 16)}`;
  cached = new WordLexicon(parseDictionary(content.toString('utf8')), fingerprint);
  return cached;
}

/** Lines `word frequency pos`; malformed lines are skipped. */
function* parseDictionary(text: string): Generator<LexiconEntry> {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const a = text.indexOf(' ', start);
    if (a > start && a < end) {
      const b = text.indexOf(' ', a + 1);
      const word = text.slice(start, a);
      const frequency = Number(text.slice(a + 1, b > a && b < end ? b : end)) || 0;
      const pos = b > a && b < end ? text.slice(b + 1, end).trim() : '';
      yield { word, frequency, pos };
    }
    start = end + 1;
  }
}
