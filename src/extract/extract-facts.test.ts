import { describe, expect, it } from 'vitest';
import type { Document } from '../ingest/document.js';
import { extractFacts } from './extract-facts.js';
import type { Fact } from './fact.js';

function doc(text: string, published?: string): Document {
  const [y, m, d] = (published ?? '').split('-').map(Number);
  return {
    id: 'test',
    source: 'test',
    text,
    encoding: 'utf-8',
    format: 'text',
    contentHash: 'x',
    messages: [],
    ...(published ? { published: { date: { year: y!, month: m, day: d }, source: 'option' as const, inferred: false } } : {}),
  };
}

const triples = (facts: Fact[]) => facts.map((f) => `${f.person} ${f.relation} ${f.org ?? '∅'}`).sort();
const find = (facts: Fact[], person: string, relation: string) => facts.find((f) => f.person === person && f.relation === relation);

// Sentences are written in the style of Chinese tech news, with people and companies chosen to
// exercise each rule; rules run on rules alone here (no tagger) so the tests pin the rules.
const rulesOnly = { tagger: null } as const;
/** The sorted triples the rules alone read in a text (published on `published`). */
const rulesTriples = (text: string, published?: string) => triples(extractFacts(doc(text, published), rulesOnly));

describe('extractFacts: joined and left', () => {
  it('reads a move from an appositive employer to a new one (left A, joined B)', () => {
    const facts = extractFacts(doc('百度智能云副总裁、AI平台负责人张明远加入了腾讯，负责混元大模型的商业化。', '2025-06-01'), rulesOnly);
    expect(triples(facts)).toEqual(['张明远 joined 腾讯', '张明远 left 百度']);
    expect(find(facts, '张明远', 'joined')?.evidence).toBe('百度智能云副总裁、AI平台负责人张明远加入了腾讯，负责混元大模型的商业化。');
  });

  it('resolves 去年12月 against the publication date and maps a unit to its group', () => {
    const facts = extractFacts(doc('去年12月，抖音电商产品负责人王立群悄然离职，目前去向成谜。', '2025-03-19'), rulesOnly);
    const left = find(facts, '王立群', 'left');
    expect(left).toMatchObject({ org: '字节跳动', date: '2024-12', status: 'confirmed' });
    expect(left?.unit).toContain('抖音');
  });

  it('marks hedged reports as reported', () => {
    const facts = extractFacts(doc('据媒体报道，京东探索研究院院长刘振宇已于近期离职。', '2024-11-20'), rulesOnly);
    expect(find(facts, '刘振宇', 'left')).toMatchObject({ org: '京东', status: 'reported', date: '2024-11' });
  });

  it('finds everyone in a list with the same verb', () => {
    const facts = extractFacts(doc('2024年底，首席技术官赵一鸣、副总裁孙晓峰先后离开了商汤科技。', '2025-02-01'), rulesOnly);
    expect(triples(facts)).toEqual(['孙晓峰 left 商汤科技', '赵一鸣 left 商汤科技']);
    expect(find(facts, '孙晓峰', 'left')?.date).toBe('2024-12');
  });

  it('gives everyone in a list (A、B、C等人) the employer named before the first', () => {
    expect(rulesTriples('据悉，阿里巴巴通义实验室的周杰、王敏、李强等人已相继离职。', '2025-01-01')).toEqual(['周杰 left 阿里巴巴', '李强 left 阿里巴巴', '王敏 left 阿里巴巴']);
  });

  it('does not read a company whose name is a word (荣耀) as a person', () => {
    const facts = extractFacts(doc('2024年，原OPPO研究院院长刘畅与前vivo副总裁陈立先后加盟荣耀。', '2025-01-01'), rulesOnly);
    expect(find(facts, '刘畅', 'joined')?.org).toBe('荣耀');
    expect(find(facts, '陈立', 'joined')?.org).toBe('荣耀');
    expect(facts.some((f) => f.person === '荣耀')).toBe(false);
  });

  it('reads 从A加入B as a left and a joined with the same date', () => {
    const facts = extractFacts(doc('周海涛在2019年从微软亚洲研究院加入阿里巴巴达摩院。', '2024-01-10'), rulesOnly);
    expect(triples(facts)).toEqual(['周海涛 joined 阿里巴巴', '周海涛 left 微软']);
    expect(find(facts, '周海涛', 'left')?.date).toBe('2019');
  });

  it('reads an organisation that hires (挖来, 任命) with the people after the verb', () => {
    const facts = extractFacts(doc('2023年，美团从谷歌挖来了前DeepMind研究员陈思远和李婉清。', '2024-05-01'), rulesOnly);
    expect(find(facts, '陈思远', 'joined')).toMatchObject({ org: '美团', cause: 'poached' });
    expect(find(facts, '李婉清', 'joined')?.org).toBe('美团');
    expect(find(facts, '陈思远', 'left')?.org).toBe('谷歌');
  });

  it('reads a former tie in brackets (前X…) as a left with no date', () => {
    const facts = extractFacts(doc('2024年3月，吴志强（前小米AI实验室主任）创办了一家具身智能公司。', '2024-06-01'), rulesOnly);
    expect(find(facts, '吴志强', 'left')).toMatchObject({ org: '小米', date: null });
    expect(find(facts, '吴志强', 'founded')).toMatchObject({ org: null, date: '2024-03' });
  });

  it('reads 曾在A、B担任 as past ties', () => {
    const facts = extractFacts(doc('林晓东曾在百度、滴滴担任首席架构师，去年回到了老东家京东。', '2025-04-01'), rulesOnly);
    expect(find(facts, '林晓东', 'joined')).toMatchObject({ org: '京东', cause: 'return', date: '2024' });
    expect(triples(facts)).toContain('林晓东 left 百度');
    expect(triples(facts)).toContain('林晓东 left 滴滴');
  });
});

describe('extractFacts: more phrasings', () => {
  it('reads 曾先后就职于A、B as past ties and a later move', () => {
    const facts = extractFacts(doc('孙立平曾先后就职于华为、腾讯，2019年加入小米。', '2024-01-01'), rulesOnly);
    expect(triples(facts)).toEqual(['孙立平 joined 小米', '孙立平 left 华为', '孙立平 left 腾讯']);
    expect(find(facts, '孙立平', 'joined')?.date).toBe('2019');
  });

  it('reads the organisation that announces an arrival as the one joined', () => {
    const facts = extractFacts(doc('理想汽车近日官宣，原华为车BU高管赵振宇加盟，担任首席技术官。', '2025-06-15'), rulesOnly);
    expect(find(facts, '赵振宇', 'joined')?.org).toBe('理想汽车');
    expect(find(facts, '赵振宇', 'left')?.org).toBe('华为');
  });

  it('reads a founder through a relative clause (X创立的Y)', () => {
    const facts = extractFacts(doc('前阿里巴巴副总裁贾明远创立的Lepton AI已被英伟达收购。', '2025-06-15'), rulesOnly);
    expect(find(facts, '贾明远', 'founded')?.org).toBe('Lepton AI');
    expect(find(facts, '贾明远', 'left')?.org).toBe('阿里巴巴');
  });
});

describe('extractFacts: destinations, posts and relative clauses', () => {
  it('reads 新去向为X as an arrival and 获悉 as a hedge', () => {
    const facts = extractFacts(doc('36氪获悉，快手副总裁张立新已从快手离职，其新去向为B站。', '2025-06-15'), rulesOnly);
    expect(find(facts, '张立新', 'left')).toMatchObject({ org: '快手', status: 'reported' });
    expect(find(facts, '张立新', 'joined')?.org).toBe('哔哩哔哩');
  });

  it('does not read a new post in the same company (转任) as a move', () => {
    expect(rulesTriples('阿里云智能首席技术官周远航将于下月卸任，转任阿里巴巴集团顾问。', '2025-06-15')).toEqual(['周远航 stepped_down 阿里巴巴']);
  });

  it('does not date a founding told in a relative clause by the main clause', () => {
    const facts = extractFacts(doc('2024年7月，原百度副总裁景明创办的Genspark宣布完成新一轮融资。', '2025-06-15'), rulesOnly);
    expect(find(facts, '景明', 'founded')).toMatchObject({ org: 'Genspark', date: null });
    expect(find(facts, '景明', 'left')).toMatchObject({ org: '百度', date: null });
  });
});

describe('extractFacts: founded and stepped_down', () => {
  it('reads a founding with a quoted company name and its date', () => {
    const facts = extractFacts(doc('2023 年 6 月 8 日，郑文涛与许光明一同创立了机器人公司“星海智造”。', '2024-01-01'), rulesOnly);
    expect(find(facts, '郑文涛', 'founded')).toMatchObject({ org: '星海智造', date: '2023-06-08' });
    expect(find(facts, '许光明', 'founded')?.org).toBe('星海智造');
  });

  it('reads founders stated after the name (是X的创始人; ，X主要创办人之一)', () => {
    expect(triples(extractFacts(doc('程一凡是滴滴出行的创始人兼CEO。', '2024-01-01'), rulesOnly))).toEqual(['程一凡 founded 滴滴']);
    expect(triples(extractFacts(doc('马海峰，腾讯公司主要创办人之一，现任董事会主席。', '2024-01-01'), rulesOnly))).toEqual(['马海峰 founded 腾讯']);
    expect(triples(extractFacts(doc('雷振华，1969年出生于湖北仙桃，小米科技创始人。', '2024-01-01'), rulesOnly))).toEqual(['雷振华 founded 小米']);
  });

  it('reads a founder title as a founded fact, not a move', () => {
    expect(rulesTriples('记者见到了小鹏汽车创始人何晓鹏。', '2024-01-01')).toEqual(['何晓鹏 founded 小鹏汽车']);
  });

  it('does not read a current post alone as a move', () => {
    expect(extractFacts(doc('腾讯总裁刘炽平在财报会上表示，混元大模型进展顺利。', '2024-01-01'), rulesOnly)).toEqual([]);
  });

  it('reads 离职创业 as a left and an unnamed startup', () => {
    const facts = extractFacts(doc('今年初，快手可灵技术负责人方志远被曝离职创业，方向为AI视频。', '2025-05-01'), rulesOnly);
    expect(find(facts, '方志远', 'left')).toMatchObject({ org: '快手', status: 'reported', date: '2025-01' });
    expect(find(facts, '方志远', 'founded')).toMatchObject({ org: null });
  });

  it('reads 卸任 and a change to an advisory role as stepped_down', () => {
    const facts = extractFacts(doc('今年6月，百度研究院院长马俊杰正式卸任，转为顾问。', '2025-08-01'), rulesOnly);
    expect(find(facts, '马俊杰', 'stepped_down')).toMatchObject({ org: '百度', date: '2025-06' });
  });

  it('treats a company creating an internal department as no founding', () => {
    const facts = extractFacts(doc('任海峰在字节时创立了机器学习系统、数据中心网络等部门。', '2024-01-01'), rulesOnly);
    expect(facts.filter((f) => f.relation === 'founded')).toEqual([]);
  });
});

