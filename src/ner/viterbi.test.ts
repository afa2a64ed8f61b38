import { describe, expect, it } from 'vitest';
import { LABEL_COUNT, labelName, labelOf, O } from './labels.js';
import { viterbi } from './viterbi.js';

/** Local copy: an imported binding is read through a getter in hot loops under some loaders. */
const L = LABEL_COUNT;

function emissionsOf(rows: Array<Partial<Record<number, number>>>): Float64Array {
  const e = new Float64Array(rows.length * L);
  rows.forEach((row, i) => { for (const [y, v] of Object.entries(row)) e[i * L + Number(y)] = v!; });
  return e;
}

describe('viterbi', () => {
  const zero = new Float64Array(L * L);

  it('follows the emissions when they form a valid sequence', () => {
    const e = emissionsOf([{ [labelOf('B', 'PERSON')]: 2 }, { [labelOf('E', 'PERSON')]: 2 }, { [O]: 1 }]);
    expect(Array.from(viterbi(e, 3, zero), labelName)).toEqual(['B-PERSON', 'E-PERSON', 'O']);
  });

  it('never starts with I or ends inside an entity, even when emissions prefer it', () => {
    const e = emissionsOf([{ [labelOf('I', 'ORG')]: 5, [O]: 1 }, { [labelOf('B', 'ORG')]: 5, [O]: 1 }]);
    expect(Array.from(viterbi(e, 2, zero), labelName)).toEqual(['O', 'O']);
  });

  it('lets a transition score outweigh a weak emission', () => {
    const t = new Float64Array(L * L);
    t[labelOf('B', 'ORG') * L + labelOf('E', 'ORG')] = 3;
    const e = emissionsOf([{ [labelOf('B', 'ORG')]: 1, [labelOf('S', 'PERSON')]: 1.5 }, { [labelOf('E', 'ORG')]: 1, [O]: 1.2 }]);
    expect(Array.from(viterbi(e, 2, t), labelName)).toEqual(['B-ORG', 'E-ORG']);
  });

  it('keeps to the allowed labels of a partial annotation', () => {
    const e = emissionsOf([{ [labelOf('S', 'PERSON')]: 5, [labelOf('S', 'TITLE')]: 2 }]);
    const mask = new Uint16Array([(1 << O) | (1 << labelOf('S', 'TITLE'))]);
    expect(Array.from(viterbi(e, 1, zero, mask), labelName)).toEqual(['S-TITLE']);
  });
});
