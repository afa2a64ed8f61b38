import { describe, expect, it } from 'vitest';
import { splitClauses, splitSentences } from './split-sentences.js';

const texts = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at Chinese full stops and keeps closing quotes with their sentence', () => {
    const t = '或许正如王长虎所说，在字节的经验让他“有信心（比别人）做得更快更好。”王长虎之后，出走的字节前高管们越来越多了。';
    expect(texts(t, splitSentences(t))).toEqual([
      '或许正如王长虎所说，在字节的经验让他“有信心（比别人）做得更快更好。”',
      '王长虎之后，出走的字节前高管们越来越多了。',
    ]);
  });

  it('splits at semicolons and line breaks', () => {
    const t = '面壁智能秦禹嘉被曝离职后，2024年下半年加入字节跳动大模型研究院；\n- 黄文灏:\n同样是核心团队成员。';
    expect(texts(t, splitSentences(t))).toEqual([
      '面壁智能秦禹嘉被曝离职后，2024年下半年加入字节跳动大模型研究院；',
      '- 黄文灏:',
      '同样是核心团队成员。',
    ]);
  });

  it('does not split inside names and numbers like 01.AI or 3.5', () => {
    const t = '零一万物(01.AI)发布了基于GPT3.5的产品。';
    expect(texts(t, splitSentences(t))).toEqual([t]);
  });

  it('splits English sentences but not after abbreviations', () => {
    const t = 'Dr. Smith joined OpenAI in Jan. 2024. He left Google.';
    expect(texts(t, splitSentences(t))).toEqual(['Dr. Smith joined OpenAI in Jan. 2024.', 'He left Google.']);
  });

  it('ends an English sentence at a full stop inside closing quotes', () => {
    const t = 'She called it "the best two years of my life." He left in May. "We wish her well."';
    expect(texts(t, splitSentences(t))).toEqual(['She called it "the best two years of my life."', 'He left in May.', '"We wish her well."']);
  });
});

describe('splitClauses', () => {
  it('splits at commas outside brackets and quotes', () => {
    const t = '2023 年 4 月 10 日,王小川(前搜狗 CEO,后创业)与茹立云一同创立了“百川智能，AI”公司,估值1,500亿。';
    expect(texts(t, splitClauses(t, { start: 0, end: t.length }))).toEqual([
      '2023 年 4 月 10 日',
      '王小川(前搜狗 CEO,后创业)与茹立云一同创立了“百川智能，AI”公司',
      '估值1,500亿。',
    ]);
  });
});
