import { describe, expect, it } from 'vitest';
import { normalizeCode } from './char-classes.js';
import { Gazetteer } from './gazetteer.js';

const codes = (s: string) => Int32Array.from(s, (ch) => normalizeCode(ch.charCodeAt(0)));

describe('Gazetteer', () => {
  const g = new Gazetteer(['公司', '有限公司', '董事长', 'CEO']);

  it('finds the longest word at a position', () => {
    const text = codes('某某有限公司董事长');
    expect(g.longestMatchAt(text, 2, text.length)).toBe(4);
    expect(g.longestMatchAt(text, 4, text.length)).toBe(2);
    expect(g.longestMatchAt(text, 0, text.length)).toBe(0);
  });

  it('marks greedy matches as begin/inside/end and matches Latin case-insensitively', () => {
    const text = codes('任某有限公司ceo');
    const out = new Uint8Array(text.length);
    g.markMatches(text, text.length, out, 0);
    expect(Array.from(out)).toEqual([0, 0, 1, 2, 2, 3, 1, 2, 3]);
  });

  it('finds a one-character word whose character also begins longer words, and stops at the end', () => {
    const withSingle = new Gazetteer(['队', '队长', '公司']);
    const text = codes('球队队员队长公');
    expect(withSingle.longestMatchAt(text, 1, text.length)).toBe(1); // 队 before 队: no 队队 word
    expect(withSingle.longestMatchAt(text, 2, text.length)).toBe(1); // 队员: only 队
    expect(withSingle.longestMatchAt(text, 4, text.length)).toBe(2); // 队长
    expect(withSingle.longestMatchAt(text, 6, text.length)).toBe(0); // 公 at the end: 公司 cut off
    expect(withSingle.longestMatchAt(text, 0, text.length)).toBe(0);
  });
});
