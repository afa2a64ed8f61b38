import { describe, expect, it } from 'vitest';
import { isSurname, surnameAt } from './surnames.js';

describe('surnameAt', () => {
  it('finds the surname that starts a name in a sentence', () => {
    const text = '字节跳动CEO梁汝波表示';
    expect(surnameAt(text, 7)).toMatchObject({ surname: '梁', compound: false });
    expect(surnameAt(text, 0)).toBeNull();
  });

  it('prefers a compound surname', () => {
    expect(surnameAt('据欧阳明透露', 1)).toMatchObject({ surname: '欧阳', compound: true, rank: null });
    expect(surnameAt('诸葛亮', 0)?.surname).toBe('诸葛');
    expect(surnameAt('司马迁', 0)?.surname).toBe('司马');
  });

  it('weighs common surnames above rare ones and everyday words below both', () => {
    const wang = surnameAt('王小明', 0)!;
    const rare = surnameAt('亓小明', 0)!;
    const he = surnameAt('和他一起', 0)!;
    expect(wang.rank).toBe(1);
    expect(wang.weight).toBeGreaterThan(rare.weight);
    expect(he.alsoCommonWord).toBe(true);
    expect(he.weight).toBeLessThan(surnameAt('何小明', 0)!.weight);
  });

  it('knows the rarer surnames of the 百家姓 with the weakest prior', () => {
    const gou = surnameAt('缑安澜', 0)!;
    expect(gou).toMatchObject({ surname: '缑', rank: null, compound: false, alsoCommonWord: false });
    expect(gou.weight).toBeLessThan(0.25);
    expect(isSurname('仉')).toBe(true);
    expect(isSurname('牧')).toBe(true); // 牧隗山谷
  });

  it('knows at least 400 single surnames', () => {
    expect(isSurname('骆')).toBe(true);
    expect(isSurname('冼')).toBe(true);
    expect(isSurname('的')).toBe(false);
    expect(surnameAt('亓', 0)?.rank).toBeGreaterThan(300);
    expect(surnameAt('鄂', 0)?.rank).toBeGreaterThanOrEqual(400);
  });

  it('reads past the end of the text as no surname', () => {
    expect(surnameAt('王', 1)).toBeNull();
    expect(surnameAt('', 0)).toBeNull();
  });
});