describe('extractFacts: subjects across clauses and sentences', () => {
  it('carries a dropped subject to the next clause', () => {
    const facts = extractFacts(doc('华为诺亚方舟实验室的秦一帆被曝离职后，2024年下半年加入小米。', '2025-01-01'), rulesOnly);
    expect(triples(facts)).toEqual(['秦一帆 joined 小米', '秦一帆 left 华为']);
    expect(find(facts, '秦一帆', 'joined')?.date).toBe('2024');
  });

  it('resolves 他 to the person the text is about', () => {
    const text = '谢宇航是一位资深算法专家。2021年回国加入字节后，他迅速成为视觉领域的核心人物。';
    const facts = extractFacts(doc(text, '2025-01-01'), rulesOnly);
    expect(find(facts, '谢宇航', 'joined')).toMatchObject({ org: '字节跳动', date: '2021' });
  });

  it('reads a person named alone on a line as the subject of the lines below', () => {
    const text = '- 潘一鸣:\n作为联合创始人之一，在2024年离开了智谱，并加入了京东担任合伙人。';
    const facts = extractFacts(doc(text, '2025-05-21'), rulesOnly);
    expect(find(facts, '潘一鸣', 'joined')).toMatchObject({ org: '京东', date: '2024' });
    expect(find(facts, '潘一鸣', 'left')).toMatchObject({ org: '智谱', date: '2024' });
  });

  it('keeps pseudonyms out', () => {
    const facts = extractFacts(doc('某头部基金合伙人张婷（化名）告诉记者，她已经离职。', '2025-01-01'), rulesOnly);
    expect(facts).toEqual([]);
  });

  it('uses an anaphoric date (三个月后) relative to the previous one', () => {
    const text = '去年12月，剪映负责人赵明宇离职。三个月后，火山引擎的一号位钱立新也选择出走，加盟了生数科技。';
    const facts = extractFacts(doc(text, '2025-08-01'), rulesOnly);
    expect(find(facts, '钱立新', 'left')).toMatchObject({ org: '字节跳动', date: '2025-03' });
    expect(find(facts, '钱立新', 'joined')?.date).toBe('2025-03');
  });
});

describe('extractFacts: general news that states no career move', () => {
  it('reads leaving a place, going home, honorifics and unknown founders as no move', () => {
    const text = [
      '百度副总裁王立群出席了发布会。',
      '会后，王立群离开上海赴美国参加论坛。',
      '大学生吴晓东毕业后回到家乡办起了农场。',
      '古稀之年的侯老退居二线，仍关心行业发展。',
      '酒店创始人梁志远扶贫济困的义举被传为佳话。',
      '被解雇后，失业者的首要任务是四处寻找工作。',
      '今天我们非常荣幸邀请到的嘉宾是海渔广场的副总裁叶晓和销售经理田源。',
      '而在与明年加入了新内容的《魔兽世界》竞争中，这是个事实。',
      '发改委：加快成立私募股权基金行业协会。',
      '令其中的一位采访对象被开除公职。',
    ].join('');
    expect(rulesTriples(text, '2024-01-01')).toEqual([]);
  });
});

describe('extractFacts: the organisation left and its date', () => {
  it('从X离职 names the organisation left, over the employer the document knows', () => {
    const text = '王伟已于近日加入美团，担任AI产品部负责人。据知情人士透露，王伟今年1月从月之暗面离职。';
    const facts = extractFacts(doc(text, '2025-03-18'), rulesOnly);
    expect(triples(facts)).toEqual(['王伟 joined 美团', '王伟 left 月之暗面']);
    expect(find(facts, '王伟', 'left')).toMatchObject({ date: '2025-01', status: 'reported' });
  });

  it('a statement of the leaving dates it, over the joining it was implied by', () => {
    const text = '月之暗面前产品负责人王伟已于近日加入美团。据知情人士透露，王伟今年1月从月之暗面离职。';
    const facts = extractFacts(doc(text, '2025-03-18'), rulesOnly);
    expect(find(facts, '王伟', 'joined')).toMatchObject({ org: '美团', date: '2025-03' });
    expect(find(facts, '王伟', 'left')).toMatchObject({ org: '月之暗面', date: '2025-01' });
  });
});

describe('extractFacts: more phrasings', () => {
  it('退休 is a leaving; a quoted “退休” is not', () => {
    const facts = extractFacts(doc('此外，美团原副总裁许文华已于今年5月正式退休。此后高翔并未真正进入“退休”状态。', '2025-07-01'), rulesOnly);
    expect(triples(facts)).toEqual(['许文华 left 美团']);
    expect(find(facts, '许文华', 'left')?.date).toBe('2025-05');
  });

  it('请辞 to become an advisor is a stepping down; advising elsewhere after leaving is not', () => {
    const a = extractFacts(doc('网易今日发布公告，首席技术官孟涛因个人原因请辞，将转任集团技术顾问。', '2025-07-22'), rulesOnly);
    expect(triples(a)).toEqual(['孟涛 stepped_down 网易']);
    const b = extractFacts(doc('孟涛2018年加入网易，去年底离职后曾短暂担任一家新创公司的技术顾问。', '2025-07-22'), rulesOnly);
    expect(triples(b).filter((t) => t.includes('stepped_down'))).toEqual([]);
  });

  it('compound surnames with a one-character given name (南宫珏, 东方嘉)', () => {
    expect(rulesTriples('字节跳动旗下火山引擎总裁助理南宫珏已于本月初离职，跳槽至百度。小米同期还从快手挖来技术骨干东方嘉。', '2026-01-20')).toEqual(['东方嘉 joined 小米', '东方嘉 left 快手', '南宫珏 joined 百度', '南宫珏 left 字节跳动']);
  });

  it('投身…创业 and 与B联合创立 found a company; 获任命 is an appointment', () => {
    const a = extractFacts(doc('据量子位了解，前腾讯AI Lab首席研究员钟灵已于上月离职，投身具身智能创业。', '2024-11-20'), rulesOnly);
    expect(triples(a)).toEqual(['钟灵 founded ∅', '钟灵 left 腾讯']);
    expect(find(a, '钟灵', 'left')?.status).toBe('reported');
    const b = extractFacts(doc('前美团无人机业务负责人宋拓已离职，与原拼多多技术总监曹一帆联合创立具身智能公司“灵枢动力”。', '2024-11-20'), rulesOnly);
    expect(triples(b)).toEqual(['宋拓 founded 灵枢动力', '宋拓 left 美团', '曹一帆 founded 灵枢动力', '曹一帆 left 拼多多']);
    const c = extractFacts(doc('科大讯飞12月30日晚间公告。同日，原中兴通讯首席架构师孔锋获任命为公司副总裁。', '2024-12-31'), rulesOnly);
    expect(triples(c)).toEqual(['孔锋 joined 科大讯飞', '孔锋 left 中兴通讯']);
  });
});

describe('extractFacts: a career told in order', () => {
  it('转投 leaves the employer the document placed them at; 离开A加入B keeps its subject', () => {
    const a = extractFacts(doc('前美团产品副总裁黄立已于今年6月离职。他曾于2015年加入网易，2019年转投美团。', '2024-09-20'), rulesOnly);
    expect(find(a.filter((f) => f.org === '网易'), '黄立', 'left')).toMatchObject({ date: '2019' });
    const b = extractFacts(doc('值得一提的是，周澄此前曾在美团任职五年，2023年才离开美团加入智谱。', '2026-02-25'), rulesOnly);
    expect(triples(b)).toEqual(['周澄 joined 智谱', '周澄 left 美团']);
    expect(find(b, '周澄', 'joined')?.date).toBe('2023');
  });
});

describe('extractFacts: introductions, relative clauses and returns', () => {
  it('a unit name before a title is not a person; 曾 before a frequent word is an adverb (with the tagger)', () => {
    const a = extractFacts(doc('前腾讯云智慧产品副总裁龚宁正式加入生数科技，出任总裁。', '2025-06-01'), rulesOnly);
    expect(triples(a)).toEqual(['龚宁 joined 生数科技', '龚宁 left 腾讯']);
    const b = extractFacts(doc('这位前阿里P10、曾主导达摩院语音实验室的技术老兵苏慕恒，去年底悄然离开工作了九年的阿里巴巴，与两位昔日同事共同创办了语音AI公司“声途科技”。', '2024-06-01'));
    expect(triples(b)).toEqual(['苏慕恒 founded 声途科技', '苏慕恒 left 阿里巴巴']);
    expect(find(b, '苏慕恒', 'left')?.date).toBe('2023-12');
  });

  it('a quoted name after a descriptor; 回到老东家 is the employer left', () => {
    const a = extractFacts(doc('今年3月，原首席运营官叶崇安离任，随后自立门户，成立AI广告公司“映格智能”。', '2025-10-01'), rulesOnly);
    expect(find(a, '叶崇安', 'founded')?.org).toBe('映格智能');
    const b = extractFacts(doc('去年9月离开百度的钟钰，三个月前又回到老东家，执掌文心一言的多模态团队。', '2025-10-01'), rulesOnly);
    expect(find(b, '钟钰', 'joined')).toMatchObject({ org: '百度', cause: 'return' });
  });
});

describe('extractFacts: lists, announcers and forms of address', () => {
  it('被挖到 from a source; 奔赴; 迎来 a hire; 挂冠而去', () => {
    const a = extractFacts(doc('林朔早年在百度工作多年，2022年从百度被挖到阿里达摩院。', '2025-04-20'), rulesOnly);
    expect(find(a, '林朔', 'joined')).toMatchObject({ org: '阿里巴巴', date: '2022' });
    const b = extractFacts(doc('前不久，曾在快手负责可灵视频模型训练的技术专家傅嘉琪也奔赴小米。智谱近期还迎来了前零一万物预训练负责人邵青禾。MiniMax国际业务负责人温卓于本月初挂冠而去。', '2025-04-20'), rulesOnly);
    expect(triples(b)).toEqual(['傅嘉琪 joined 小米', '傅嘉琪 left 快手', '温卓 left MiniMax', '邵青禾 joined 智谱', '邵青禾 left 零一万物']);
  });

  it('“X”的联合创始人还包括A、B; 加入其团队 joins the announcer; 苏总 is the 苏 named before', () => {
    const a = extractFacts(doc('前腾讯杰出科学家祁山已离职，新公司“澜序智能”浮出水面。据了解，澜序智能的联合创始人还包括前拼多多技术副总裁凌修、前阿里算法总监于墨。', '2025-08-14'), rulesOnly);
    expect(find(a.filter((f) => f.person === '凌修'), '凌修', 'founded')?.org).toBe('澜序智能');
    expect(find(a.filter((f) => f.person === '于墨'), '于墨', 'founded')?.org).toBe('澜序智能');
    const b = extractFacts(doc('字节跳动旗下火山引擎本周宣布，原MiniMax语音团队负责人岑嘉禾已加入其语音交互团队。', '2025-04-20'), rulesOnly);
    expect(find(b, '岑嘉禾', 'joined')).toMatchObject({ org: '字节跳动', unit: '火山引擎' });
    const c = extractFacts(doc('前阿里巴巴副总裁苏慕恒去年底离开阿里巴巴，创办了“声途科技”。苏总的创业并非孤例。', '2024-03-28'), rulesOnly);
    expect(c.filter((f) => f.person === '苏总')).toEqual([]);
  });
});

