import { describe, expect, it } from 'vitest';
import { isFounderTitle, loadTitles } from './titles.js';

const titles = loadTitles();
const heads = (text: string) => titles.findTitleHeads(text).map((h) => `${h.text}:${h.level}`);

describe('findTitleHeads', () => {
  it('finds the longest title at the end of a role phrase', () => {
    expect(heads('零一万物算法副总裁黄某加入了字节跳动')).toEqual(['算法副总裁:senior']);
    expect(heads('前百度首席AI科学家、斯坦福教授')).toEqual(['首席AI科学家:executive', '教授:senior']);
    expect(heads('他担任高级副总裁兼首席技术官')).toEqual(['高级副总裁:senior', '首席技术官:executive']);
    expect(heads('联合创始人谷某与技术负责人')).toEqual(['联合创始人:founder', '技术负责人:senior']);
  });

  it('reads English titles at word boundaries, any case', () => {
    expect(heads('She joined OpenAI as a Research Scientist and later became VP of Research.')).toEqual([
      'Research Scientist:member',
      'VP of Research:senior',
    ]);
    expect(heads('former Chief Business Officer of Inflection; co-founder of DeepMind')).toEqual(['Chief Business Officer:executive', 'co-founder:founder']);
    expect(heads('The CEOs met; the headquarters moved')).toEqual([]);
  });

  it('skips words that only contain a title', () => {
    expect(heads('他于去年加入董事会')).toEqual([]);
    expect(heads('出任董事会主席')).toEqual(['董事会主席:executive']);
    expect(heads('董事会上，主席发言')).toEqual(['主席:executive']);
  });

  it('gives offsets into the text', () => {
    const text = '字节跳动CEO梁某';
    expect(titles.findTitleHeads(text)).toEqual([{ start: 4, end: 7, text: 'CEO', level: 'executive', founder: false, senior: true }]);
  });
});

describe('title classes', () => {
  it('knows founder titles', () => {
    expect(isFounderTitle('联合创始人')).toBe(true);
    expect(isFounderTitle('华为创始人')).toBe(true);
    expect(isFounderTitle('联创兼CTO')).toBe(true);
    expect(isFounderTitle('Co-Founder')).toBe(true);
    expect(isFounderTitle('创始成员')).toBe(false);
    expect(isFounderTitle('CEO')).toBe(false);
  });

  it('ranks roles', () => {
    expect(titles.levelOf('联合创始人兼CEO')).toBe('founder');
    expect(titles.levelOf('算法负责人')).toBe('senior');
    expect(titles.levelOf('产品经理')).toBe('member');
    expect(titles.levelOf('大牛')).toBeNull();
    expect(titles.isSeniorTitle('高管')).toBe(true);
    expect(titles.isSeniorTitle('研究员')).toBe(false);
  });

  it('answers whether a word is a title head', () => {
    expect(titles.isTitleHead('CEO')).toBe(true);
    expect(titles.isTitleHead('ceo')).toBe(true);
    expect(titles.isTitleHead('负责人')).toBe(true);
    expect(titles.isTitleHead('Chief Data Officer')).toBe(true);
    expect(titles.isTitleHead('董事会')).toBe(false);
    expect(titles.isTitleHead('Sam')).toBe(false);
  });
});
