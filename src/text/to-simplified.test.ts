import { describe, expect, it } from 'vitest';
import { hasTraditional, toSimplified } from './to-simplified.js';

describe('toSimplified', () => {
  it('converts a Traditional news sentence and keeps every offset', () => {
    const original = '8月25日,一則重磅消息傳出:字節跳動豆包大模型視覺基礎研究團隊的負責人馮佳時,確認離職。';
    const simplified = toSimplified(original);
    expect(simplified).toBe('8月25日,一则重磅消息传出:字节跳动豆包大模型视觉基础研究团队的负责人冯佳时,确认离职。');
    expect(simplified.length).toBe(original.length);
    const at = simplified.indexOf('冯佳时');
    expect(original.slice(at, at + 3)).toBe('馮佳時');
  });

  it('converts names in Traditional script to their Simplified form', () => {
    expect(toSimplified('林俊暘上周突然離職')).toBe('林俊旸上周突然离职');
    expect(toSimplified('楊格（Greg Yang）先後宣布離開')).toBe('杨格（Greg Yang）先后宣布离开');
  });

  it('folds full-width letters and digits but keeps Chinese punctuation', () => {
    expect(toSimplified('２０２４年，ＯｐｅｎＡＩ的研究员')).toBe('2024年，OpenAI的研究员');
  });

  it('leaves Simplified text untouched', () => {
    const s = '零一万物算法副总裁、模型预训练负责人黄文灏加入了字节跳动，负责技术项目管理和规划；';
    expect(hasTraditional(s)).toBe(false);
    expect(toSimplified(s)).toBe(s);
  });
});