describe('extractFacts: names and glosses', () => {
  it('a short name means the organisation once the text has named it in full', () => {
    expect(rulesTriples('地平线（Horizon Robotics）核心团队近期离职。去年，地平线前副总裁夏知秋离职后加入了蔚来。', '2025-07-15')).toEqual(['夏知秋 joined 蔚来', '夏知秋 left 地平线']);
  });

  it('a Latin gloss of a Chinese company is no person; a name does not swallow 则; 网 ends no given name', () => {
    const facts = extractFacts(doc('曜衡半导体（Yaoheng Semi）创始人郁思远正在讲解流片计划。雷锋网获悉，前大疆工程师欧阳翊则加入了优必选。', '2025-07-15'), rulesOnly);
    expect(facts.filter((f) => /Yaoheng|雷锋网/.test(f.person))).toEqual([]);
    expect(find(facts, '欧阳翊', 'joined')?.org).toBe('优必选');
  });
});

describe('extractFacts: announcements', () => {
  it('a span of years before a post is a joining and a leaving; the résumé line is about the person named before', () => {
    const facts = extractFacts(doc('王伟，1981年出生。2008年至2018年历任华为技术有限公司芯片架构师；2018年9月加入寒武纪。', '2025-06-20'), rulesOnly);
    expect(find(facts, '王伟', 'joined')).toBeDefined();
    expect(facts.filter((f) => f.org === '华为').map((f) => `${f.relation} ${f.date}`).sort()).toEqual(['joined 2008', 'left 2018']);
  });

  it('a resignation that keeps an advisory post is a stepping down; 不再担任任何职务 is a leaving', () => {
    const text = '同日，公司董事会收到首席技术官梁颂文先生的书面辞职报告。梁颂文先生申请辞去公司首席技术官职务，辞职后将继续在公司担任技术专家委员会顾问。此外，公司董事石佩玲女士因个人原因辞去公司董事职务，辞职后不再担任公司任何职务。';
    expect(rulesTriples(`寒武纪发布公告。${text}`, '2025-06-20')).toEqual(['梁颂文 stepped_down 寒武纪', '石佩玲 left 寒武纪']);
  });
});

describe('extractFacts: organisations introduced in quotes, announcements, passive founding', () => {
  it('a quoted company name after 公司 is that company wherever the text repeats it; 由P创立 founds it', () => {
    const text = '据悉，具身智能公司“衡元智造”（Hengyuan Robotics）近日完成管理层补强：前蔚来自动驾驶算法总监祁望舒加入，担任CTO；前小米机器人实验室负责人柴若兮则以联合创始人身份加入。衡元智造由庞世钧于2022年创立，此前他在大疆担任工程总监。';
    const facts = extractFacts(doc(text, '2025-09-10'), rulesOnly);
    expect(triples(facts)).toEqual([
      '庞世钧 founded 衡元智造', '庞世钧 left 大疆',
      '柴若兮 joined 衡元智造', '柴若兮 left 小米',
      '祁望舒 joined 衡元智造', '祁望舒 left 蔚来',
    ]);
    expect(find(facts, '柴若兮', 'joined')).toMatchObject({ role: '联合创始人', date: '2025-09', status: 'reported' });
    expect(find(facts, '庞世钧', 'founded')?.date).toBe('2022');
  });

  it('a joining told as a noun names no company it is not given (P的加入能补齐公司…)', () => {
    const facts = extractFacts(doc('谈及此次引才，他说蒲嘉言的加入能补齐公司在感知算法上的短板。', '2025-09-10'), rulesOnly);
    expect(facts).toEqual([]);
  });

  it('graduating from a school is no leaving; a media outlet learning something is a report, not a person', () => {
    const text = '前小鹏汽车智驾负责人邬定国日前加入理想汽车。凤凰网了解到，他2017年从浙江大学博士毕业后即加入百度，去年曾短暂在小鹏汽车任职，今年初离开。';
    const facts = extractFacts(doc(text, '2025-09-10'), rulesOnly);
    expect(facts.some((f) => f.org === '浙江大学' || f.person.endsWith('网'))).toBe(false);
    expect(find(facts, '邬定国', 'joined')?.org).toBe('理想汽车');
    expect(facts.find((f) => f.person === '邬定国' && f.org === '百度')).toMatchObject({ relation: 'joined', date: '2017', status: 'reported' });
  });

  it('a surname with an English title (邬CTO) is the person of that surname named before', () => {
    const text = '前小鹏汽车智驾负责人邬定国日前加入理想汽车。邬CTO在行业内以严谨著称。他去年曾在华为短暂任职。';
    const facts = extractFacts(doc(text, '2025-09-10'), rulesOnly);
    expect(find(facts, '邬定国', 'left')?.org).toBeDefined();
    expect(facts.every((f) => f.person === '邬定国')).toBe(true);
  });
});

describe('extractFacts: with the learned tagger', () => {
  it('a name with a function character in it (朱亦博) is left to the tagger, which finds it', () => {
    const facts = extractFacts(doc('阶跃星辰原联合创始人朱亦博被曝已经离职，或将回归字节跳动。', '2025-05-20'));
    expect(triples(facts)).toEqual(['朱亦博 founded 阶跃星辰', '朱亦博 joined 字节跳动', '朱亦博 left 阶跃星辰']);
    expect(find(facts, '朱亦博', 'left')?.status).toBe('reported');
  });
});

describe('extractFacts: rare surnames and the tagger', () => {
  it('a name with a rare surname (邝) that the rules leave unsure is the tagger\'s to confirm', () => {
    // (Opening its sentence, "邝伟乐加入腾讯", the rules read it themselves: a given name that is no word, a verb after.)
    expect(triples(extractFacts(doc('在此之前，邝伟乐加入了腾讯。', '2025-12-16'), rulesOnly))).toEqual([]);
    expect(triples(extractFacts(doc('在此之前，邝伟乐加入了腾讯。', '2025-12-16')))).toEqual(['邝伟乐 joined 腾讯']);
  });
});

describe('extractFacts: Traditional script and English', () => {
  it('reads Traditional text, reports Simplified names, quotes the original', () => {
    const original = '今年2月，騰訊混元大模型團隊負責人張偉傑宣佈離職。';
    const facts = extractFacts(doc(original, '2025-05-01'), rulesOnly);
    expect(find(facts, '张伟杰', 'left')).toMatchObject({ org: '腾讯', date: '2025-02', evidence: original });
  });

  it('reads the common English phrasings', () => {
    const text = 'Former Google researcher Daniel Levin has joined Anthropic. Meta hired Sarah Chen as its chief scientist in March 2024. Tom Wright stepped down as CEO of Stability AI last year.';
    const facts = extractFacts(doc(text, '2025-02-01'), rulesOnly);
    expect(find(facts, 'Daniel Levin', 'joined')?.org).toBe('Anthropic');
    expect(find(facts, 'Daniel Levin', 'left')?.org).toBe('谷歌');
    expect(find(facts, 'Sarah Chen', 'joined')).toMatchObject({ org: 'Meta', date: '2024-03' });
    expect(find(facts, 'Tom Wright', 'stepped_down')).toMatchObject({ org: 'Stability AI', date: '2024' });
  });
});

describe('extractFacts: announcements (公告)', () => {
  const hk = [
    '澄川智能控股有限公司（「本公司」，連同其附屬公司統稱「本集團」）董事會謹此宣佈，閻思遠先生（「閻先生」）因擬投放更多時間於個人事務，已辭任本公司行政總裁，自2025年6月30日起生效。辭任後，閻先生將繼續擔任董事會主席。',
    '董事會亦宣佈，甄樸先生（「甄先生」）已辭任本公司首席技術官，自2025年6月30日起生效，辭任後將不再於本集團擔任任何職務。',
    '董事會欣然宣佈，夏侯曉彤女士（「夏侯女士」）已獲委任為本公司行政總裁，自2025年7月1日起生效。加入本集團前，夏侯女士於2015年至2021年擔任阿里雲計算有限公司副總裁。',
    '董事會進一步宣佈，林蔚女士已獲委任為獨立非執行董事，自2025年7月1日起生效。',
  ].join('\n\n');

  it('reads 本公司 as the company the announcement defines it for, dated by the effective date', () => {
    const facts = extractFacts(doc(hk, '2025-06-30'), rulesOnly);
    // Another post kept (繼續擔任董事會主席) makes the resignation a stepping down; none kept, a leaving.
    expect(find(facts, '阎思远', 'stepped_down')).toMatchObject({ org: '澄川智能控股有限公司', date: '2025-06-30' });
    expect(find(facts, '阎思远', 'left')).toBeUndefined();
    expect(find(facts, '甄朴', 'left')).toMatchObject({ org: '澄川智能控股有限公司', date: '2025-06-30' });
  });

  it('resolves a compound surname with a form of address, and dates a tenure by its range', () => {
    const facts = extractFacts(doc(hk, '2025-06-30'), rulesOnly);
    expect(find(facts, '夏侯晓彤', 'joined')).toMatchObject({ org: '澄川智能控股有限公司', role: '行政总裁', date: '2025-07-01' });
    expect(facts.filter((f) => f.person === '夏侯晓彤' && f.org === '阿里巴巴').map((f) => `${f.relation} ${f.date}`).sort()).toEqual(['joined 2015', 'left 2021']);
    expect(facts.some((f) => f.person.startsWith('夏侯') && f.person !== '夏侯晓彤')).toBe(false);
  });

  it('gives no fact for a board seat', () => {
    expect(find(extractFacts(doc(hk, '2025-06-30'), rulesOnly), '林蔚', 'joined')).toBeUndefined();
  });

  it('finds people with rare surnames by their form of address, and 公司 defined as the short name', () => {
    const text = '星澜科技股份有限公司（以下简称“公司”）董事会于近日收到公司高级副总裁隗正谦先生的书面辞职报告。'
      + '隗正谦先生因个人原因申请辞去公司高级副总裁职务，辞职后将不再担任公司任何职务。'
      + '公司于2025年8月25日召开董事会，同意聘任宓景行先生为公司副总裁。';
    const facts = extractFacts(doc(text, '2025-08-26'), rulesOnly);
    expect(find(facts, '隗正谦', 'left')?.org).toBe('星澜科技股份有限公司');
    expect(find(facts, '宓景行', 'joined')).toMatchObject({ org: '星澜科技股份有限公司', role: '副总裁' });
  });
});

describe('extractFacts: a start-up introduced in quotes', () => {
  it('knows the name by its Latin or Chinese part alone, and 公司 as the company just founded', () => {
    const text = 'AI Coding公司“TideCode潮码”完成A轮融资。TideCode由前百度技术负责人欧阳霁川创立于去年3月。'
      + '公司另两位联合创始人分别是前美团技术专家仉若溪和前快手工程效率负责人左丘望。';
    const facts = extractFacts(doc(text, '2025-06-01'));
    expect(find(facts, '欧阳霁川', 'founded')).toMatchObject({ org: 'TideCode潮码', date: '2024-03' });
    expect(facts.filter((f) => f.relation === 'founded').map((f) => f.person).sort()).toEqual(['左丘望', '仉若溪', '欧阳霁川'].sort());
    expect(find(facts, '仉若溪', 'left')?.org).toBe('美团');
  });
});

