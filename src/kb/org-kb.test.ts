import { describe, expect, it } from 'vitest';
import { createOrgKb, loadOrgKb, type OrgMention } from './org-kb.js';

const kb = loadOrgKb();
const found = (text: string): string[] => kb.findMentions(text).map(show);
function show(m: OrgMention): string {
  return `${m.text}→${m.org}${m.unit ? `/${m.unit}` : ''}`;
}

describe('findMentions', () => {
  it('maps units and products to their group, the unit as written', () => {
    expect(found('就在今年3月，原字节AI大牛、火山引擎高管骆某被爆加入生数科技（聚焦AI视频生成赛道的AI创企），成为新一任CEO。')).toEqual([
      '字节→字节跳动',
      '火山引擎→字节跳动/火山引擎',
      '生数科技→生数科技',
    ]);
    expect(found('他曾任前剪映产品经理，出身大力教育，也在TikTok电商待过。')).toEqual([
      '剪映→字节跳动/剪映',
      '大力教育→字节跳动/大力教育',
      'TikTok电商→字节跳动/TikTok电商',
    ]);
  });

  it('keeps a group and its arm apart from a company it only holds shares in', () => {
    expect(found('她此前在中金公司工作多年，后转到中金资本。')).toEqual(['中金公司→中金公司', '中金资本→中金公司/中金资本']);
    expect(found('微众银行前首席AI官')).toEqual(['微众银行→微众银行']);
  });

  it('reads an organisation glued to its unit and a team name as one mention', () => {
    expect(found('2017年就加入字节跳动AI Lab担任总监')).toEqual(['字节跳动AI Lab→字节跳动/AI Lab']);
    expect(found('此前在字节AI Lab工作')).toEqual(['字节AI Lab→字节跳动/AI Lab']);
    expect(found('他随后加入腾讯混元大模型团队')).toEqual(['腾讯混元大模型团队→腾讯/混元大模型团队']);
    expect(found('曾任阿里达摩院语言技术实验室负责人')).toEqual(['阿里达摩院语言技术实验室→阿里巴巴/达摩院语言技术实验室']);
    expect(found('谷歌DeepMind与Google DeepMind是一回事')).toEqual(['谷歌DeepMind→谷歌/DeepMind', 'Google DeepMind→谷歌/DeepMind']);
    expect(found('阿里通义千问大模型开源了')).toEqual(['阿里通义千问大模型→阿里巴巴/通义千问大模型']);
    expect(found('豆包大模型视觉基础研究团队负责人')).toEqual(['豆包大模型视觉基础研究团队→字节跳动/豆包大模型视觉基础研究团队']);
    expect(found('火山引擎AI应用产品线负责人')).toEqual(['火山引擎AI应用产品线→字节跳动/火山引擎AI应用产品线']);
    expect(found('他加入了字节跳动Seed团队')).toEqual(['字节跳动Seed团队→字节跳动/Seed团队']);
    expect(found('百度研究院院长')).toEqual(['百度研究院→百度/研究院']);
  });

  it('keeps the KB unit behind the unit text', () => {
    const [m] = kb.findMentions('腾讯混元大模型团队');
    expect(m?.kbUnit).toBe('混元');
    expect(kb.findMentions('阿里巴巴集团')[0]).toMatchObject({ org: '阿里巴巴', unit: null, kbUnit: null, text: '阿里巴巴集团' });
  });

  it('does not read generic team words or context-only names alone', () => {
    expect(found('公司成立了AI Lab和大模型团队，并设立研究院')).toEqual([]);
    expect(found('The startup closed a seed round led by Sequoia.')).toEqual(['Sequoia→红杉资本']);
    expect(found('他在王者荣耀里拿到了荣耀称号')).toEqual(['王者荣耀→腾讯/王者荣耀']);
    expect(found('360度无死角')).toEqual([]);
    expect(found('奇虎360的周某')).toEqual(['奇虎360→360']);
  });

  it('matches Latin names only at word boundaries and with their case where it matters', () => {
    expect(found('Metaverse hype faded; Meta AI and meta-analysis')).toEqual(['Meta AI→Meta/Meta AI']);
    expect(found('加入Meta担任研究科学家')).toEqual(['Meta→Meta']);
    expect(found('an apple a day; Apple hired him')).toEqual(['Apple→苹果']);
    expect(found('OpenAI的研究员、前openai员工')).toEqual(['OpenAI→OpenAI', 'openai→OpenAI']);
    expect(found('ＯｐｅｎＡＩ（全角）')).toEqual(['ＯｐｅｎＡＩ→OpenAI']);
  });

  it('keeps guarded short names out of other words', () => {
    expect(found('他在北京东路的中美团队工作，数据按8字节对齐')).toEqual([]);
    expect(found('他从京东跳槽到美团，又去了字节')).toEqual(['京东→京东', '美团→美团', '字节→字节跳动']);
  });

  it('finds Traditional-script names too', () => {
    expect(found('前字節跳動工程師加入騰訊混元')).toEqual(['字節跳動→字节跳动', '騰訊混元→腾讯/混元']);
  });

  it('gives offsets into the text', () => {
    const text = '据悉，月之暗面与MiniMax都在招人。';
    const ms = kb.findMentions(text);
    expect(ms.map((m) => [m.start, m.end, text.slice(m.start, m.end), m.org])).toEqual([
      [3, 7, '月之暗面', '月之暗面'],
      [8, 15, 'MiniMax', 'MiniMax'],
    ]);
  });
});

