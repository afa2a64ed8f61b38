import { describe, expect, it } from 'vitest';
import { findTimeMentions } from './find-time-mentions.js';

const texts = (s: string) => findTimeMentions(s).map((m) => m.text);

describe('findTimeMentions: what is not a date', () => {
  it.each([
    ['他计划在4年内完成上市。'],
    ['公司成立近17年，员工超过万人。'],
    ['过去一年，公司营收翻倍。'],
    ['这位31岁的研究员离开了实验室。'],
    ['团队成员大多是95后。'],
    ['该视频播放量达1.5万次。'],
    ['阿里巴巴（9988）旗下的大模型团队再次换帅。'],
    ['腾讯（00700）与美团（03690）股价齐跌。'],
    ['中国移动(00020)公布业绩。'],
    ['小米集团（01810-HK）股价上涨。'],
    ['公司已完成A1至A5轮融资。'],
    ['整个过程花了 3-4 个月。'],
    ['前后花了10多天时间。'],
    ['年营收超过 2 万亿元。'],
    ['联系电话 13812345678。'],
    ['公司共有2048名员工。'],
    ['字节被曝以数千万年薪挖走技术负责人。'],
    ['他在年度全员会上宣布了新的组织架构。'],
    ['随后，他加入了字节。'],
    ['近年来，大模型创业热度不减。'],
    ['数月前的传闻得到了证实。'],
    ['相关人士透露，团队此前已有人员变动。'],
  ])('%s', (sentence) => {
    expect(texts(sentence)).toEqual([]);
  });
});

describe('findTimeMentions: offsets, order, longest match', () => {
  it('gives UTF-16 offsets into the text, end exclusive', () => {
    const text = '消息称，去年12月他已离职，2025年3月加入新公司。';
    const mentions = findTimeMentions(text);
    expect(mentions.map((m) => [m.start, m.end, m.text])).toEqual([
      [4, 9, '去年12月'],
      [14, 21, '2025年3月'],
    ]);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('counts offsets in UTF-16 units after astral characters', () => {
    const text = '🚀今年3月，他离职了。';
    const [m] = findTimeMentions(text);
    expect(m).toMatchObject({ start: 2, end: 6, text: '今年3月' });
  });

  it('prefers the longest expression at a position: 今年10月底 over 今年', () => {
    expect(texts('今年10月底，他被曝出低调加入字节。')).toEqual(['今年10月底']);
  });

  it('reads a sentence with several expressions in text order, without overlaps', () => {
    expect(texts('今年10月底，原负责人在7月离职后，被曝出加入字节；2024年下半年另一位也加入了。')).toEqual([
      '今年10月底',
      '7月',
      '2024年下半年',
    ]);
  });

  it('labels kinds: absolute, publication-relative, anaphoric', () => {
    const kinds = findTimeMentions('2023年4月创立，去年12月离职，三个月后加入。').map((m) => [m.text, m.kind]);
    expect(kinds).toEqual([
      ['2023年4月', 'absolute'],
      ['去年12月', 'publication-relative'],
      ['三个月后', 'anaphoric'],
    ]);
  });

  it('names the parser that read each mention', () => {
    expect(findTimeMentions('近日，他离职了。')[0]?.rule).toBe('zh-recent');
  });

  it('gives the same result when called again (no state kept between calls)', () => {
    const text = '2023年4月，他创立了公司；同年，他完成融资。';
    const first = findTimeMentions(text);
    findTimeMentions('去年底，另一位离职。');
    expect(findTimeMentions(text)).toEqual(first);
  });

  it('handles text with no candidate characters and empty text', () => {
    expect(findTimeMentions('')).toEqual([]);
    expect(findTimeMentions('他加入了字节跳动。')).toEqual([]);
  });

  it('reads English inside Chinese text', () => {
    expect(texts('据彭博报道（Bloomberg, March 5, 2024），他已离职。')).toEqual(['March 5, 2024']);
  });
});

describe('findTimeMentions: mid-year', () => {
  it('reads 年中 and 今年中 as the year, but not the 中 of 中国 or 中美', () => {
    expect(texts('年中与两位前同事联合创办')).toEqual(['年中']);
    expect(texts('今年中，他离开')).toEqual(['今年中']);
    expect(texts('今年中国市场')).toEqual(['今年']);
    expect(texts('2024年中美关系')).toEqual(['2024年']);
  });
});

describe('findTimeMentions: a quarter alone', () => {
  it('reads 第三季度 and 四季度 without a year as the publication year', () => {
    expect(texts('他将于第三季度加盟')).toEqual(['第三季度']);
    expect(texts('2024年四季度营收')).toEqual(['2024年四季度']);
  });
});

describe('findTimeMentions: English seasons and quarters', () => {
  it('reads "this spring" and "in the fourth quarter" as the publication year, not "last summer"', () => {
    expect(texts('who left Google this spring')).toEqual(['this spring']);
    expect(texts('will take up the post in the fourth quarter')).toEqual(['in the fourth quarter']);
    expect(texts('he left last summer')).toEqual([]);
  });
});
