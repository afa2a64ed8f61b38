import { describe, expect, it } from 'vitest';
import { CharTrie } from './char-trie.js';
import { foldKey } from './fold-char.js';

function trieOf(...names: string[]): CharTrie<string> {
  const t = new CharTrie<string>();
  for (const n of names) t.set(foldKey(n), n);
  return t;
}

describe('CharTrie', () => {
  it('walks every key that matches from a position, shortest first', () => {
    const t = trieOf('阿里', '阿里巴巴', '阿里云');
    const text = '他在阿里巴巴集团';
    expect(t.walk(text, 2).map((h) => [h.end, h.value])).toEqual([
      [4, '阿里'],
      [6, '阿里巴巴'],
    ]);
    expect(t.walk(text, 0)).toEqual([]);
  });

  it('folds case and width, and skips spaces inside a match', () => {
    const t = trieOf('Google DeepMind', 'OpenAI');
    expect(t.walk('google  deepmind', 0).map((h) => h.value)).toEqual(['Google DeepMind']);
    expect(t.walk('GoogleDeepMind', 0).map((h) => h.end)).toEqual([14]);
    expect(t.walk('ＯｐｅｎＡＩ', 0).map((h) => h.value)).toEqual(['OpenAI']);
  });

  it('answers the first-character fast path and exact lookups', () => {
    const t = trieOf('腾讯');
    expect(t.startsAt('在腾讯', 1)).toBe(true);
    expect(t.startsAt('在腾讯', 0)).toBe(false);
    expect(t.get(foldKey('腾讯'))).toBe('腾讯');
    expect(t.get(foldKey('腾'))).toBeUndefined();
  });

  it('merges two values stored under one key when asked', () => {
    const t = new CharTrie<string[]>();
    t.set('ai', ['a'], (old, added) => [...old, ...added]);
    t.set('ai', ['b'], (old, added) => [...old, ...added]);
    expect(t.get('ai')).toEqual(['a', 'b']);
  });
});
