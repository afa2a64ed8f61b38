import { describe, expect, it } from 'vitest';
import { findAliasUses } from './find-alias-definitions.js';

const uses = (text: string, fullName: string) => {
  const at = text.indexOf(fullName);
  const end = at + fullName.length;
  return findAliasUses(text, (e) => (e === end ? { start: at, end } : null), () => false).map((u) => text.slice(u.start, u.end));
};

describe('findAliasUses', () => {
  it('finds a short name wherever it stands after its definition', () => {
    expect(uses('北京月之暗面科技有限公司（以下简称“月之暗面”）宣布，月之暗面完成融资。', '北京月之暗面科技有限公司')).toEqual(['月之暗面']);
  });

  it('reads every alias of the bracket, 本集团 as well as 本公司', () => {
    expect(uses('澄川控股有限公司（「本公司」，连同其附属公司统称「本集团」）董事会宣布，本公司行政总裁已加入本集团。', '澄川控股有限公司')).toEqual(['本公司', '本集团']);
  });

  it('takes a generic 公司 for the company only where it stands as the company, not in 子公司', () => {
    const text = '星澜科技股份有限公司（以下简称“公司”）董事会收到公司副总裁的报告，其子公司与本公司无关。';
    expect(uses(text, '星澜科技股份有限公司')).toEqual(['公司', '本公司']);
  });

  it('ignores a bracket after something that is no organisation', () => {
    expect(findAliasUses('他（以下简称“公司”）说，公司很好。', () => null, () => false)).toEqual([]);
  });
});
