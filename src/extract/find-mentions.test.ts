import { describe, expect, it } from 'vitest';
import { splitSentences } from '../text/split-sentences.js';
import { toSimplified } from '../text/to-simplified.js';
import { findMentions } from './find-mentions.js';
import { loadLexicon } from './lexicon.js';

function people(text: string): string[] {
  const simplified = toSimplified(text);
  const m = findMentions(simplified, splitSentences(simplified), loadLexicon(), { year: 2025, month: 6 }, null);
  return [...new Set(m.persons.filter((p) => p.source !== 'known' || p.resolved).map((p) => p.resolved ?? p.name))];
}

describe('findMentions: people by surname, shape and context', () => {
  it('finds names after titles and organisations, before verbs', () => {
    expect(people('百度智能云副总裁、AI平台负责人张明远加入了腾讯。')).toEqual(['张明远']);
    expect(people('2024年底，首席技术官赵一鸣、副总裁孙晓峰先后离开了商汤科技。')).toEqual(['赵一鸣', '孙晓峰']);
  });

  it('keeps two-character names apart from the word after them', () => {
    expect(people('CMO 洪海出走仅仅过去了5个月。')).toEqual(['洪海']);
    expect(people('联合创始人马杰近期被披露担任董事长。')).toEqual(['马杰']);
  });

  it('does not take ordinary words that start with a surname character for names', () => {
    expect(people('国内的高管们纷纷离职，平均任期不到两年，宣布消息的是公司。')).toEqual([]);
    expect(people('这一决定被视为对方向的一次调整。')).toEqual([]);
  });

  it('reads Traditional names in Simplified form', () => {
    expect(people('騰訊混元大模型團隊負責人張偉傑宣佈離職。')).toEqual(['张伟杰']);
  });

  it('reads a list of Latin names inside Chinese text by case (no headline there)', () => {
    expect(people('联合创始人Jimmy Ba、Igor Babuschkin、Kyle Kosic和Christian Szegedy已先后离开xAI。')).toEqual(['Jimmy Ba', 'Igor Babuschkin', 'Kyle Kosic', 'Christian Szegedy']);
  });

  it('finds Latin names, single ones after a title, and a later surname-only mention', () => {
    expect(people('Adept CEO Daniel带着团队加入亚马逊。')).toEqual(['Daniel']);
    expect(people('联合创始人Jimmy Ba和吴宇辰宣布离职。一天后，Ba也宣布离开。')).toEqual(['Jimmy Ba', '吴宇辰']);
  });

  it('reads a name alone on a line as a name', () => {
    expect(people('- 黄一帆:\n同样在2024年离职。')).toEqual(['黄一帆']);
  });
});
