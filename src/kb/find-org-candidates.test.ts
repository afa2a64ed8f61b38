import { describe, expect, it } from 'vitest';
import { findOrgCandidates } from './find-org-candidates.js';

const names = (text: string, minConfidence?: number) => findOrgCandidates(text, minConfidence === undefined ? {} : { minConfidence }).map((c) => c.text);

describe('findOrgCandidates: Chinese names by their suffix', () => {
  it('reads a coined stem before a company suffix, with the trigger that precedes it', () => {
    const [c] = findOrgCandidates('2023年，他离开百度，创办了深言科技，担任CEO。');
    expect(c).toMatchObject({ text: '深言科技', stem: '深言', suffix: '科技', context: '创办', lang: 'zh' });
    expect(c!.confidence).toBeGreaterThanOrEqual(0.75);
    expect(c!.start).toBe('2023年，他离开百度，创办了'.length);
  });

  it('finds robotics, lab and capital names', () => {
    expect(names('前华为工程师王某创办的星尘机器人完成新一轮融资')).toEqual(['星尘机器人']);
    expect(names('他随后加入了启元实验室，负责多模态方向')).toEqual(['启元实验室']);
    expect(names('本轮融资由青松资本领投')).toEqual(['青松资本']);
    expect(names('智力资本与社会资本')).toEqual([]);
    expect(names('他在衔远科技担任CTO')).toEqual(['衔远科技']);
  });

  it('keeps the registered form with its place and legal suffix', () => {
    const [c] = findOrgCandidates('据悉，北京云杉华章科技有限公司近日宣布完成融资');
    expect(c).toMatchObject({ text: '北京云杉华章科技有限公司', stem: '北京云杉华章', suffix: '科技有限公司' });
  });

  it('leaves 原/前 ("former") and a start-up word out of the stem', () => {
    expect(names('原国开金融副总裁澹台某出任该职')).toEqual(['国开金融']);
    expect(names('与前同事联合创办生成式AI新创雲雀智能', 0.3)).toContain('雲雀智能');
    expect(names('前海微众银行', 0)).toEqual(['前海微众银行']);
  });

  it('cuts the stem after a verb or measure word before it', () => {
    expect(names('他主导千帆科技的产品')).toEqual(['千帆科技']);
    expect(names('她曾就职于一家名为灵犀智能的公司，任算法负责人', 0)).toContain('灵犀智能');
  });

  it('needs context for weaker suffixes', () => {
    expect(names('天工智能发布了新品')).toEqual([]);
    expect(names('他加入了昆仑万维旗下的天工智能')).toEqual(['天工智能']);
    const weak = findOrgCandidates('天工智能发布了新品', { minConfidence: 0 });
    expect(weak.map((c) => c.text)).toEqual(['天工智能']);
    expect(weak[0]!.confidence).toBeLessThan(0.5);
  });

  it('does not read ordinary words as names', () => {
    expect(names('人工智能正在改变一切，科技公司纷纷入局，这家公司是一家大模型公司')).toEqual([]);
    expect(names('具身智能和人形机器人赛道火热，新能源汽车销量上涨')).toEqual([]);
    expect(names('他曾就职于一家初创公司，该公司总部位于上海')).toEqual([]);
    expect(names('他随后出任首席科学家，负责核心技术')).toEqual([]);
    expect(names('国内头部创投基金和大厂AI实验室都在抢人')).toEqual([]);
    expect(names('训练数据和用户数据都很重要，智能体是今年的热词')).toEqual([]);
    expect(names('追求科技向善')).toEqual([]);
    expect(names('我们要崇尚科技，他能考上大学，高科技企业')).toEqual([]);
  });
});

describe('findOrgCandidates: English names', () => {
  it('reads "X AI", "X Labs", "X Inc." with the verb before them', () => {
    const found = findOrgCandidates('He joined Reka AI after leaving Google, and later co-founded Kumo Labs Inc.');
    expect(found.map((c) => [c.text, c.stem, c.suffix, c.context])).toEqual([
      ['Reka AI', 'Reka', 'AI', 'joined'],
      ['Kumo Labs Inc.', 'Kumo Labs', 'Inc.', 'co-founded'],
    ]);
  });

  it('reads English names inside Chinese text and domain-style names', () => {
    expect(names('他加入了Sand AI，担任研究员')).toEqual(['Sand AI']);
    expect(names('据悉，他已加入Lumen.ai')).toEqual(['Lumen.ai']);
  });

  it('drops capitalised common words', () => {
    expect(names('Generative AI is hot. The AI Lab said so. Artificial Intelligence matters.')).toEqual([]);
    expect(names('At The Browser Company, she led design', 0).map((t) => t)).toEqual(['Browser Company']);
  });
});

describe('findOrgCandidates: a one-character suffix inside the stem', () => {
  it('reads 澜芯科技 whole (芯 is a suffix of its own, 澜 alone no name)', () => {
    expect(names('他加入了澜芯科技')).toEqual(['澜芯科技']);
  });
});

describe('findOrgCandidates: a description before the name', () => {
  it('leaves the description\'s head noun out (AI Agent创业公司|熵简智能, AI视频公司|帧元科技)', () => {
    expect(names('今年7月，AI Agent创业公司熵简智能的创始人郜星野官宣回归字节跳动。')).toEqual(['熵简智能']);
    expect(names('据虎嗅获悉，AI视频公司帧元科技创始人兼CEO宓晴川已于本月初回归阿里巴巴。')).toEqual(['帧元科技']);
  });
});
