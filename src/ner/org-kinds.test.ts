import { describe, expect, it } from 'vitest';
import { OrgKindClassifier, orgKindFeatures, trainOrgKinds, type OrgKindExample } from './org-kinds.js';

const KINDS = ['company', 'government', 'organization'];

/** Invented sentences: the span's ending tells the kind, as it mostly does in news. */
const EXAMPLES: OrgKindExample[] = [
  ['他加入星河科技公司。', '星河科技公司', 'company'],
  ['远山银行发布年报。', '远山银行', 'company'],
  ['青松集团宣布裁员。', '青松集团', 'company'],
  ['市交通局通报情况。', '市交通局', 'government'],
  ['省教育厅发文。', '省教育厅', 'government'],
  ['国家统计局公布数据。', '国家统计局', 'government'],
  ['她毕业于北方大学。', '北方大学', 'organization'],
  ['围棋协会举办比赛。', '围棋协会', 'organization'],
  ['红星足球队获胜。', '红星足球队', 'organization'],
].map(([text, name, kind]) => ({ text: text!, start: text!.indexOf(name!), end: text!.indexOf(name!) + name!.length, kind: kind! }));

describe('ORG kinds', () => {
  it('reads the span, its ending and its neighbours as features', () => {
    const f = orgKindFeatures('他加入星河科技公司。', 3, 9);
    expect(f).toEqual(expect.arrayContaining(['e2:公司', 'b1:星', 'w:星河科技公司', 'p1:入', 'n1:。', 'len:6']));
  });

  it('learns kinds from endings and tells unseen names apart', () => {
    const classifier = new OrgKindClassifier(trainOrgKinds(EXAMPLES, KINDS, 10, 1));
    for (const ex of EXAMPLES) expect(classifier.classify(ex.text, ex.start, ex.end)).toBe(ex.kind);
    const kindOf = (text: string, name: string) => classifier.classify(text, text.indexOf(name), text.indexOf(name) + name.length);
    expect(kindOf('他加入白云公司。', '白云公司')).toBe('company');
    expect(kindOf('市财政局通报。', '市财政局')).toBe('government');
    expect(kindOf('她毕业于东海大学。', '东海大学')).toBe('organization');
  });

  it('gives the same weights for the same examples and seed', () => {
    expect(trainOrgKinds(EXAMPLES, KINDS, 5, 3)).toEqual(trainOrgKinds(EXAMPLES, KINDS, 5, 3));
  });
});
