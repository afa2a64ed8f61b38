import { normalizeCode } from './char-classes.js';

/**
 * A word list matched over normalised code points with a trie. Used for dictionary features
 * (ORG endings, title words, organisation names) learned from the training spans only.
 */
export class Gazetteer {
  readonly words: readonly string[];
  private readonly children: Array<Map<number, number>> = [new Map()];
  private terminal: number[] = [0];
  /** Code units that begin some word: most positions are rejected with one array read. */
  private readonly firstUnits = new Uint8Array(0x10000);

  constructor(words: readonly string[]) {
    this.words = words;
    for (const w of words) this.add(w);
  }

  /** Length of the longest word starting at `start` in `codes` (normalised), 0 if none. */
  longestMatchAt(codes: ArrayLike<number>, start: number, end: number): number {
    if (this.firstUnits[codes[start]! & 0xffff] === 0) return 0;
    let node = 0;
    let best = 0;
    for (let i = start; i < end; i++) {
      const next = this.children[node]!.get(codes[i]!);
      if (next === undefined) break;
      node = next;
      if (this.terminal[node] === 1) best = i - start + 1;
    }
    return best;
  }

  /**
   * Per position, where it lies in a greedy left-to-right longest match:
   * 0 outside, 1 begin, 2 inside, 3 end, 4 single-character word.
   */
  markMatches(codes: ArrayLike<number>, length: number, out: Uint8Array, offset: number): void {
    let i = 0;
    while (i < length) {
      const len = this.longestMatchAt(codes, i, length);
      if (len === 0) { out[offset + i] = 0; i++; continue; }
      if (len === 1) out[offset + i] = 4;
      else {
        out[offset + i] = 1;
        for (let k = 1; k < len - 1; k++) out[offset + i + k] = 2;
        out[offset + i + len - 1] = 3;
      }
      i += len;
    }
  }

  private add(word: string): void {
    if (word.length > 0) this.firstUnits[normalizeCode(word.charCodeAt(0)) & 0xffff] = 1;
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const c = normalizeCode(word.charCodeAt(i));
      let next = this.children[node]!.get(c);
      if (next === undefined) {
        next = this.children.length;
        this.children.push(new Map());
        this.terminal.push(0);
        this.children[node]!.set(c, next);
      }
      node = next;
    }
    if (word.length > 0) this.terminal[node] = 1;
  }
}
