import { foldCode, isLatinAlnum, isSpaceCode } from './fold-char.js';

/** Shared empty result, so a walk that finds nothing allocates nothing (callers only read or pop it). */
const NO_HITS: never[] = [];

/** One node of a character trie keyed by folded UTF-16 codes. */
interface TrieNode<V> {
  next: Map<number, TrieNode<V>> | null;
  value: V | undefined;
}

/** A terminal reached while walking the trie from some start offset. */
export interface TrieHit<V> {
  /** Offset just after the last matched (non-space) character. */
  end: number;
  value: V;
}

/**
 * A trie over folded keys (see foldKey) that walks raw text, folding as it goes and skipping spaces
 * inside a match, so "Google  DeepMind" and "GoogleDeepMind" both reach the key "googledeepmind".
 */
export class CharTrie<V> {
  private readonly root: TrieNode<V> = { next: null, value: undefined };
  /** First characters of keys, by folded UTF-16 code: the scan's fast path without a Map lookup. */
  private readonly firstChars = new Uint8Array(0x10000);

  /** Stores `value` under an already folded key; `merge` decides when the key is taken. */
  set(key: string, value: V, merge?: (old: V, added: V) => V): void {
    let node = this.root;
    if (key.length > 0) this.firstChars[key.charCodeAt(0)] = 1;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      node.next ??= new Map();
      let child = node.next.get(code);
      if (!child) {
        child = { next: null, value: undefined };
        node.next.set(code, child);
      }
      node = child;
    }
    node.value = node.value !== undefined && merge ? merge(node.value, value) : value;
  }

  /** The value stored under a folded key, if any. */
  get(key: string): V | undefined {
    let node: TrieNode<V> | undefined = this.root;
    for (let i = 0; i < key.length && node; i++) node = node.next?.get(key.charCodeAt(i));
    return node?.value;
  }

  /** True when some key starts with the folded character at text[i] (the fast path of a scan). */
  startsAt(text: string, i: number): boolean {
    return this.firstChars[foldCode(text.charCodeAt(i))] === 1;
  }

  /**
   * Leftmost-longest, non-overlapping matches in a text; a match never starts or ends inside a
   * Latin word ("Meta" is not found in "Metaverse").
   */
  scanWords(text: string): Array<{ start: number; end: number; value: V }> {
    const out: Array<{ start: number; end: number; value: V }> = [];
    for (let i = 0; i < text.length; ) {
      if (!this.startsAt(text, i) || (i > 0 && isLatinAlnum(text.charCodeAt(i)) && isLatinAlnum(text.charCodeAt(i - 1)))) {
        i++;
        continue;
      }
      const hit = this.walk(text, i)
        .filter((h) => h.end >= text.length || !(isLatinAlnum(text.charCodeAt(h.end - 1)) && isLatinAlnum(text.charCodeAt(h.end))))
        .pop();
      if (!hit) {
        i++;
        continue;
      }
      out.push({ start: i, end: hit.end, value: hit.value });
      i = hit.end;
    }
    return out;
  }

  /** Every key that matches text from `start`, shortest first. Spaces inside a match are skipped. */
  walk(text: string, start: number): TrieHit<V>[] {
    let hits: TrieHit<V>[] = NO_HITS;
    let node: TrieNode<V> | undefined = this.root;
    for (let j = start; j < text.length; j++) {
      const code = text.charCodeAt(j);
      if (j > start && isSpaceCode(code)) continue;
      node = node.next?.get(foldCode(code));
      if (!node) break;
      if (node.value !== undefined) {
        if (hits === NO_HITS) hits = [];
        hits.push({ end: j + 1, value: node.value });
      }
    }
    return hits;
  }
}
