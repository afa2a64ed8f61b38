import { describe, expect, it } from 'vitest';
import { isAllowedEnd, isAllowedTransition, labelName, labelOf, labelsToSpans, O, spansToLabels } from './labels.js';

describe('BIOES labels', () => {
  it('encodes the spans of "张伟任华为公司总裁" and reads them back', () => {
    const spans = [
      { type: 'PERSON' as const, start: 0, end: 2 },
      { type: 'ORG' as const, start: 3, end: 7 },
      { type: 'TITLE' as const, start: 7, end: 9 },
    ];
    const labels = spansToLabels(9, spans);
    expect(Array.from(labels, labelName)).toEqual(['B-PERSON', 'E-PERSON', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'E-ORG', 'B-TITLE', 'E-TITLE']);
    expect(labelsToSpans(labels)).toEqual(spans);
  });

  it('uses S for one-character entities', () => {
    expect(Array.from(spansToLabels(3, [{ type: 'ORG', start: 1, end: 2 }]), labelName)).toEqual(['O', 'S-ORG', 'O']);
  });

  it('drops ill-formed runs instead of inventing spans', () => {
    expect(labelsToSpans([labelOf('I', 'ORG'), labelOf('E', 'ORG'), O, labelOf('B', 'PERSON'), labelOf('E', 'ORG')])).toEqual([]);
  });

  it('allows only well-formed transitions', () => {
    expect(isAllowedTransition(-1, labelOf('I', 'ORG'))).toBe(false);
    expect(isAllowedTransition(labelOf('B', 'ORG'), labelOf('E', 'ORG'))).toBe(true);
    expect(isAllowedTransition(labelOf('B', 'ORG'), labelOf('E', 'PERSON'))).toBe(false);
    expect(isAllowedTransition(labelOf('I', 'ORG'), O)).toBe(false);
    expect(isAllowedTransition(labelOf('E', 'ORG'), labelOf('S', 'TITLE'))).toBe(true);
    expect(isAllowedEnd(labelOf('B', 'TITLE'))).toBe(false);
    expect(isAllowedEnd(labelOf('S', 'TITLE'))).toBe(true);
  });
});
