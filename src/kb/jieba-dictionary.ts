import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ModelError } from '../errors.js';

/**
 * jieba's dictionary as shipped inside @node-rs/jieba (349k lines `word frequency pos`), read once
 * per process for every reader of it: the common-word checks of the extractor and of the
 * knowledge base, and the tagger's lexicon features.
 */
export interface DictionaryEntry {
  word: string;
  /** 0 when the line gives none. */
  frequency: number;
  /** jieba's part-of-speech tag ('' when the line gives none). */
  pos: string;
}

let bytes: Buffer | undefined;
let fingerprint: string | undefined;

/** The dictionary file's bytes (the tagger's segmenter loads jieba over the same list). */
export function jiebaDictionaryBytes(): Buffer {
  if (bytes) return bytes;
  try {
    const require = createRequire(import.meta.url);
    bytes = readFileSync(join(dirname(require.resolve('@node-rs/jieba/package.json')), 'dict.txt'));
  } catch (err) {
    throw new ModelError(`jieba's dictionary (@node-rs/jieba/dict.txt) cannot be read: ${(err as Error).message}`, { cause: err });
  }
  return bytes;
}

/** Identifies the installed dictionary (a model trained over it records this). */
export function jiebaDictionaryFingerprint(): string {
  fingerprint ??= `jieba-dict:${createHash('sha256').update(jiebaDictionaryBytes()).digest('hex').slice(0, 16)}`;
  return fingerprint;
}

/** Every entry of the dictionary, in file order; malformed lines are skipped. */
export function* jiebaDictionaryEntries(): Generator<DictionaryEntry> {
  const text = jiebaDictionaryBytes().toString('utf8');
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const a = text.indexOf(' ', start);
    if (a > start && a < end) {
      const b = text.indexOf(' ', a + 1);
      const hasPos = b > a && b < end;
      yield {
        word: text.slice(start, a),
        frequency: Number(text.slice(a + 1, hasPos ? b : end)) || 0,
        pos: hasPos ? text.slice(b + 1, end).trim() : '',
      };
    }
    start = end + 1;
  }
}
