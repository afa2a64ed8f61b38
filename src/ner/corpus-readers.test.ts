import { describe, expect, it } from 'vitest';
import { readCluener, readMsra, readResume, readWeibo } from './corpus-readers.js';

describe('corpus readers and label mapping', () => {
  it('reads MSRA BIO: PER → PERSON, ORG → ORG, LOC dropped', () => {
    const msra = '李\tB-PER\n明\tI-PER\n在\tO\n北\tB-LOC\n京\tI-LOC\n大\tB-ORG\n学\tI-ORG\n\n好\tO\n';
    const [first, second] = readMsra(msra);
    expect(first!.text).toBe('李明在北京大学');
    expect(first!.spans).toEqual([{ type: 'PERSON', start: 0, end: 2 }, { type: 'ORG', start: 5, end: 7 }]);
    expect(first!.sourceSpans.map((s) => s.label)).toEqual(['PER', 'LOC', 'ORG']);
    expect(second!.text).toBe('好');
  });

  it('reads Resume BMES: NAME → PERSON, TITLE kept, EDU dropped', () => {
    const resume = '高 B-NAME\n勇 E-NAME\n， O\n本 B-EDU\n科 E-EDU\n， O\n工 B-TITLE\n程 M-TITLE\n师 E-TITLE\n\n';
    const [s] = readResume(resume);
    expect(s!.text).toBe('高勇，本科，工程师');
    expect(s!.spans).toEqual([{ type: 'PERSON', start: 0, end: 2 }, { type: 'TITLE', start: 6, end: 9 }]);
  });

  it('reads a Resume single-character S tag', () => {
    const [s] = readResume('在 O\n京 S-LOC\n任 O\n职 O\n');
    expect(s!.sourceSpans).toEqual([{ label: 'LOC', start: 1, end: 2 }]);
  });

  it('reads CLUENER JSON with inclusive ends and maps company / government / position', () => {
    const line = JSON.stringify({
      text: '浙商银行企业信贷部叶老桂博士则从另一个角度进行了解读。',
      label: { name: { 叶老桂: [[9, 11]] }, company: { 浙商银行: [[0, 3]] }, position: { 博士: [[12, 13]] } },
    });
    const [s] = readCluener(`${line}\n`);
    expect(s!.spans).toEqual([
      { type: 'ORG', start: 0, end: 4 },
      { type: 'PERSON', start: 9, end: 12 },
      { type: 'TITLE', start: 12, end: 14 },
    ]);
    expect(s!.text.slice(9, 12)).toBe('叶老桂');
  });

  it('reads Weibo: strips the segmentation digit, maps PER.NAM and ORG.NAM, drops PER.NOM', () => {
    const weibo = '张0\tB-PER.NAM\n三1\tI-PER.NAM\n妈0\tB-PER.NOM\n妈1\tI-PER.NOM\n在0\tO\n腾0\tB-ORG.NAM\n讯1\tI-ORG.NAM\n';
    const [s] = readWeibo(weibo);
    expect(s!.text).toBe('张三妈妈在腾讯');
    expect(s!.spans).toEqual([{ type: 'PERSON', start: 0, end: 2 }, { type: 'ORG', start: 5, end: 7 }]);
  });
});
