import { describe, expect, it } from 'vitest';
import { findSector, findSectors, sectorLabels } from './sectors.js';

describe('findSector', () => {
  it('names the sector of a founded company from its description', () => {
    expect(findSector('骆某加入生数科技（聚焦AI视频生成赛道的AI创企），成为新一任CEO。')).toBe('视频生成');
    expect(findSector('他离职创业，方向为AI Coding，已完成数千万元天使轮融资。')).toBe('AI Coding');
    expect(findSector('前华为天才少年创办的人形机器人公司完成新一轮融资')).toBe('具身智能');
    expect(findSector('这家AI芯片初创公司由前寒武纪高管创立')).toBe('芯片');
    expect(findSector('She left Google to start a company building AI agents for sales teams.')).toBe('Agent');
    expect(findSector('他创办的公司专注于跨境电商')).toBe('AI+电商');
  });

  it('prefers a specific sector over a broad one', () => {
    expect(findSector('这家大模型公司主打AI搜索')).toBe('搜索');
    expect(findSector('他创立了一家通用大模型公司')).toBe('大模型');
    expect(findSector('新公司做多模态大模型')).toBe('多模态');
  });

  it('ignores words that only contain a sector keyword', () => {
    expect(findSector('他的教育背景十分亮眼，并在社交媒体上宣布离职')).toBeNull();
    expect(findSector('这将改变游戏规则')).toBeNull();
    expect(findSector('他加入了一家公司')).toBeNull();
  });

  it('matches English keywords as words only', () => {
    expect(findSector('a research group on chipsets')).toBeNull();
    expect(findSector('a new LLM startup')).toBe('大模型');
  });
});

describe('findSectors', () => {
  it('lists every mention with offsets', () => {
    const text = '从自动驾驶转向具身智能';
    expect(findSectors(text).map((m) => [m.start, m.end, m.sector])).toEqual([
      [1, 5, '自动驾驶'],
      [7, 11, '具身智能'],
    ]);
  });

  it('has the sectors the extractor reports', () => {
    expect(sectorLabels()).toEqual(expect.arrayContaining(['视频生成', 'AI Coding', '具身智能', '芯片', '大模型', 'AI Infra', '自动驾驶', '语音', '3D', 'Agent']));
  });
});