describe('extractFacts: hires announced together', () => {
  it('reads a Taiwanese title (處長) before a rare surname, and a glossed transliterated name', () => {
    const text = '台灣AI新創「語森科技」今日宣布完成A輪募資，同時公布兩項高層人事：前華碩處長闞柏鈞加入擔任技術長，前Appier科學家艾莉森·游（Allison Yu）則出任首席科學家。';
    const facts = extractFacts(doc(text, '2025-10-07'));
    expect(find(facts, '阚柏钧', 'joined')?.org).toBe('语森科技');
    expect(find(facts, '阚柏钧', 'left')?.org).toBe('华硕');
    expect(find(facts, '艾莉森·游', 'joined')?.org).toBe('语森科技');
  });

  it('does not take 转任 inside the company for a hire by the announcer', () => {
    const text = '生数科技本月宣布，前腾讯云副总裁龚以宁正式加入，出任总裁，接替转任首席科学家的联合创始人汪博。';
    const facts = extractFacts(doc(text, '2025-10-20'), rulesOnly);
    expect(find(facts, '汪博', 'joined')).toBeUndefined();
  });
});

describe('extractFacts: careers told in one sentence', () => {
  it('reads 下一站是X as the move, and a dated later join as leaving the earlier employer', () => {
    const facts = extractFacts(doc('字节跳动Seed团队负责人韩叙舟已于本月初正式离职，下一站是腾讯混元大模型团队。他2019年加入微软亚洲研究院，三年后回国加盟字节AI Lab。', '2025-09-10'), rulesOnly);
    expect(find(facts, '韩叙舟', 'joined')?.org).toBe('腾讯');
    const microsoft = facts.filter((f) => f.person === '韩叙舟' && f.org === '微软').map((f) => `${f.relation} ${f.date}`).sort();
    expect(microsoft).toEqual(['joined 2019', 'left 2022']);
  });

  it('does not read alternatives (将转投A，也有人称他会加入B) as a sequence', () => {
    const facts = extractFacts(doc('小鹏汽车负责人东方煦已于11月离职。对于他的去向，有说法称其将转投理想汽车，也有人称他会加入一家创业公司。', '2025-11-20'), rulesOnly);
    expect(find(facts, '东方煦', 'left')?.org).toBe('小鹏汽车');
    expect(facts.filter((f) => f.relation === 'left' && f.org === '理想汽车')).toEqual([]);
  });
});

describe('extractFacts: founders named by the sentence around them', () => {
  it('reads 离职创业，新公司「X」 as founding X, and X方面，联合创始人兼… as X\'s founder', () => {
    const facts = extractFacts(doc('零一万物方面，联合创始人兼技术副总裁司马岳去年底已离职创业，新公司「星绎智能」聚焦AI教育硬件。', '2025-03-10'), rulesOnly);
    expect(facts.filter((f) => f.relation === 'founded').map((f) => f.org).sort()).toEqual(['星绎智能', '零一万物'].sort());
    expect(find(facts, '司马岳', 'left')).toMatchObject({ org: '零一万物', date: '2024-12' });
  });

  it('reads 注册新公司“X” as a founding and 此前在X从事… as a past tie', () => {
    const facts = extractFacts(doc('原地平线首席科学家雷奕帆已在上海注册新公司“矽迹科技”。雷奕帆2015年加入地平线，此前在英特尔从事处理器设计。', '2025-07-01'), rulesOnly);
    expect(find(facts, '雷奕帆', 'founded')?.org).toBe('矽迹科技');
    expect(facts.some((f) => f.person === '雷奕帆' && f.relation === 'left' && f.org === '英特尔')).toBe(true);
  });
});

describe('extractFacts: a successor implies the predecessor left', () => {
  it('reads 接替…离职的Q as Q leaving the company the successor joins, not a move inside', () => {
    const facts = extractFacts(doc('生数科技宣布，前腾讯云副总裁龚以宁正式加入，出任总裁，接替今年6月离职的联合创始人冀明。', '2025-10-20'));
    // (联合创始人 is a founder title too: founded the company announcing the hire.)
    expect(facts.filter((f) => f.person === '冀明').map((f) => `${f.relation} ${f.org} ${f.date}`).sort()).toEqual(['founded 生数科技 null', 'left 生数科技 2025-06']);
    const inside = extractFacts(doc('生数科技宣布，前腾讯云副总裁龚以宁正式加入，出任总裁，接替转任首席科学家的联合创始人汪博。', '2025-10-20'));
    expect(inside.filter((f) => f.person === '汪博').map((f) => `${f.relation} ${f.org}`)).toEqual(['founded 生数科技']);
  });
});

describe('extractFacts: lists after a colon, co-founders, pseudonyms', () => {
  it('reads the hires listed after 迎来了一批“外援”：, the last one introduced at length', () => {
    const facts = extractFacts(doc('DeepSeek近三个月内迎来了一批“外援”：前快手技术骨干罗一鸣、前美团研究员孙菲，以及曾在拼多多担任推荐算法专家的钱梓豪，均已陆续入职。', '2025-09-01'), rulesOnly);
    expect(facts.filter((f) => f.relation === 'joined' && f.org === 'DeepSeek').map((f) => f.person).sort()).toEqual(['孙菲', '罗一鸣', '钱梓豪'].sort());
  });

  it('reads 与他一同创办极帆的还有P by the short name, and 化名 in brackets marks only the name before it', () => {
    const facts = extractFacts(doc('陈望舒创立机器人公司“极帆智能”。与他一同创办极帆的还有宇树科技前工程师何蔚然、小米前成员丁若溪（化名）。', '2025-09-01'), rulesOnly);
    expect(find(facts, '何蔚然', 'founded')?.org).toBe('极帆智能');
    expect(facts.some((f) => f.person === '丁若溪')).toBe(false);
  });

  it('takes the organisation of the post when a passive appointment names no agent', () => {
    const facts = extractFacts(doc('阿里巴巴今年积极挖角。另外，商汤科技本周公布，前华为云首席专家莫嘉铭被委任为商汤科技首席技术官。', '2025-05-20'), rulesOnly);
    expect(find(facts, '莫嘉铭', 'joined')?.org).toBe('商汤科技');
  });
});

describe('extractFacts: denied rumours', () => {
  it('gives no fact for a rumoured move the person denies in the next sentence, and keeps what was not denied', () => {
    const text = '知情人士称，月之暗面工程负责人笪一鸣已离职，或将加入栖枝智能。外界一度传出，字节视频生成负责人蒯星遥也将加入栖枝智能。蒯星遥本人在朋友圈否认了这一说法。';
    const facts = extractFacts(doc(text, '2025-11-20'));
    expect(facts.filter((f) => f.person === '蒯星遥')).toEqual([]);
    expect(find(facts, '笪一鸣', 'left')?.org).toBe('月之暗面');
  });
});

describe('extractFacts: 前 inside a name', () => {
  it('keeps a given name with 前 in it (张前川) while 由前 opens no name', () => {
    expect(find(extractFacts(doc('MiniMax副总裁张前川已于去年9月离职。', '2025-03-01'), rulesOnly), '张前川', 'left')?.org).toBe('MiniMax');
    const facts = extractFacts(doc('语森科技由前微软研究员嵇承恩于2022年创立。', '2025-10-07'));
    expect(facts.some((f) => f.person.startsWith('由'))).toBe(false);
  });
});

describe('extractFacts: a dated stint', () => {
  it('reads 去年曾短暂在X任职，今年初离开 as joining X last year and leaving it this year', () => {
    const facts = extractFacts(doc('房湛是一位工程师。他2018年从哈工大博士毕业后即加入优必选，去年曾短暂在小鹏机器人任职，今年初离开。', '2025-08-01'), rulesOnly);
    expect(facts.filter((f) => f.org === '小鹏汽车').map((f) => `${f.relation} ${f.date}`).sort()).toEqual(['joined 2024', 'left 2025-01']);
  });
});

describe('extractFacts: Hong Kong press', () => {
  it('reports a Latin name glossed in Chinese by the Chinese name, without the stock code in the title', () => {
    const facts = extractFacts(doc('比亞迪（1211）海外事業部前總經理Vincent Lo（盧永信）周一正式履新，出任理想汽車（2015）國際業務總裁。', '2026-01-13'));
    expect(find(facts, '卢永信', 'joined')).toMatchObject({ org: '理想汽车', role: '国际业务总裁' });
  });

  it('reads 辞任首席财务官，但将继续留任执行董事 as stepping down, dated 昨晚, and 此前为X… as a past tie', () => {
    const facts = extractFacts(doc('商湯昨晚在港交所發布公告，執行董事兼首席財務官麥綺華因希望投放更多時間於家庭，辭任首席財務官，但將繼續留任執行董事。尹嘉朗此前為曠視科技財務副總裁。', '2025-10-09'));
    expect(find(facts, '麦绮华', 'stepped_down')).toMatchObject({ org: '商汤科技', date: '2025-10-08' });
    expect(find(facts, '尹嘉朗', 'left')?.org).toBe('旷视科技');
  });
});

describe('extractFacts: a founder title named by its announcer', () => {
  it('reads X宣布，联合创始人之一的P… as P a founder of X, not of the company the text is most about', () => {
    const facts = extractFacts(doc('阿里巴巴和腾讯都没有回应。阿里巴巴今年很忙。同日，小鵬汽車（9868）亦宣布，聯合創始人之一的湯皓川因健康原因暫時休息。', '2026-01-12'));
    expect(find(facts, '汤皓川', 'founded')?.org).toBe('小鹏汽车');
    expect(find(facts, '汤皓川', 'stepped_down')?.org).toBe('小鹏汽车');
  });
});

describe('extractFacts: a sector and a company word', () => {
  it('reads 创立了AI公司 as founding an unnamed company, not one named "AI"', () => {
    const facts = extractFacts(doc('2023年，原京东集团副总裁何晓冬离开京东，创立了AI公司。', '2025-06-15'), rulesOnly);
    expect(find(facts, '何晓冬', 'founded')?.org).toBeNull();
  });
});

describe('extractFacts: a hedged move, a colleague described, a tenure in one sentence', () => {
  it('finds a name before 或将, takes 与X同组的 as describing the next person, and leaves no employer the sentence has them join', () => {
    const facts = extractFacts(doc('知情人士透露，与宓清岚同组的资深算法专家司马云舟或将一同加盟腾讯，目前仍在走离职流程。', '2025-12-04'), rulesOnly);
    expect(triples(facts)).toEqual(['司马云舟 joined 腾讯']);
    expect(find(facts, '司马云舟', 'joined')?.status).toBe('reported');
  });

  it('keeps a join with its own time and a later leaving of the same company', () => {
    expect(rulesTriples('上官敏仪2016年加入商汤，今年8月离职。', '2025-10-14')).toEqual(['上官敏仪 joined 商汤科技', '上官敏仪 left 商汤科技']);
  });
});

describe('extractFacts: an English given name with a Chinese surname', () => {
  it('reads "Kevin 蒋" as one person and the surname alone later as them', () => {
    expect(rulesTriples('据悉，MiniMax语音团队前负责人Kevin 蒋今年10月已入职字节，出任语音方向负责人。蒋此前在科大讯飞工作六年。', '2025-12-04')).toEqual(['Kevin 蒋 joined 字节跳动', 'Kevin 蒋 left MiniMax', 'Kevin 蒋 left 科大讯飞']);
  });

  it('reads "Ivy 吳" in Traditional text before 聯合創辦', () => {
    expect(rulesTriples('台灣大哥大前數據長Ivy 吳聯合創辦生成式AI新創雲雀智能。', '2026-03-20')).toContain('Ivy 吴 founded 云雀智能');
  });
});

