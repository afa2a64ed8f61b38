import { describe, expect, it } from 'vitest';
import { dropDenied } from './drop-denied.js';
import type { RawFact } from './sentence-facts.js';

const fact = (person: string, org: string, sentence: { start: number; end: number }, status: 'confirmed' | 'reported' = 'reported'): RawFact => ({
  person, relation: 'joined', org, unit: null, role: null, date: null, dateAbsolute: false, status, cause: null, confidence: 0.8, sentence, rule: 'test',
});

describe('dropDenied', () => {
  const text = 'Lena Park is said to be joining Nvidia. Park denied the report on Friday. Omar Diaz joined Intel.';
  const sentences = [{ start: 0, end: 39 }, { start: 40, end: 72 }, { start: 73, end: 95 }];
  it('drops a reported move its person denies in the next sentence', () => {
    expect(dropDenied([fact('Lena Park', 'Nvidia', sentences[0]!)], text, sentences)).toEqual([]);
  });
  it('keeps a confirmed move with no rumour, and a move nobody denies', () => {
    const kept = [fact('Omar Diaz', 'Intel', sentences[2]!, 'confirmed')];
    expect(dropDenied(kept, text, sentences)).toEqual(kept);
  });
});