describe('resolve', () => {
  it('resolves names exactly, in any script, width and case', () => {
    expect(kb.resolve('字節跳動')?.org).toBe('字节跳动');
    expect(kb.resolve('bytedance')?.org).toBe('字节跳动');
    expect(kb.resolve('Google  DeepMind')).toMatchObject({ org: '谷歌', unit: 'DeepMind', kbUnit: 'DeepMind' });
    expect(kb.resolve('深度求索')?.org).toBe('DeepSeek');
    expect(kb.resolve('稀宇科技')?.org).toBe('MiniMax');
    expect(kb.resolve('微软亚洲研究院')).toMatchObject({ org: '微软', unit: '微软亚洲研究院' });
    expect(kb.resolve('抖音')).toMatchObject({ org: '字节跳动', unit: '抖音' });
  });

  it('accepts context-only names but not generic team words or partial names', () => {
    expect(kb.resolve('Seed')).toMatchObject({ org: '字节跳动', unit: 'Seed' });
    expect(kb.resolve('荣耀')?.org).toBe('荣耀');
    expect(kb.resolve('AI Lab')).toBeNull();
    expect(kb.resolve('大模型团队')).toBeNull();
    expect(kb.resolve('字节跳动的朋友')).toBeNull();
    expect(kb.resolve('比特智路')).toBeNull();
    expect(kb.resolve('')).toBeNull();
  });

  it('finds entries by canonical name', () => {
    expect(kb.byName('阿里巴巴')?.kind).toBe('big_tech');
    expect(kb.byName('蚂蚁集团')?.parent).toBe('阿里巴巴');
  });
});

describe('createOrgKb', () => {
  it('builds a knowledge base from entries alone', () => {
    const small = createOrgKb([
      { name: '甲科技', aliases: ['甲科技', 'Jia Tech'], kind: 'startup', units: [{ name: '乙实验室', aliases: ['乙实验室'] }] },
      { name: 'Acme', aliases: ['Acme'], contextAliases: ['Flow'], caseSensitive: ['Acme'], kind: 'company' },
    ]);
    expect(small.findMentions('他从乙实验室到Jia Tech，再去acme和Acme').map(show)).toEqual(['乙实验室→甲科技/乙实验室', 'Jia Tech→甲科技', 'Acme→Acme']);
    expect(small.resolve('Flow')?.org).toBe('Acme');
    expect(small.findMentions('Flow')).toEqual([]);
  });
});

describe('findMentions: lists of organisations', () => {
  it('reads a context-only name as an organisation when it is an item of a list', () => {
    expect(found('他投资领域履历丰富，曾在平安、字节跳动、小红书等公司任职')).toEqual(['平安→中国平安', '字节跳动→字节跳动', '小红书→小红书']);
    expect(found('先后任职于腾讯和荣耀')).toEqual(['腾讯→腾讯', '荣耀→荣耀']);
    expect(found('荣耀、平安与百度都在招人')).toEqual(['荣耀→荣耀', '平安→中国平安', '百度→百度']);
  });

  it('leaves a context-only name alone outside a list', () => {
    expect(found('祝大家平安，百度一下')).toEqual(['百度→百度']);
    expect(found('他获得了荣耀，也加入了腾讯')).toEqual(['腾讯→腾讯']);
  });
});