describe('extractFacts: passive successors and founders, rare surnames, hires brought in', () => {
  it('reads 其职务由原A董事长P接替 as P joining from A, but not a successor from inside', () => {
    const facts = extractFacts(doc('蚂蚁集团副总裁令狐明远已于6月底卸任，转任集团高级顾问，其职务由原平安集团副总裁邝志远接替。', '2025-07-10'), rulesOnly);
    expect(triples(facts)).toEqual(['令狐明远 stepped_down 蚂蚁集团', '邝志远 joined 蚂蚁集团', '邝志远 left 中国平安']);
    expect(find(facts, '邝志远', 'joined')?.date).toBe('2025-06');
    const inside = extractFacts(doc('联发科今日公告，资深副总经理萧承翰申请退休，将转任公司技术顾问，职务由副总经理江佩芸接任。', '2025-10-30'), rulesOnly);
    expect(triples(inside).filter((t) => t.startsWith('江佩芸'))).toEqual([]);
  });

  it('reads X则由P于2016年创立 as P founding X; 兄弟 after a name ends it', () => {
    expect(triples(extractFacts(doc('寒武纪则由陈天石于2016年创立。', '2026-02-26'), rulesOnly))).toEqual(['陈天石 founded 寒武纪']);
    expect(triples(extractFacts(doc('寒武纪由张三和陈云霁兄弟于2016年创立。', '2026-02-26'), rulesOnly))).toContain('陈云霁 founded 寒武纪');
  });

  it('finds a rare surname before an everyday word after a Latin title, staying on as adviser', () => {
    expect(rulesTriples('燧原科技CTO冼海滨因身体原因辞去CTO职务，但仍以技术顾问身份为公司提供支持。', '2026-02-26')).toEqual(['冼海滨 stepped_down 燧原科技']);
  });

  it('reads 从A引入P as joining the company and leaving A; 新任CFO is no person', () => {
    expect(rulesTriples('燧原科技今年1月从华为海思引入芯片架构师练书航。沐曦迎来新任CFO。', '2026-02-26')).toEqual(['练书航 joined 燧原科技', '练书航 left 华为']);
  });
});

describe('extractFacts: a platform written on is no organisation', () => {
  it('does not read 在臉書上澄清 as the employer of a later hire', () => {
    const facts = extractFacts(doc('外界一度傳出他將轉戰momo，但他在臉書上澄清「沒有這回事」。公司日前公告，聘任馮曉嵐為物流事業處執行副總經理。', '2025-05-14'), rulesOnly);
    expect(facts.filter((f) => f.org === 'Meta')).toEqual([]);
  });
});

describe('extractFacts: organisations known by what they do in the sentence', () => {
  it('reads a name glossed in Latin that announces (鴻興先進（Foxtrex）昨日公告) as the organisation', () => {
    expect(rulesTriples('電動車事業再有人事異動。鴻興先進（Foxtrex）昨（16）日公告，總經理聶宏彬因個人生涯規劃辭去職務，即日起不再擔任公司任何職務。', '2026-06-17')).toEqual(['聂宏彬 left 鸿兴先进']);
  });

  it('reads "X方面，" as the organisation speaking, not 技术方面', () => {
    expect(rulesTriples('星港方面，行政總裁任家駒已於上月退休。技术方面，公司表示会加大投入。', '2026-06-17')).toEqual(['任家驹 left 星港']);
  });
});

describe('extractFacts: an announcement of a resignation with a post kept, and a hire', () => {
  it('reads 辞去总经理职务，辞职后仍担任公司董事长 as a stepping down only, and 聘任宰父明哲先生 as a join', () => {
    const text = '江苏澜芯微电子股份有限公司（以下简称“公司”）董事会于近日收到总经理盛乾坤先生的书面辞职报告，盛乾坤先生因工作调整辞去总经理职务，辞职后仍担任公司董事长。\n\n公司于2025年8月28日召开董事会会议，同意聘任宰父明哲先生为公司总经理。';
    expect(rulesTriples(text, '2025-08-29')).toEqual(['宰父明哲 joined 江苏澜芯微电子股份有限公司', '盛乾坤 stepped_down 江苏澜芯微电子股份有限公司']);
  });
});

describe('extractFacts: a career in sequence, an adviser post at the same company', () => {
  it('reads 先后效力于A和B as past ties, not joinings', () => {
    expect(rulesTriples('钟离沐阳2023年离开小米，先后效力于优必选和银河通用。', '2026-01-20')).toEqual(['钟离沐阳 left 优必选', '钟离沐阳 left 小米', '钟离沐阳 left 银河通用']);
  });

  it('reads 不再担任该职务，转任美团顾问 as a stepping down only', () => {
    expect(rulesTriples('美团近日宣布，到店事业群总裁司徒振华不再担任该职务，转任美团顾问。', '2025-05-20')).toEqual(['司徒振华 stepped_down 美团']);
  });
});

describe('extractFacts: the people listed after 加入X的还有', () => {
  it('reads everyone of the list as joining X', () => {
    expect(rulesTriples('同期加入腾讯的还有前百度工程师张天佑、前阿里巴巴工程师李明远，两人分别负责感知与规划。', '2026-01-20')).toEqual(['张天佑 joined 腾讯', '张天佑 left 百度', '李明远 joined 腾讯', '李明远 left 阿里巴巴']);
  });
});

describe('extractFacts: the company speaking of a departure, an adviser post after retiring, a named source', () => {
  it('reads 理想方面回应称，P系因个人原因离开 as leaving 理想, and no switch from a later employer', () => {
    const text = '理想汽车智能驾驶研发副总裁夏侯景澄已于今年2月离职，将加入小米汽车。理想方面回应称，夏侯景澄系因个人原因离开。夏侯景澄2018年从百度跳槽至理想。';
    expect(rulesTriples(text, '2026-03-10')).toEqual(['夏侯景澄 joined 小米', '夏侯景澄 joined 理想汽车', '夏侯景澄 left 理想汽车', '夏侯景澄 left 百度']);
  });

  it('reads 退休，退休后转任公司技术顾问 as a stepping down', () => {
    expect(rulesTriples('日月光投控研发中心资深处长温雅筑已于10月退休，退休后转任公司技术顾问。', '2025-11-20')).toEqual(['温雅筑 stepped_down 日月光投控']);
  });
});

describe('extractFacts: a roundup of founders, a former post in apposition, partners mid-clause', () => {
  it('reads each "NAME：前X负责人，…创办Y" line, rare surnames included, as left X and founded Y', () => {
    const text = '盘点近一年从美团出走的创业者：\n\n晁星野：前美团优选算法负责人，今年3月创办AI供应链公司“远帆”。\n\n逄一鸣：前大众点评产品总监，年中与两位前同事联合创办营销SaaS“青禾”，自任CEO。';
    const facts = extractFacts(doc(text, '2025-11-20'), rulesOnly);
    expect(triples(facts)).toEqual(['晁星野 founded 远帆', '晁星野 left 美团', '逄一鸣 founded 青禾', '逄一鸣 left 美团']);
    expect(find(facts, '逄一鸣', 'founded')?.date).toBe('2025');
  });

  it('reads "王X，前百度高管，今年3月加入腾讯" as a departure from the post in apposition', () => {
    expect(rulesTriples('宁致远，前百度高管，今年3月加入腾讯。', '2025-06-01')).toEqual(['宁致远 joined 腾讯', '宁致远 left 百度']);
  });
});

describe('extractFacts: names that end in a conjunction, rare surnames, a short company name in an employer slot', () => {
  it('keeps 和 as the last character of a name when nothing can be joined to it (乐正清和已于…)', () => {
    expect(rulesTriples('前华为盘古大模型专家乐正清和已于今年1月离职。', '2026-02-10')).toEqual(['乐正清和 left 华为']);
    expect(rulesTriples('王清和李明已于今年1月从华为离职。', '2026-02-10')).toEqual(['李明 left 华为', '王清 left 华为']);
  });

  it('reads 禤 as a surname and 兼任 after a name as the verb', () => {
    expect(rulesTriples('小鹏汽车感知算法负责人禤嘉诚已被理想汽车挖走。', '2024-08-20')).toEqual(['禤嘉诚 joined 理想汽车', '禤嘉诚 left 小鹏汽车']);
    expect(rulesTriples('此前，该公司CTO一职由联合创始人黎昕兼任。', '2024-08-20').every((t) => !t.startsWith('黎昕兼'))).toBe(true);
  });

  it('reads a short company name that is also a word (地平线) where only an employer fits', () => {
    expect(rulesTriples('独孤牧云本周宣布已从地平线离职。地平线由余凯于2015年创立。', '2024-08-20')).toEqual(['余凯 founded 地平线', '独孤牧云 left 地平线']);
    expect(rulesTriples('他望向远方的地平线，决定离职。', '2024-08-20').some((t) => t.includes('地平线'))).toBe(false);
  });
});

describe('extractFacts: a career list with no move in its sentence, a name created by a founding verb, staying until', () => {
  it('reads "X先后任职于宝洁、麦肯锡和飞猪" as past ties even when the sentence tells no move', () => {
    expect(rulesTriples('新加盟的高管是胡明澈。胡明澈先后任职于宝洁、麦肯锡和飞猪。', '2024-03-20')).toEqual(['胡明澈 left 宝洁', '胡明澈 left 阿里巴巴', '胡明澈 left 麦肯锡']);
  });

  it('reads a quoted name right after a founding verb and its description as a company, not a person (鹿鸣)', () => {
    const out = rulesTriples('曾任腾讯研究员、后联合创办AI陪伴应用“鹿鸣”的郗子墨，本月已离开鹿鸣、重新入职腾讯。', '2025-06-18');
    expect(out).toEqual(expect.arrayContaining(['郗子墨 founded 鹿鸣', '郗子墨 left 鹿鸣', '郗子墨 joined 腾讯']));
    expect(out.some((t) => t.startsWith('鹿鸣 '))).toBe(false);
  });

  it('reads "在栖木留任至今年4月" as leaving then', () => {
    const facts = extractFacts(doc('前阿里云总经理蒯望舒在2022年创办了数据库初创“栖木数据”。收购完成后，蒯望舒在栖木留任至今年4月。', '2025-06-18'), rulesOnly);
    expect(facts.find((f) => f.person === '蒯望舒' && f.relation === 'left' && f.org === '栖木数据')?.date).toBe('2025-04');
  });
});

describe('extractFacts: an insurer named in the clause before the move', () => {
  it('reads "新华保险本周公告，副总裁X因到龄退休" as leaving the insurer, not an organisation of an earlier sentence', () => {
    expect(rulesTriples('张思远先后任职于中金公司研究部。保险业方面，富泰保险本周公告，副总裁兼首席投资官缑德润因到龄退休。', '2023-09-05')).toEqual(['张思远 left 中金公司', '缑德润 left 富泰保险']);
  });
});

