import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprintBands, hammingDistance, isNearDuplicate, textFingerprint } from './near-duplicate.js';

const STORY = [
  '星河智能联合创始人沈一帆近日确认离职。据了解，他在公司期间主要负责模型预训练和面向消费者的产品，离职后正在筹备新的创业项目，方向为智能编程。',
  '公司方面回应称，沈一帆因个人选择已于数月前离开，公司尊重他的选择，也感谢他过去两年的贡献。这是该公司今年以来第三位离开的联合创始人。',
  '更早之前，技术副总裁顾南星离职后加入了云帆科技，负责技术项目管理和规划，直接向云帆科技的首席执行官汇报。',
  '业内人士认为，大模型创业公司正在经历一轮调整：融资放缓、战略收缩，核心技术人员或回流大厂，或再次创业。',
  '对于这家成立不到三年的公司来说，核心团队的稳定性将直接影响其下一轮融资和商业化进程。',
  '回溯过去这大半年的时间，一场心照不宣的离职潮正在这家明星公司内部暗流涌动。风暴最先刮向了离钱最近的产品线，随后传导至算法中枢。',
  '去年12月，被视为含着金钥匙出生的产品负责人悄然离职，目前去向成谜。三个月后，应用产品线的一号位也选择出走，转身投入另一家创业公司的怀抱。',
  '一位大厂实验室的负责人曾坦言，大厂固有的组织文化正在成为创新的最大阻碍：赛马机制、追求短期指标的高频考核，在需要长期主义的领域显得水土不服。',
  '这样就直接造成了边失血边输血的矛盾状态，一边是内部核心人才的不断流失，另一边是不惜血本的外部引进。',
  '面对新的竞争格局，公司不仅需要持续的技术创新和成功的商业化落地，更迫切的是稳定核心团队，重塑内部凝聚力。',
].join('\n');

const OTHER = [
  '云帆科技周三发布新一代多模态模型，推理速度提升三倍，成本降低三成，并宣布开源模型权重与技术报告。',
  '公司首席科学家在发布会上表示，下一代智能体必须具备记忆、推理和自主规划能力，并建立统一的多模态感知系统。',
  '分析人士指出，开源策略有助于吸引开发者，但商业化路径仍有待验证。该公司今年的研发投入预计将超过百亿元。',
  '发布会后，公司股价上涨近百分之五，市值再创新高。多家券商上调了目标价。',
].join('\n');

describe('textFingerprint / isNearDuplicate', () => {
  it('gives 16 hex digits, the same for the same text', () => {
    expect(textFingerprint(STORY)).toMatch(/^[0-9a-f]{16}$/);
    expect(textFingerprint(STORY)).toBe(textFingerprint(STORY));
  });

  it('puts a reprint with another header and footer much closer than a different article', () => {
    const reprint = `转载自某科技媒体\n${STORY}\n本文来自微信公众号，未经授权禁止转载。`;
    const d = hammingDistance(textFingerprint(STORY), textFingerprint(reprint));
    expect(d).toBeLessThan(hammingDistance(textFingerprint(STORY), textFingerprint(OTHER)) / 3);
  });

  it('ignores whitespace, punctuation and full-width differences', () => {
    const restyled = STORY.replace(/，/g, ',').replace(/。/g, '.').replace(/\n/g, '\n\n');
    expect(textFingerprint(restyled)).toBe(textFingerprint(STORY));
  });

  it('tells a different article apart', () => {
    expect(isNearDuplicate(textFingerprint(STORY), textFingerprint(OTHER))).toBe(false);
    expect(hammingDistance(textFingerprint(STORY), textFingerprint(OTHER))).toBeGreaterThan(10);
  });

  it('splits a fingerprint into four positioned 16-bit bands', () => {
    expect(fingerprintBands('0123456789abcdef')).toEqual(['0:0123', '1:4567', '2:89ab', '3:cdef']);
  });
});

// Real article lengths: the five sample articles (read at run time, never copied), each reprinted
// with a changed header and footer, must be near duplicates of themselves and of nothing else.
const SEEDS = join(import.meta.dirname, '../../../shared/corpus/seeds');

describe.skipIf(!existsSync(SEEDS))('isNearDuplicate on the sample articles', () => {
  const texts = existsSync(SEEDS) ? readdirSync(SEEDS).sort().map((f) => readFileSync(join(SEEDS, f), 'utf8')) : [];

  it('finds each reprint with a changed header and footer', () => {
    for (const text of texts) {
      const reprint = `来源：另一家网站 2025-06-01\n${text}\n（本文转载自合作媒体，观点不代表本站立场）`;
      expect(isNearDuplicate(textFingerprint(text), textFingerprint(reprint))).toBe(true);
    }
  });

  it('never pairs two different articles', () => {
    const prints = texts.map(textFingerprint);
    for (let i = 0; i < prints.length; i++) {
      for (let j = i + 1; j < prints.length; j++) expect(isNearDuplicate(prints[i]!, prints[j]!)).toBe(false);
    }
  });
});
