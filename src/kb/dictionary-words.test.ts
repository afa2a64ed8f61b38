import { describe, expect, it } from 'vitest';
import { loadDictionaryWords } from './dictionary-words.js';

describe('loadDictionaryWords', () => {
  const words = loadDictionaryWords();

  it('knows frequent verbs and function words that end a company stem on their left', () => {
    expect(words.isFunctionWord('负责')).toBe(true);
    expect(words.isFunctionWord('追求')).toBe(true);
    expect(words.isFunctionWord('深言')).toBe(false);
  });

  it('gives common nouns a frequency and coined names none', () => {
    expect(words.nounFrequency('战略')).toBeGreaterThan(2000);
    expect(words.nounFrequency('智元')).toBe(0);
  });

  it('knows ordinary words whatever their (noisy) tag, and not coined names', () => {
    expect(words.isCommonWord('崇尚')).toBe(true);
    expect(words.isCommonWord('发展')).toBe(true);
    expect(words.isCommonWord('衔远')).toBe(false);
    expect(words.isVerb('考上')).toBe(true);
  });
});