describe('extractFacts: a lab after joining, a break after leaving, 曾先后', () => {
  it('reads "加入荣耀，担任影像实验室总裁" as one move and "离职，此后休整了半年" as no step down', () => {
    expect(rulesTriples('荣耀今日官宣，前OPPO影像首席科学家王岚已正式加入荣耀，担任影像实验室总裁。据了解，王岚去年年中从OPPO离职，此后休整了半年。', '2025-01-09')).toEqual(['王岚 joined 荣耀', '王岚 left OPPO']);
  });

  it('does not read 曾先后 as a name, and knows realme', () => {
    const out = rulesTriples('前OPPO科学家王岚今日加入荣耀。王岚毕业于哈尔滨工业大学，曾先后供职于索尼、华为，2019年加入OPPO。realme中国区总裁鞠望川将于本月卸任。', '2025-01-09');
    expect(out).toEqual(['王岚 joined OPPO', '王岚 joined 荣耀', '王岚 left OPPO', '王岚 left 华为', '王岚 left 索尼', '鞠望川 stepped_down realme']);
  });
});

describe('extractFacts: hired as (聘为, 获聘为), a source close to the person, a quarter, a career told on without a subject', () => {
  it('reads "被零跑聘为…" and "获聘为香港科技大学教授" as joining, and 接近他的人士称 as a report dated by 第三季度', () => {
    expect(rulesTriples('前华为ADS产品部部长王衡已被零跑聘为智能驾驶副总裁。', '2026-05-14')).toEqual(['王衡 joined 零跑汽车', '王衡 left 华为']);
    expect(rulesTriples('原京东探索研究院院长黎成舟已于2024年底获聘为香港科技大学教授。', '2025-03-01')).toEqual(['黎成舟 joined 香港科技大学', '黎成舟 left 京东']);
    const facts = extractFacts(doc('宁德时代欧洲业务负责人王绍谦已于上月离职。接近他的人士称，他将于第三季度加盟欣旺达。', '2026-05-14'), rulesOnly);
    expect(find(facts, '王绍谦', 'joined')).toMatchObject({ org: '欣旺达', status: 'reported', date: '2026' });
    expect(find(facts, '王绍谦', 'left')).toMatchObject({ org: '宁德时代', date: '2026-04' });
  });

  it('reads a quoted name past a description (二手新能源车检测平台“验真”) and a past post in a sentence with no subject', () => {
    expect(rulesTriples('前极氪用户运营负责人呼延舟今年3月创立二手新能源车检测平台“验真”。', '2026-05-14')).toEqual(['呼延舟 founded 验真', '呼延舟 left 吉利']);
    expect(rulesTriples('吉利汽车研究院院长蒲延庆本月起正式退休。在吉利工作十九年，此前曾在长城汽车担任技术总监。', '2026-05-14')).toEqual(['蒲延庆 left 吉利', '蒲延庆 left 长城汽车']);
  });
});

describe('extractFacts: a successor from outside, partners with an adverb, a university by its short name, 获聘为 a post', () => {
  it('reads "遗缺由前世界先进营运长蒋欣怡接任" as joining the company the vacancy is at, but not an insider promoted', () => {
    expect(rulesTriples('力积电昨日公告，总经理钟承德因届龄退休；遗缺由前世界先进营运长蒋欣怡接任。', '2023-12-19')).toEqual(['蒋欣怡 joined 力积电', '蒋欣怡 left 世界先进', '钟承德 left 力积电']);
    expect(rulesTriples('力积电昨日公告，总经理钟承德因届龄退休；遗缺由副总经理蒋欣怡接任。', '2023-12-19')).toEqual(['钟承德 left 力积电']);
  });

  it('reads "P1已与前科大研究员P2联合创办X" as two founders, each with their own past', () => {
    expect(rulesTriples('据知情人士透露，前商汤科技研究院副院长薛静宜已与前科大博士后研究员何浩然联合创办医疗影像AI初创「澄映」。', '2026-07-10')).toEqual(['何浩然 founded 澄映', '薛静宜 founded 澄映', '薛静宜 left 商汤科技']);
  });

  it('reads 理大 before its department and a former post, and 获聘为公司董事 as no move', () => {
    expect(rulesTriples('另一方面，理大电子计算学系前副教授容梓轩上月加盟华为香港研究所，出任首席科学家。', '2026-08-24')).toEqual(['容梓轩 joined 华为', '容梓轩 left 香港理工大学']);
    expect(rulesTriples('栩栩同时宣布，前中华电信研究院院长游守正已获聘为公司董事。', '2024-11-20')).toEqual(['游守正 left 中华电信']);
  });
});

describe('extractFacts: a career told clause by clause, a founder named in a profile, 前后脚 and 跟随P', () => {
  it('reads "宇文砺…2015年跳槽到商汤，2019年被京东以副总裁头衔挖走" and a later 卸任CEO of the company founded after leaving', () => {
    const text = '他的本名叫宇文砺，是万花筒智能（Kaleido AI）的创始人。宇文砺的职业生涯踩中了每一个节点：2013年硕士毕业后进入百度深度学习研究院，2015年跳槽到商汤，2019年被京东以副总裁头衔挖走。2023年3月，宇文总从京东离职，拉上两位老同事创办了万花筒。今年年中，他卸任CEO，只保留董事长职务。';
    const out = rulesTriples(text, '2025-09-28');
    expect(out).toEqual(expect.arrayContaining(['宇文砺 founded 万花筒智能', '宇文砺 joined 京东', '宇文砺 left 商汤科技', '宇文砺 left 京东', '宇文砺 stepped_down 万花筒智能']));
    expect(out).not.toContain('宇文砺 stepped_down 京东');
  });

  it('does not read 前后脚 as part of a name, nor the one followed (跟随P出走) as leaving', () => {
    expect(rulesTriples('据悉，与司马砚前后脚入职混元的，还有阶跃星辰多模态算法专家麴蓝。', '2025-06-01').some((t) => t.startsWith('司马砚前'))).toBe(false);
    expect(rulesTriples('原地平线首席科学家雷奕帆已注册新公司“矽迹科技”。据多位知情人士透露，跟随雷奕帆出走的约有二十人。', '2025-07-01')).toEqual(['雷奕帆 founded 矽迹科技', '雷奕帆 left 地平线']);
  });
});

describe('extractFacts: listed-company announcements', () => {
  it('reads a resignation notice: the company by its stock code, 不再担任公司任何职务, 仍在公司担任其他职务, a board seat, 公司 as the company named last', () => {
    const text = '证券时报e公司讯，科翎电子（300812）4月22日晚间公告，公司董事会近日收到副总经理覃嘉树提交的书面辞职报告。覃嘉树因个人原因申请辞去公司副总经理、董事会秘书职务，辞职后不再担任公司任何职务。同日，董事会同意聘任佟予安为公司董事会秘书。此外，公司财务总监隆静姝因工作调整辞去财务总监职务，辞职后仍在公司担任其他职务。公司董事谈季平因个人原因辞去第四届董事会非独立董事职务，辞职后仍担任公司首席技术官。';
    expect(rulesTriples(text, '2024-04-23')).toEqual(['佟予安 joined 科翎电子', '覃嘉树 left 科翎电子', '隆静姝 stepped_down 科翎电子']);
  });

  it('reads a company repeated after its ending made it one (原汇川技术副总裁…加入汇川技术), and 前后 lists of two people', () => {
    expect(rulesTriples('公司聘任原汇川技术副总裁鲍书远为总经理。据了解，鲍总2015年加入汇川技术，此前在施耐德电气工作近十年。', '2024-04-23')).toEqual(expect.arrayContaining(['鲍书远 left 汇川技术', '鲍书远 joined 汇川技术']));
    expect(rulesTriples('同期加入智元的还有前蔚来自动驾驶算法专家闵可欣、前大疆工程师禚天佑。', '2026-01-10')).toEqual(expect.arrayContaining(['闵可欣 joined 智元机器人', '闵可欣 left 蔚来', '禚天佑 joined 智元机器人', '禚天佑 left 大疆']));
  });

  it('drops a rumoured 离职创业 the employer denies (网传…华为方面…否认)', () => {
    expect(rulesTriples('此前网传华为昇腾计算业务生态总监禚宏图已离职创业。华为方面向机器之心否认了这一消息。', '2025-06-01')).toEqual([]);
  });
});

describe('extractFacts: fund managers and scholars', () => {
  it('reads 履新, 休产假, a registered name in full, and a measure word that is no surname', () => {
    const text = '另据公告，原博时基金固收投资总监沙砚舟已于近日履新岱岳基金，出任首席投资官。岱岳基金公告称，基金经理窦星河因休产假，暂时不再管理旗下两只权益基金。据知情人士称，与前澜川基金投资总监郝望合伙创立上海知望私募基金管理有限公司。今年以来已有超过120位基金经理离任。';
    const out = rulesTriples(text, '2026-05-14');
    expect(out).toEqual(expect.arrayContaining(['沙砚舟 joined 岱岳基金', '窦星河 stepped_down 岱岳基金', '郝望 founded 上海知望私募基金管理有限公司']));
    expect(out.some((t) => t.startsWith('位基金'))).toBe(false);
  });

  it('reads a rare surname opening its sentence, 这位 after it, 原为X青年科学家 and 入职上海交通大学', () => {
    const out = rulesTriples('宦若冰的选择同样引人注目。这位青年学者原为上海人工智能实验室青年科学家，上个月低调入职具身智能创业公司“衡翼机器人”。今年9月，前百度研究院副院长邸望川正式入职上海交通大学。', '2024-11-20');
    expect(out).toEqual(expect.arrayContaining(['宦若冰 joined 衡翼机器人', '宦若冰 left 上海人工智能实验室', '邸望川 joined 上海交通大学', '邸望川 left 百度']));
  });
});

describe('extractFacts: a profile told by given name, co-founders after 由, a handover, a promotion within a group', () => {
  it('reads a founder profile: 被老上司拉去了滴滴, 映雪告别滴滴, 创办了供应链SaaS公司织星科技, 把CEO的位置交给P，自己退居二线, 织星 as 织星科技', () => {
    const text = '我们见到了织星科技创始人弓映雪。2011年，她跳槽到阿里巴巴；2015年，她被老上司拉去了正在高速扩张的滴滴。三年前，映雪告别滴滴，在杭州创办了供应链SaaS公司织星科技。今年3月，弓映雪把CEO的位置交给联合创始人焦予恒，自己退居二线。织星的首任CTO晏秋白在去年年底另谋高就。';
    const out = rulesTriples(text, '2023-09-01');
    expect(out).toEqual(expect.arrayContaining(['弓映雪 joined 滴滴', '弓映雪 left 阿里巴巴', '弓映雪 left 滴滴', '弓映雪 founded 织星科技', '弓映雪 stepped_down 织星科技', '晏秋白 left 织星科技']));
    expect(out.some((t) => t.startsWith('焦予恒 stepped_down'))).toBe(false);
    expect(rulesTriples('读AI论文，张一鸣告别了依然在传统资讯业务上扩张的字节。', '2024-01-01')).toEqual([]);
  });

  it('reads 由P1与P2、P3三人共同创办 after the founding year, and no move for a promotion within a group', () => {
    expect(rulesTriples('鹿野科技成立于2022年，由前微软亚洲研究院研究员桑砚与祖一川、巩蔚然三人共同创办。', '2025-03-01')).toEqual(['巩蔚然 founded 鹿野科技', '桑砚 founded 鹿野科技', '桑砚 left 微软', '祖一川 founded 鹿野科技']);
    expect(rulesTriples('原云达总经理鄢志诚则升任广达资深副总经理。', '2025-03-01')).toEqual([]);
  });
});

