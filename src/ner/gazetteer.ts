import { normalizeCode } from './char-classes.js';
import { PairFilter } from './pair-filter.js';

/**
 * A word list matched over normalised code points with a trie. Used for dictionary features
 * (ORG endings, title words, organisation and person names) learned from the training spans only.
 * The trie's edges live in one open-addressing table keyed by (node, code unit): a step is a few
 * typed-array reads, where a Map per node cost a hash lookup and an object per node (the name
 * lists hold tens of thousands of words, and the tagger walks them at every character).
 */
export class Gazetteer {
  readonly words: readonly string[];
  /** Edges as [node, code, child] triples in one array: one cache line per probe, -1 = empty. */
  private readonly edges: Int32Array;
  private readonly mask: number;
  private readonly terminal: Uint8Array;
  private nodeCount = 1;
  /**
   * Per code unit: BEGINS_LONGER if a word of two or more units begins with it, IS_WORD if it is
   * a word by itself. Most positions are rejected with this one read.
   */
  private readonly firstUnits = new Uint8Array(0x10000);
  /**
   * A bit per hashed pair of first two units of the longer words (32 KB, stays in cache): most
   * positions that pass firstUnits stop here instead of walking the trie, whose edge table (up to
   * megabytes for the name lists) costs a cache miss a step.
   */
  private readonly firstPairs = new PairFilter(18);

  constructor(words: readonly string[]) {
    this.words = words;
    let maxNodes = 1;
    for (const w of words) maxNodes += w.length;
    let slots = 16;
    while (slots < maxNodes * 2) slots *= 2;
    this.edges = new Int32Array(slots * 3).fill(-1);
    this.mask = slots - 1;
    this.terminal = new Uint8Array(maxNodes);
    for (const w of words) this.add(w);
  }

  /** Length of the longest word starting at `start` in `codes` (normalised), 0 if none. */
  longestMatchAt(codes: ArrayLike<number>, start: number, end: number): number {
    const first = this.firstUnits[codes[start]! & 0xffff]!;
    if (first === 0) return 0;
    const single = first & IS_WORD ? 1 : 0;
    if ((first & BEGINS_LONGER) === 0 || start + 1 >= end) return single;
    if (!this.firstPairs.mayHold(codes[start]!, codes[start + 1]!)) return single;
    let node = 0;
    let best = 0;
    for (let i = start; i < end; i++) {
      const next = this.child(node, codes[i]!);
      if (next < 0) break;
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

  /** The child of `node` along code unit `code`, -1 if none. */
  private child(node: number, code: number): number {
    const edges = this.edges;
    let s = edgeSlot(node, code) & this.mask;
    for (;;) {
      const n = edges[s * 3]!;
      if (n === -1) return -1;
      if (n === node && edges[s * 3 + 1] === code) return edges[s * 3 + 2]!;
      s = (s + 1) & this.mask;
    }
  }

  private add(word: string): void {
    if (word.length === 0) return;
    const c0 = normalizeCode(word.charCodeAt(0));
    this.firstUnits[c0 & 0xffff]! |= word.length === 1 ? IS_WORD : BEGINS_LONGER;
    if (word.length > 1) this.firstPairs.add(c0, normalizeCode(word.charCodeAt(1)));
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const c = normalizeCode(word.charCodeAt(i));
      let next = this.child(node, c);
      if (next < 0) {
        next = this.nodeCount++;
        let s = edgeSlot(node, c) & this.mask;
        while (this.edges[s * 3] !== -1) s = (s + 1) & this.mask;
        this.edges[s * 3] = node;
        this.edges[s * 3 + 1] = c;
        this.edges[s * 3 + 2] = next;
      }
      node = next;
    }
    this.terminal[node] = 1;
  }
}

const BEGINS_LONGER = 1;
const IS_WORD = 2;
function edgeSlot(node: number, code: number): number {
  let h = Math.imul(node ^ 0x27d4eb2f, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b);
  h ^= h >>> 15;
  return h;
}
