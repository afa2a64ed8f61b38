import { describe, expect, it } from 'vitest';
import en from './en.json';
import zh from './zh.json';

describe('the two dictionaries', () => {
  it('have the same keys, so no string is missing in either language', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('have no empty strings, and the same {placeholders} in both languages', () => {
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(en[key].trim(), key).not.toBe('');
      expect(zh[key].trim(), key).not.toBe('');
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(zh[key]), key).toEqual(names(en[key]));
    }
  });

  it('translate the interface into Chinese (the Chinese side is not a copy of the English)', () => {
    const same = (Object.keys(en) as Array<keyof typeof en>).filter((key) => en[key] === zh[key]);
    expect(same.length).toBeLessThan(Object.keys(en).length / 20);
  });
});