describe('extractFacts: Taiwan and mainland announcements, 离场的还有, 由X转战Y, spaces around a Latin name', () => {
  it('reads 宏碩光電（6629）17日召開董事會 as a company and 新任總經理由前台積電處長X接任 as joining it', () => {
    const out = rulesTriples('光學元件廠宏碩光電（6629）17日召開董事會，通過總經理異動案。原總經理賴泓毅因屆齡退休，轉任公司顧問；新任總經理由前台積電先進封裝技術處處長涂維哲接任，即日起生效。涂維哲1998年進入台積電，曾參與CoWoS製程開發。', '2025-11-18');
    expect(out).toEqual(expect.arrayContaining(['涂维哲 joined 宏硕光电', '涂维哲 left 台积电', '赖泓毅 stepped_down 宏硕光电']));
  });

  it('reads 同期离场的还有P、Q, 2019年由安侯建業（KPMG）轉戰聯昕, and 于今年3月从 vivo 离职', () => {
    expect(rulesTriples('快手调整中，同期离场的还有电商供应链负责人芈若初、直播运营总监皇甫溪。快手方面未回应。', '2023-12-20')).toEqual(['皇甫溪 left 快手', '芈若初 left 快手']);
    expect(rulesTriples('財務長侯韻如2019年由安侯建業（KPMG）轉戰聯昕科技。', '2025-11-18')).toEqual(['侯韵如 joined 联昕科技', '侯韵如 left 毕马威']);
    expect(rulesTriples('前 vivo 影像产品总监瞿星野今日官宣加盟小米。瞿星野于今年 3 月从 vivo 离职。', '2024-07-05')).toEqual(['瞿星野 joined 小米', '瞿星野 left vivo']);
  });
});

describe('extractFacts: a title that begins inside a guessed company name', () => {
  it('reads 前澜川基金投资总监郝望 with 澜川基金 as the company and 投资总监 as the post', () => {
    expect(rulesTriples('据知情人士称，阎知夏将与前澜川基金投资总监郝望合伙创立上海知望私募基金管理有限公司。', '2026-05-14')).toEqual(expect.arrayContaining(['郝望 left 澜川基金', '郝望 founded 上海知望私募基金管理有限公司']));
  });
});

describe('extractFacts: a fund founded under a description', () => {
  it('reads 成立专注于AI基础设施的早期基金“既明资本” as founding the quoted name', () => {
    expect(rulesTriples('前高瓴资本董事总经理牟晚晴今年自立门户，成立专注于AI基础设施的早期基金“既明资本”。', '2025-03-01')).toEqual(['牟晚晴 founded 既明资本', '牟晚晴 left 高瓴']);
  });
});

describe('extractFacts: a founder with partners (联合)', () => {
  it('reads "A联合B…成立X" as both founding X, and "A联合两位前同事创办X" as A founding it', () => {
    expect(rulesTriples('凌晓峰联合前阿里巴巴工程师宫雪于2023年成立了栖云智能。', '2025-03-01')).toEqual(['凌晓峰 founded 栖云智能', '宫雪 founded 栖云智能', '宫雪 left 阿里巴巴']);
    expect(rulesTriples('2024年，杜子健联合两位前同事创办了元矩科技。', '2025-03-01')).toEqual(['杜子健 founded 元矩科技']);
    // (The group after 旗下 is still the subject: no person fact.)
    expect(rulesTriples('马斯克旗下xAI又有两位创始人离职。', '2025-03-01')).toEqual([]);
  });
});

describe('extractFacts: moves said not to happen', () => {
  it('reads no move where a negation stands before the verb (并没有离开…的打算, 暂无…计划, 拒绝加入), but 不久前 is no negation', () => {
    expect(rulesTriples('王涛表示，自己并没有离开百度的打算。', '2025-03-01')).toEqual([]);
    expect(rulesTriples('王涛表示暂无离开百度的计划。', '2025-03-01')).toEqual([]);
    expect(rulesTriples('王涛拒绝加入字节跳动。', '2025-03-01')).toEqual([]);
    expect(rulesTriples('不久前，王涛离开了百度。', '2025-03-01')).toEqual(['王涛 left 百度']);
  });

  it('drops a rumoured move the employer calls 不实 (“不实，其仍在正常工作”)', () => {
    expect(rulesTriples('有消息称MiniMax视频算法负责人段砚秋也已离职，MiniMax方面回应称“不实，其仍在正常工作”。', '2025-03-01')).toEqual([]);
  });
});

describe('extractFacts: a career told through a founder\'s relative clause', () => {
  it('reads "投奔由X于2015年创立的Y" as joining Y, dated by its own clause, and keeps the traveller as the one 他 refers to', () => {
    const text = '2018年，祁远舟告别百度，投奔由余凯于2015年创立的地平线，出任智能驾驶产品线总经理。2021年底，他选择自立门户，在上海创办了行川智能。';
    const facts = extractFacts(doc(text, '2024-09-05'), rulesOnly);
    expect(find(facts, '祁远舟', 'joined')).toMatchObject({ org: '地平线', date: '2018' });
    expect(find(facts, '余凯', 'founded')).toMatchObject({ org: '地平线', date: '2015' });
    expect(find(facts, '祁远舟', 'founded')).toMatchObject({ org: '行川智能', date: '2021-12' });
    // (自立门户 leaves the employer the text last placed him at.)
    expect(facts.filter((f) => f.person === '祁远舟' && f.relation === 'left').map((f) => f.org).sort()).toEqual(['地平线', '百度']);
    expect(facts.some((f) => f.person === '余凯' && f.org === '行川智能')).toBe(false);
  });

  it('reads no move into a board (已进入X董事会)', () => {
    expect(rulesTriples('峰汇资本合伙人闫墨已进入行川智能董事会。', '2024-09-05')).toEqual([]);
  });
});

describe('extractFacts: a rare surname bounded by 官宣 or a year', () => {
  it('reads 创始人郜星野官宣回归字节跳动 and 郜岚汐2022年离开字节', () => {
    expect(rulesTriples('今年7月，AI Agent创业公司熵简智能的创始人郜星野官宣回归字节跳动。', '2025-11-20')).toEqual(['郜星野 founded 熵简智能', '郜星野 joined 字节跳动', '郜星野 left 熵简智能']);
    expect(rulesTriples('郜岚汐2022年离开字节，随后创业。', '2025-11-20')).toEqual(['郜岚汐 left 字节跳动']);
  });
});

describe('extractFacts: a new company named a sentence later, and its early team', () => {
  it('names an unnamed founding from 这家新公司名为“X”, finds X by its stem, and reads X的早期班底…已先后加入 as joining X', () => {
    const text = '量子位获悉，摩尔线程首席架构师庾知远已于近日离职，将牵头成立一家面向端侧推理的芯片公司。据悉，这家新公司名为“芯澜微电子”，已在上海完成工商注册。芯澜的早期班底也已浮出水面：寒武纪前研发总监贺兰舟、海光信息前架构师司徒敬已先后加入。有传言称寒武纪副总裁殷若谷也将加盟芯澜，寒武纪方面回应称其“仍在岗”。';
    const facts = extractFacts(doc(text, '2025-06-09'), rulesOnly);
    expect(find(facts, '庾知远', 'founded')).toMatchObject({ org: '芯澜微电子', date: '2025-06' });
    expect(triples(facts).filter((t) => t.includes('joined'))).toEqual(['司徒敬 joined 芯澜微电子', '贺兰舟 joined 芯澜微电子']);
  });
});

describe('extractFacts: a 百家姓 surname that is rare in news', () => {
  it('reads 负责人牧晚晴离职，与…联合创办了“掌域科技”', () => {
    expect(rulesTriples('去年底，优必选Walker系列产品线负责人牧晚晴离职，与前小米CyberDog项目负责人阙星澜联合创办了机器人灵巧手公司“掌域科技”。', '2025-02-14')).toEqual(['牧晚晴 founded 掌域科技', '牧晚晴 left 优必选', '阙星澜 founded 掌域科技', '阙星澜 left 小米']);
  });
});

describe('extractFacts: a prospectus that calls the issuer 本公司', () => {
  it('reads 本公司/本集团 and a clause-opening 公司 as the company its opening names, the short name before its bracketed legal one', () => {
    const text = '财新记者注意到，大模型公司云岫智能（北京云岫智能科技股份有限公司）已于12月1日向港交所递交招股书。\n\n'
      + '聂远帆先生，43岁，为本公司创始人、执行董事、董事会主席兼首席执行官。聂先生于2014年4月至2019年6月任职于百度；于2019年7月创立本公司。\n\n'
      + '褚若溪博士，40岁，为本公司联合创始人兼首席技术官。\n\n雍佳宁女士，39岁，为本公司首席财务官，于2021年9月加入本集团。加入本集团前，雍女士于2016年至2021年8月担任京东集团投资者关系总监。\n\n'
      + '招股书还显示，公司原首席运营官仇明远已于2024年11月辞任，辞任后不再担任本公司任何职务。';
    const facts = extractFacts(doc(text, '2025-12-03'), rulesOnly);
    expect(find(facts, '聂远帆', 'founded')).toMatchObject({ org: '云岫智能', date: '2019-07' });
    expect(find(facts, '褚若溪', 'founded')).toMatchObject({ org: '云岫智能' });
    expect(find(facts, '雍佳宁', 'joined')).toMatchObject({ org: '云岫智能', date: '2021-09' });
    expect(find(facts, '仇明远', 'left')).toMatchObject({ org: '云岫智能', date: '2024-11' });
  });
});

describe('extractFacts: a guest telling their own career (podcast transcript)', () => {
  it('reads 从X出来, 先去了Y, 我们成立了Z and 我的联合创始人P under the speaker\'s label', () => {
    const text = '编者按：本期播客，我们请到了AI Coding创业公司深码科技的创始人景澄岳。\n\n景澄岳：我2019年从百度出来，先去了字节，在抖音做了两年推荐算法。2021年底我离开字节，加入了智谱。\n\n'
      + '景澄岳：去年春节后，我决定出来自己干，就从智谱辞职了。去年4月，我们正式成立了深码科技。我的联合创始人于知白是我在字节时的同事，他之前在TikTok做基础架构。';
    const facts = extractFacts(doc(text, '2025-08-22'), rulesOnly);
    expect(find(facts, '景澄岳', 'joined')).toMatchObject({ org: '字节跳动', date: '2019' });
    expect(facts.filter((f) => f.person === '景澄岳' && f.relation === 'left').map((f) => `${f.org} ${f.date}`).sort()).toEqual(['字节跳动 2021-12', '智谱 2024', '百度 2019']);
    expect(find(facts, '景澄岳', 'founded')).toMatchObject({ org: '深码科技', date: '2024-04' });
    expect(find(facts, '于知白', 'founded')).toMatchObject({ org: '深码科技' });
    expect(find(facts, '于知白', 'left')).toMatchObject({ org: '字节跳动', unit: 'TikTok' });
    // (出来 and 去了 need an organisation right there: "说出来", "去了北京" are no moves.)
    expect(rulesTriples('王涛去了北京，把想法说出来。', '2025-08-22')).toEqual([]);
  });
});

