import { describe, expect, it } from 'vitest';
import { CLUENER_SCHEME, MSRA_SCHEME, readCluener, readMsra } from './corpus-readers.js';
import { evaluateCorpus } from './evaluate-ner.js';
import type { EntitySpan } from './tagger.js';

describe('evaluateCorpus', () => {
  it('scores exact spans per corpus label and ignores types the corpus does not annotate', () => {
    const gold = readMsra('李\tB-PER\n明\tI-PER\n在\tO\n北\tB-ORG\n大\tI-ORG\n工\tO\n作\tO\n');
    const predicted: EntitySpan[] = [
      { type: 'PERSON', start: 0, end: 2, text: '李明' },
      { type: 'ORG', start: 3, end: 6, text: '北大工' },
      { type: 'TITLE', start: 5, end: 7, text: '工作' },
    ];
    const scores = evaluateCorpus(gold, MSRA_SCHEME, () => predicted);
    expect(scores.find((s) => s.label === 'PER')).toMatchObject({ gold: 1, predicted: 1, correct: 1, f1: 1 });
    expect(scores.find((s) => s.label === 'ORG')).toMatchObject({ gold: 1, predicted: 1, correct: 0, f1: 0 });
  });

  it('credits a CLUENER ORG prediction to the matching sub-label only', () => {
    const line = JSON.stringify({ text: '国务院和腾讯', label: { government: { 国务院: [[0, 2]] }, company: { 腾讯: [[4, 5]] } } });
    const gold = readCluener(line);
    const predicted: EntitySpan[] = [
      { type: 'ORG', start: 0, end: 3, text: '国务院' },
      { type: 'ORG', start: 3, end: 6, text: '和腾讯' },
    ];
    const scores = evaluateCorpus(gold, CLUENER_SCHEME, () => predicted);
    expect(scores.find((s) => s.label === 'government')).toMatchObject({ gold: 1, predicted: 2, correct: 1 });
    expect(scores.find((s) => s.label === 'company')).toMatchObject({ gold: 1, predicted: 1, correct: 0 });
    expect(scores.find((s) => s.label === 'ORG (all)')).toMatchObject({ gold: 2, predicted: 2, correct: 1 });
  });
});
