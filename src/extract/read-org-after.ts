import { loadOrgKb } from '../kb/org-kb.js';
import type { TextSpan } from '../text/split-sentences.js';
import type { OrgRef, PersonRef, TriggerRef } from './mentions.js';
import type { SentenceInput } from './sentence-facts.js';

/** The organisation a trigger's object names: a named one, an unnamed one ("一家新公司"), or an internal department. */
export type ObjectOrg = { kind: 'org'; org: OrgRef; role: string | null } | { kind: 'unnamed' } | { kind: 'internal' };

// (Not the 上 of 上海: "入职上海交通大学", "创立上海知望私募".)
const SKIP_LEAD = /^(?:了|过|于|至|到|进|入|在|上(?!海)|为|进了|到了|\s)+/;
const CHUNK_STOP = /后(?=[，,。；;]|$)|、|担任|出任|任职|负责|并且|并|之后|以后|的时候|成为|作为|以来|至今|一职|从事|主导|带领|推出|发布|专注|聚焦|期间|前夕|不久|任首席|任CEO|任总|任副|任董|任职|担纲|，|,|。|；|;|：|:|！|？|\s{2,}/;
const FOUNDED_BY_RELATIVE = /^由[^，,。；;的]{1,20}?(?:一手|联合|共同)?(?:创立|创办|创建|成立|打造|孵化|投资)的/;
const DESCRIBED_AS = /^(?:专注于?|聚焦于?|主打|深耕|致力于)[^，,。；;的“「]{1,20}的(?=[^，,。；;]{2})/;
const UNNAMED_LEAD = /^(?:一家|一个|一间|某家|某|这家|该|新的|另一家|自己的|新)/;

/**
 * Reads the organisation right after a trigger ("加入了字节跳动大模型研究院", "创立了大模型公司“百川智能”",
 * "加入了深圳的消费电子品牌闪极(Sharge)公司"). A known organisation close after the trigger wins;
 * otherwise the object phrase is read as a name: a quoted name, or the words after the last 的 and the
 * last descriptor (公司, 品牌, 创企 …), with a trailing 公司 and an English gloss in brackets removed.
 */