describe('extractFacts: a post filled from outside, a denial in the person\'s words, a founding dated by its registration', () => {
  it('reads X首席科学家由前Y研究员P担任 as joining X (not 由联合创始人P担任), 没有这回事 as a denial, 成立于今年5月 as the founding date', () => {
    const text = '36氪获悉，前百川智能大模型技术负责人上官珩已创办新公司，聚焦AI陪伴赛道。工商信息显示，这家公司名为“回响智能”，成立于今年5月。'
      + '回响智能首席科学家由前阶跃星辰研究员尉迟安担任。回响智能CEO由联合创始人张明担任。有消息称MiniMax技术总监蒯宇航也将加盟回响智能，对此蒯宇航回应36氪称“没有这回事”。';
    const facts = extractFacts(doc(text, '2024-08-01'), rulesOnly);
    expect(find(facts, '上官珩', 'founded')).toMatchObject({ org: '回响智能', date: '2024-05' });
    expect(find(facts, '尉迟安', 'joined')).toMatchObject({ org: '回响智能', role: '首席科学家' });
    expect(facts.filter((f) => f.person === '张明').map((f) => `${f.relation} ${f.role}`)).toEqual(['founded 联合创始人']);
    expect(facts.some((f) => f.person === '蒯宇航')).toBe(false);
  });
});

describe('extractFacts: a post handed over (交棒)', () => {
  it('reads 将执行长一职交棒给共同创办人P as the giver stepping down and P a founder of the same company', () => {
    const facts = extractFacts(doc('AI语音新创「声汇科技」创办人暨执行长潘韦霖宣布，将执行长一职交棒给共同创办人叶庭瑄，自己转任董事长。', '2025-10-15'), rulesOnly);
    expect(triples(facts)).toEqual(['叶庭瑄 founded 声汇科技', '潘韦霖 founded 声汇科技', '潘韦霖 stepped_down 声汇科技']);
    expect(find(facts, '叶庭瑄', 'founded')?.role).toBe('共同创办人');
    expect(find(facts, '潘韦霖', 'founded')?.role).toBe('创办人暨执行长');
  });

  it('reads 把X的CEO一职交棒给… as stepping down at X, undated by an earlier clause, not at the employer left before', () => {
    const text = '熵简智能创始人郜星野官宣回归字节跳动。郜星野2022年离开字节创业，如今他已把熵简智能的CEO一职交棒给联合创始人兼COO简若水，自己仍担任公司董事长。';
    const facts = extractFacts(doc(text, '2025-11-20'), rulesOnly);
    expect(find(facts, '郜星野', 'stepped_down')).toMatchObject({ org: '熵简智能', date: null });
    expect(find(facts, '郜星野', 'left')).toBeDefined();
    expect(find(facts, '简若水', 'founded')?.org).toBe('熵简智能');
  });
});

describe('extractFacts: Taiwanese titles, a partner clause, 自X转战Y', () => {
  it('reads 5月起出任X数位长 (数位长 a title, not 数位 "several"), a unit\'s 前总经理, and no person in 高阶主管', () => {
    const text = '微软台湾云端解决方案事业部前总经理赖宥嘉，5月起出任台湾大哥大数位长（CDO）。这是台湾大哥大今年第二位从外商延揽的高阶主管。';
    expect(rulesTriples(text, '2024-06-01')).toEqual(['赖宥嘉 joined 台湾大哥大', '赖宥嘉 left 微软']);
  });

  it('reads "P去年底离职，今年初与Q共同创办X" as both founding X, and 2016年自IBM转战AWS as leaving IBM', () => {
    expect(rulesTriples('亚马逊AWS台湾技术长魏子骞去年底离职，今年初与前趋势科技资深经理阙雅雯共同创办资安新创「纵深资安」。', '2024-05-01'))
      .toEqual(['阙雅雯 founded 纵深资安', '阙雅雯 left 趋势科技', '魏子骞 founded 纵深资安', '魏子骞 left 亚马逊']);
    expect(rulesTriples('魏子骞2016年自IBM转战AWS，在AWS服务近八年。', '2024-05-01')).toEqual(['魏子骞 joined 亚马逊', '魏子骞 left IBM']);
  });
});

describe('extractFacts: 获X延揽, a kept teaching post, a committee seat, 近年 after a name', () => {
  it('reads 助理教授P获腾讯延揽…并继续担任该校兼任教授 as joining 腾讯 only, 委任P为上市委员会成员 as no move, 徐立近年 as 徐立', () => {
    expect(rulesTriples('香港科技大学计算机科学及工程学系助理教授欧阳乐获腾讯延揽，出任混元大模型香港实验室负责人，并继续担任该校兼任教授。', '2026-02-27')).toEqual(['欧阳乐 joined 腾讯']);
    expect(rulesTriples('港交所同日亦委任陈家倩为上市委员会成员。', '2026-02-27')).toEqual([]);
    expect(rulesTriples('商汤联合创办人兼行政总裁徐立近年亦积极布局具身智能。', '2026-02-27')).toEqual(['徐立 founded 商汤科技']);
  });
});

describe('extractFacts: a list\'s first name that is also a word, a company\'s founder in a relative clause, a hire in a founder\'s account', () => {
  it('reads 研究员甘露、谢鸣远…加入, 这家由杨植麟在2023年创立的公司, and 我们刚挖来一个人，前X的产品负责人P', () => {
    const text = '原字节跳动研究员甘露、谢鸣远也已相继官宣加入月之暗面。这家由杨植麟在2023年创立的公司，今年以来已从大厂吸纳了不少研究员。';
    expect(rulesTriples(text, '2025-04-18')).toEqual(['杨植麟 founded 月之暗面', '甘露 joined 月之暗面', '甘露 left 字节跳动', '谢鸣远 joined 月之暗面', '谢鸣远 left 字节跳动']);
    const talk = '编者按：本期播客请到了AI Coding创业公司深码科技的创始人景澄岳。\n\n景澄岳：去年春节后，我就从智谱辞职了。去年4月，我们正式成立了深码科技。\n\n景澄岳：上个月我们刚挖来一个人，前月之暗面的产品负责人冉思琪，她现在是我们的CPO。';
    expect(rulesTriples(talk, '2025-08-22')).toEqual(['冉思琪 joined 深码科技', '冉思琪 left 月之暗面', '景澄岳 founded 深码科技', '景澄岳 left 智谱']);
  });
});

describe('extractFacts: a company\'s own reshuffle', () => {
  it('reads posts handed round in an 组织调整 email as no moves, an outsider\'s arrival as one, and 不再担任…将于年底离开公司 as leaving', () => {
    const text = '蚂蚁集团近日发布内部邮件宣布新一轮组织调整：数字支付事业群总裁宗政远航出任蚂蚁国际首席执行官；支付宝技术负责人段干铭不再担任相关职务，将于年底离开公司。邮件同时宣布，原京东科技首席架构师东方逸尘已于上月加入，出任蚂蚁数科首席技术官。';
    expect(rulesTriples(text, '2025-12-05')).toEqual(['东方逸尘 joined 蚂蚁集团', '东方逸尘 left 京东', '段干铭 left 蚂蚁集团']);
  });
});

describe('extractFacts: a reshuffle told across semicolons, 称其或将加盟, a denial of another rumour', () => {
  it('reads the reshuffle email\'s semicolon items as internal, 称其或将加盟X as a reported move, and keeps a rumour the next sentence does not deny', () => {
    const meituan = '第一财经记者获悉，美团近日发布内部邮件：到店事业群副总裁谯书宁转任Keeta中东业务负责人；平台技术部负责人仝子骞不再担任该职务并离开公司。仝子骞的去向尚未公开，有知情人士称其或将加盟抖音生活服务。';
    expect(rulesTriples(meituan, '2025-11-05')).toEqual(['仝子骞 joined 字节跳动', '仝子骞 left 美团']);
    const pdd = '拼多多方面，Temu美国站商家运营负责人赫连霜被曝已于今年8月离职，随后加盟SHEIN。此前有消息称拼多多主站运营副总裁王远山同样离职，拼多多方面回应第一财经称“不实”。';
    expect(rulesTriples(pdd, '2025-11-05')).toEqual(['赫连霜 joined SHEIN', '赫连霜 left 拼多多']);
  });
});

describe('extractFacts: a list of hires across semicolons, and a word after 第三位', () => {
  it('reads "…澹台景行空降零跑…；原蔚来…逯明川则在春节前后加入" as both joining 零跑, and no person in 第三位智驾高管', () => {
    const text = '这已是零跑今年从头部新势力挖来的第三位智驾高管。今年3月，原小鹏汽车XNGP产品负责人澹台景行空降零跑，担任智能驾驶产品总监；原蔚来自动驾驶感知算法专家逯明川则在春节前后加入，负责BEV感知方向。';
    expect(rulesTriples(text, '2025-11-20')).toEqual(['澹台景行 joined 零跑汽车', '澹台景行 left 小鹏汽车', '逯明川 joined 零跑汽车', '逯明川 left 蔚来']);
  });
});

describe('extractFacts: a company described before its name, 接任者 as a noun', () => {
  it('reads 加盟专注ADC药物的初创公司云舟生物 and 创办了专注病理大模型的澄观医疗, and 接任者为…P as no move of the predecessor', () => {
    expect(rulesTriples('百济神州全球临床运营副总裁梁丘岚已于今年7月离职，加盟专注ADC药物的初创公司云舟生物，出任首席医学官。', '2025-09-10')).toEqual(['梁丘岚 joined 云舟生物', '梁丘岚 left 百济神州']);
    expect(rulesTriples('此外，原联影智能影像算法总监申屠晚晴去年底离职创业，创办了专注病理大模型的澄观医疗。', '2025-09-10')).toEqual(['申屠晚晴 founded 澄观医疗', '申屠晚晴 left 联影医疗']);
    const facts = extractFacts(doc('联影智能首席科学家长孙慕白于本月初卸任，转任联影集团科学顾问。接任者为原推想医疗CTO钟离牧，后者已于上月加入联影智能。', '2025-09-10'), rulesOnly);
    expect(facts.some((f) => f.person === '长孙慕白' && f.relation === 'joined')).toBe(false);
  });
});

describe('extractFacts: a given name with 亦, a context-only alias inside a word', () => {
  it('reads 首席技术官阚亦舟已创立 as a name, and no 东京大学 in 比亚迪王朝网华东大区总经理', () => {
    expect(rulesTriples('36氪获悉，极氪前首席技术官阚亦舟已创立具身智能公司“灵枢动力”，并完成数亿元天使轮融资。', '2026-01-08')).toEqual(['阚亦舟 founded 灵枢动力', '阚亦舟 left 吉利']);
    expect(rulesTriples('小米集团今日发布公告，委任原比亚迪王朝网华东大区总经理司空澈为小米汽车销售与交付部总经理，即日生效。', '2026-01-08')).toEqual(['司空澈 joined 小米', '司空澈 left 比亚迪']);
  });
});

describe('extractFacts: every founder of 这家由A、B、C创立的公司, a name before 成为', () => {
  it('reads all three founders of 米哈游 and 左丘念 (not 左丘念成) before 成为', () => {
    expect(rulesTriples('米哈游近年人才外流。这家由蔡浩宇、刘伟、罗宇皓于2012年创立的公司，如今已成为不少独立工作室的“人才源头”。', '2026-02-10')).toEqual(['刘伟 founded 米哈游', '罗宇皓 founded 米哈游', '蔡浩宇 founded 米哈游']);
    expect(rulesTriples('项目负责人、原OPPO XR产品线总监左丘念成为新公司创始人兼CEO。', '2026-02-10')).toContain('左丘念 left OPPO');
  });
});
