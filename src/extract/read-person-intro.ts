import type { TextSpan } from '../text/split-sentences.js';
import type { Lexicon } from './lexicon.js';
import type { OrgRef, PersonRef, TriggerRef } from './mentions.js';
import type { SentenceInput } from './sentence-facts.js';

/** What the text says about a person where it names them: the organisations and role around the name. */
export interface PersonIntro {
  former: OrgRef[];
  current: OrgRef[];
  founder: OrgRef[];
  role: string | null;
  /** A founder title with no organisation next to it ("联合创始人马杰"). */
  founderTitleAlone: boolean;
}

/** 前/原 as "former" (not 前夕, 原因 …), and the verbs of a past post. */
const FORMER_MARK = /(?:前|原)(?!来|本|因|则|创|有|始|生|先|夕|景|期|往|沿|者|提|述|面|后|线|台|列|所|不久|几|些|段|天|年|月|作|文|是|则)|曾任|曾是|曾为|曾经是|早年是|出身(?:于|自)?/g;
const FOUNDER_QUANTIFIER = /^(?:的|之一|兼|旗下)?(?:[一二两三四五六七八九十多几首]+[位名个])?/;
/** A founder title right after an organisation ("零一万物联合创始人", "xAI已有多名联合创办人", "腾讯公司主要创办人之一"). */
export function founderTitleFollows(text: string, from: number, limit: number, lexicon: Lexicon): boolean {
  // (Past a gloss in brackets: "万花筒智能（Kaleido AI）的创始人".)
  const after = text.slice(from, Math.min(limit, from + 56)).replace(/^[（(][^）)]{1,40}[）)]/, '').slice(0, 12).replace(FOUNDER_QUANTIFIER, '');
  const at = lexicon.founderTitles.map((t) => after.indexOf(t)).filter((k) => k >= 0);
  if (at.length === 0) return false;
  const first = Math.min(...at);
  return first <= 6 && !/[，,。、]/.test(after.slice(0, first));
}

/** Reads the text that introduces a person: "原字节AI大牛、火山引擎高管|骆怡航", "王小川|(前搜狗 CEO)". */
export function readIntro(input: SentenceInput, p: PersonRef, orgs: OrgRef[], persons: PersonRef[], triggers: TriggerRef[], clause: TextSpan): PersonIntro {
  const { text, lexicon } = input;
  let from = clause.start;
  for (const t of triggers) if (t.end <= p.start && t.end > from) from = t.end;
  for (const q of persons) if (q !== p && q.end <= p.start && q.end > from) from = q.end;
  const intro: PersonIntro = { former: [], current: [], founder: [], role: null, founderTitleAlone: false };
  const inPrefix = orgs.filter((o) => o.start >= from && o.end <= p.start);
  const parenthetical = /^\s*[（(]([^）)]{1,40})[）)]/.exec(text.slice(p.end, p.end + 44));
  const inParen = parenthetical ? orgs.filter((o) => o.start >= p.end && o.end <= p.end + parenthetical[0].length) : [];

  // A former marker scopes over what follows it in the introduction ("原字节AI大牛、火山引擎高管").
  let formerFrom = Number.POSITIVE_INFINITY;
  FORMER_MARK.lastIndex = 0;
  const prefix = text.slice(from, p.start);
  for (const m of prefix.matchAll(FORMER_MARK)) {
    const at = from + m.index + m[0].length;
    const next = text.slice(at).replace(/^\s+/, '');
    const pointsAtOrg = inPrefix.some((o) => o.start >= at && o.start - at <= 2);
    const pointsAtTitle = input.titleStartBefore(p.start) != null && next.length > 0;
    if (m[0].startsWith('曾') || m[0].startsWith('出身') || pointsAtOrg || pointsAtTitle) {
      formerFrom = Math.min(formerFrom, from + m.index);
      break;
    }
  }
  for (const o of inPrefix) {
    // (Only the organisation the title follows: "OPPO首席产品官、一加创始人刘作虎" founded 一加, not OPPO.)
    if (founderTitleFollows(text, o.end, p.start, lexicon) && !inPrefix.some((q) => q.start >= o.end && /[、，,]/.test(text.slice(o.end, q.start)))) intro.founder.push(o);
    else if (o.start >= formerFrom) intro.former.push(o);
    else if (/^\s*前(?!夕|景|期|往)/.test(text.slice(o.end, o.end + 3))) intro.former.push(o); // Noisee前产品负责人明超平
    // (Also past its unit: "微软台湾云端解决方案事业部前总经理P".)
    else if (/^[^，,。；;、\s的前]{2,16}?(?:事业部|事业群|部门|部|团队|中心|实验室|研究院|分公司|业务)前(?!夕|景|期|往|端|沿|台|海)/.test(text.slice(o.end, p.start))) intro.former.push(o);
    else if (o.kind === 'university' && !/教授|研究员|院长|讲师|老师|主任|博导|科学家|校长|书记/.test(text.slice(o.end, p.start).split(/[、，,]/)[0]!)) continue; // 清华大学计算机系博士: study, not a job
    else intro.current.push(o);
  }
  if (parenthetical && /(?:^|[、，,\s])(?:前|原)|曾任|曾是/.test(parenthetical[1]!)) intro.former.push(...inParen);
  // "晁悦：前大力教育智能硬件负责人，上月…", "王明，前百度高管，今年…": a former post in apposition after the name.
  const apposition = /^[：:，,]\s*(?:前|原|曾任)[^，,。；;：:]{1,30}[，,]/.exec(text.slice(p.end, p.end + 36));
  if (apposition && !persons.some((q) => q !== p && q.start > p.end && q.start < p.end + apposition[0].length)) {
    intro.former.push(...orgs.filter((o) => o.start > p.end && o.end < p.end + apposition[0].length && !intro.former.includes(o)));
  }
  // ("联合创始人兼技术副总裁": the founder title before a second post.)
  const bareTitle = prefix.replace(/(?:之一)?的?$/, '').trim().replace(/兼[^，,、的]{1,12}$/, '');
  // "联合创始人马杰" names no company, so the document's is meant; "酒店创始人X" names one we do not know.
  const beforeTitle = bareTitle.replace(new RegExp(`(?:${lexicon.founderTitles.join('|')})$`), '').replace(FOUNDER_QUANTIFIER, '');
  const nothingNamedBefore = beforeTitle === '' || /(?:^|[、，,\s的其和与及给])$|作为$|是$|为$/.test(beforeTitle);
  if (inPrefix.length === 0 && nothingNamedBefore && lexicon.founderTitles.some((t) => bareTitle.endsWith(t))) {
    if (/其(?:联合)?创(?:始|办)人$/.test(bareTitle)) {
      const org = input.state.recentOrg();
      if (org) intro.founder.push({ start: p.start, end: p.start, text: '其', org, unit: null, known: true });
    } else intro.founderTitleAlone = true;
  }
  const lastOrgEnd = inPrefix.at(-1)?.end ?? from;
  const role = text.slice(lastOrgEnd, p.start).replace(/^[的、\s]+|[、\s]+$/g, '').replace(/^(?:交棒)?给/, '').replace(/^[^前]{2,16}?(?:事业部|事业群|部门|部|团队|中心|实验室|研究院|分公司|业务)前/, '').replace(/^(前|原)/, '');
  if (role && role.length <= 24 && input.mentions.titleEnds[p.start]) intro.role = role;
  return intro;
}

export function emptyIntro(): PersonIntro {
  return { former: [], current: [], founder: [], role: null, founderTitleAlone: false };
}