export function readOrgAfter(input: SentenceInput, trigger: TriggerRef, clause: TextSpan, orgs: OrgRef[], persons: PersonRef[], triggers: TriggerRef[], maxGap = 20, accept: 'any' | 'known-or-quoted' | 'known' = 'any'): ObjectOrg | null {
  const { text, lexicon } = input;
  const lead = SKIP_LEAD.exec(text.slice(trigger.end, clause.end));
  // "投奔由余凯于2015年创立的地平线": the relative clause before the object describes it.
  // (Also a description: "加盟专注ADC药物的初创公司云舟生物", "创办了专注病理大模型的澄观医疗".)
  const afterLead = text.slice(trigger.end + (lead ? lead[0].length : 0), clause.end);
  const relative = (trigger.relation === 'joined' ? FOUNDED_BY_RELATIVE.exec(afterLead) : null) ?? DESCRIBED_AS.exec(afterLead);
  const start = trigger.end + (lead ? lead[0].length : 0) + (relative ? relative[0].length : 0);
  let end = clause.end;
  for (const p of persons) if (p.start >= start && p.start < end) end = p.start;
  for (const t of triggers) if (t !== trigger && t.start >= start && t.start < end) end = t.start;
  // 投入X的怀抱: the organisation is what stands before 怀抱.
  const embrace = trigger.frame === 'embrace' ? text.slice(start, end).search(/的?怀抱/) : -1;
  const stop = CHUNK_STOP.exec(text.slice(start, end));
  const chunkEnd = embrace >= 0 ? start + embrace : stop ? start + stop.index : end;
  const chunk = text.slice(start, chunkEnd);

  // "创立了机器学习系统、数据中心网络等部门": the whole list up to the clause's end decides.
  const phrase = text.slice(start, end).split(/[，,。；;]/)[0]!;
  if (trigger.relation === 'founded' && lexicon.internalUnitHeads.some((h) => phrase.endsWith(h)) && !/[“「]/.test(phrase)) return { kind: 'internal' };

  // "成立专注于AI基础设施的早期基金“既明资本”": what was founded is the quoted name past its description.
  const quotedFounded = trigger.relation === 'founded' ? orgs.find((o) => o.start > start && o.start - start <= 24 && /[“「"]/.test(text[o.start - 1] ?? '') && !/[，,。；;]/.test(text.slice(start, o.start))) : undefined;
  if (quotedFounded) return { kind: 'org', org: quotedFounded, role: null };
  let known = orgs.find((o) => o.start >= start && o.start - start <= maxGap && o.start < Math.max(chunkEnd, start + 1));
  // "创办了供应链SaaS公司织星科技": a description read as a name gives way to the name right after it.
  const named = known && !known.known ? orgs.find((o) => o.start === known!.end) : undefined;
  if (named) known = named;
  // "成立AI广告公司「映格智能」": a descriptor read as an organisation gives way to the quoted name after it.
  // (Also past more description: "创立二手新能源车检测平台“验真”".)
  const quotedAfter = known && !known.known && /^[^，,。；;“「"]{0,10}[“「"]/.test(text.slice(known.end, known.end + 12));
  if (known && !quotedAfter && !/[“「《]/.test(text.slice(start, known.start))) {
    return { kind: 'org', org: known, role: roleAfter(input, known.end, chunkEnd) };
  }
  if (maxGap < 20) {
    // Optional objects (离开X) stand right after the verb; anything further is not the object.
    return null;
  }
  if (accept === 'known') return null;
  let unknown = readUnknownOrg(input, chunk, start);
  // "创办了万花筒" after "万花筒智能（Kaleido AI）": the short form of a company the text named in full.
  if (unknown?.kind === 'org' && !unknown.org.known) {
    const name = unknown.org.text;
    const full = input.mentions.orgs.find((o) => o.org !== name && o.org.startsWith(name) && SHORT_FORM_ENDING.test(o.org.slice(name.length)));
    if (full) unknown = { ...unknown, org: { ...unknown.org, org: full.org } };
  }
  // Joining something unknown counts only when it reads as an organisation (回到家乡, 回到城市居住 do not).
  if (trigger.relation === 'joined' && unknown?.kind === 'org' && !unknown.org.known && !looksLikeOrg(input, unknown.org, chunk)) return null;
  // A quoted name counts for 担任/出任 only when a post follows it (担任“绿洲”的董事长).
  if (accept === 'known-or-quoted' && unknown?.kind === 'org' && (!/[“「《"]/.test(text[unknown.org.start - 1] ?? '') || input.titleStartBefore(chunkEnd) == null)) return null;
  return unknown;
}

/** What a company's full name may add to its short form (万花筒|智能, 栖木|数据). */
const SHORT_FORM_ENDING = /^(?:智能|科技|机器人|动力|互动|网络|半导体|数据|智算|信息|技术|集团|汽车|生物|医疗|AI|Labs?|Technologies|Robotics)$/;

function readUnknownOrg(input: SentenceInput, chunk: string, start: number): ObjectOrg | null {
  const { lexicon } = input;
  // 《…》 names a work (a book, game or film), never an organisation.
  const quoted = /[“「"]([^”」"]{2,16})[”」"]/.exec(chunk);
  if (quoted) {
    const at = start + quoted.index + 1;
    return { kind: 'org', org: { start: at, end: at + quoted[1]!.length, text: quoted[1]!, org: quoted[1]!, unit: null, known: false }, role: null };
  }
  let name = chunk.trim();
  let offset = start + chunk.indexOf(name);
  if (!name) return null;
  if (UNNAMED_LEAD.test(name) || lexicon.genericOrgWords.has(name)) return { kind: 'unnamed' };
  const lastDe = name.lastIndexOf('的');
  if (lastDe >= 0) {
    offset += lastDe + 1;
    name = name.slice(lastDe + 1);
  }
  let cut = -1;
  for (const head of lexicon.descriptorHeads) {
    const at = name.lastIndexOf(head);
    if (at >= 0 && name.length - (at + head.length) >= 2) cut = Math.max(cut, at + head.length);
  }
  if (cut > 0) {
    offset += cut;
    name = name.slice(cut);
  }
  // "创立了AI公司", "加入一家自动驾驶创业公司": a sector and a company word name no company.
  if (SECTOR_COMPANY.test(name)) return { kind: 'unnamed' };
  name = name.replace(/\s*[（(][A-Za-z0-9 .&-]+[）)]\s*/g, '');
  // A registered name in full (上海知望私募基金管理有限公司) is kept as written; a bare 公司 or 集团 goes.
  const registered = /(?:股份)?有限(?:责任)?公司$/.test(name) && name.length >= 8;
  if (!registered) {
    name = name.replace(/(?:有限公司|公司|集团)$/, '');
    const titleStart = input.titleStartBefore(offset + name.length);
    if (titleStart != null && titleStart > offset) name = name.slice(0, titleStart - offset);
  }
  name = name.trim();
  if (lexicon.genericOrgWords.has(name)) return { kind: 'unnamed' };
  // A name the knowledge base knows only in context (荣耀, 吉利): the object slot is that context.
  const known = loadOrgKb().resolve(name);
  if (known) return { kind: 'org', org: { start: offset, end: offset + name.length, text: name, org: known.org, unit: known.unit, known: true, kind: known.entry.kind }, role: null };
  if (!plausibleOrgName(name, lexicon.genericOrgWords)) return null;
  return { kind: 'org', org: { start: offset, end: offset + name.length, text: name, org: name, unit: null, known: false }, role: null };
}

const SECTOR_COMPANY = /^(?:AI|AIGC|人工智能|大模型|科技|机器人|人形机器人|具身智能|自动驾驶|智驾|芯片|半导体|互联网|新能源|生物|医疗|游戏|金融|教育|云计算|数据|软件|硬件|汽车|智能|Agent)(?:公司|企业|创业公司|初创公司|创企|新公司)$/;

/** Quoted, Latin, after a descriptor (品牌闪极, 老东家X), or with an organisation's ending (…科技, …智能). */
function looksLikeOrg(input: SentenceInput, org: OrgRef, chunk: string): boolean {
  const before = input.text.slice(Math.max(0, org.start - 4), org.start);
  if (/[“「《"]$/.test(before) || /^[A-Za-z]/.test(org.text)) return true;
  if (input.lexicon.descriptorHeads.some((h) => before.endsWith(h) || chunk.includes(h + org.text))) return true;
  return /(?:科技|智能|网络|信息|数据|机器人|汽车|资本|创投|基金|集团|公司|实验室|研究院|大学|学院|银行|证券|控股|传媒|科学|技术|软件|互联|动力|生物|医疗|能源|电子|半导体|芯片|工作室|平台)$/.test(org.text);
}

function plausibleOrgName(name: string, generic: Set<string>): boolean {
  if (name.length < 2 || name.length > 14) return false;
  if (generic.has(name)) return false;
  if (/[的了是在和与及着过吗呢吧《》]|^[一二三四五六七八九十0-9才就已于后时将要并也都还又再之]|之际|之时|[0-9零一二三四五六七八九十]+[年月日]|年代|年底|年初|方向|领域|相关|业务|赛道|工作|状态|阶段|时期|岗位|职务|来说|之初|以来/.test(name)) return false;
  return /^[\u4e00-\u9fffA-Za-z0-9.&·\- ]+$/.test(name);
}

/** "担任阶跃星辰董事长": the post after the organisation. */
function roleAfter(input: SentenceInput, from: number, to: number): string | null {
  const tail = input.text.slice(from, to).replace(/^的/, '').trim();
  if (!tail || tail.length > 24) return null;
  const titleStart = input.titleStartBefore(to);
  return titleStart != null && titleStart >= from ? tail : null;
}
