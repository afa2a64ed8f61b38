import { comparePartialDates, type PartialDate } from '../time/partial-date.js';
import type { TextSpan } from '../text/split-sentences.js';
import { splitClauses } from '../text/split-sentences.js';
import { loadTitles } from '../kb/titles.js';
import type { CommonWords } from './common-words.js';
import type { Cause, Relation } from './fact.js';
import type { DocumentState } from './document-state.js';
import type { Lexicon } from './lexicon.js';
import { within, type DocumentMentions, type OrgRef, type PersonRef, type TriggerRef } from './mentions.js';
import { groupEndingAt, isObjectOfOther, LIST_GAP, objectsAfter, relativeClauseHead, subjectsBefore } from './find-subjects.js';
import { emptyIntro, founderTitleFollows, readIntro, type PersonIntro } from './read-person-intro.js';
import { readOrgAfter } from './read-org-after.js';

/** A fact as the rules find it, before merging and formatting. */
export interface RawFact {
  person: string;
  relation: Relation;
  org: string | null;
  unit: string | null;
  role: string | null;
  date: PartialDate | null;
  dateAbsolute: boolean;
  status: 'confirmed' | 'reported';
  cause: Cause | null;
  confidence: number;
  sentence: TextSpan;
  /** Which rule produced it (kept for review and debugging). */
  rule: string;
  /** A founder title, not a founding event: dated by the organisation's founding date, if known. */
  fromTitle?: boolean;
}

export interface SentenceInput {
  text: string;
  sentence: TextSpan;
  index: number;
  mentions: DocumentMentions;
  state: DocumentState;
  lexicon: Lexicon;
  /** The job title ending at `end`, if one does (its start offset), for roles. */
  titleStartBefore(end: number): number | null;
  commonWords: CommonWords;
}

/** Words that end a past-tie list: what follows is the present (现为小米…). */
const PRESENT_MARK = /现为|现任|现在|目前|如今|现已|现是|现|今为/;
const CONDITIONAL = /^(?:即便|即使|如果|假如|若|一旦|要是|倘若|哪怕|无论|不管|是否|能否|为何|为什么|如何|对于|对)/;
/** Words that let a sentence without a trigger still state a fact (前X…, X创始人, 曾在X, 出身X, 的创业). */
const CUES = /前|原|曾|历任|先后|创始|创办|联创|出身|创业|(?:任职|就职|供职|效力)于/;
/** "离开上海赴美国", "脱离临床", "离开这里": a place or a thing is left, not an employer. */
function leavesSomethingElse(text: string, at: number, words: CommonWords): boolean {
  const next = text.slice(at, at + 4).replace(/^了/, '');
  // "辞任首席财务官", "卸任CEO": a post (a title of data/titles.json, above a plain member's) is
  // left, at the employer.
  const head = loadTitles().findTitleHeads(text.slice(at, at + 12).replace(/^了/, ''))[0];
  if (head && head.start === 0 && head.level !== 'member') return false;
  if (/^(?:这里|那里|此地|这儿|那儿|家乡|故乡|人世|人间|舞台|赛场|球场|现场|会场|病房|医院|学校|家|她|他|我|你|它|自己|这个|那个)/.test(next)) return true;
  return words.isNoun(next.slice(0, 2)) && !/^(?:公司|岗位|职位|职务|团队|董事|总裁|一职|管理|高管)/.test(next);
}

/** A post left open, then who fills it: "遗缺由", "其职务由", "CTO一职将由". */
const VACANCY_FILLED_BY = /(?:遗缺|空缺|职务|其职|一职|职位|该职|新任[^，,。；;由]{1,8})(?:将|则|改|现)?由/;
/** The people someone acted with (与两位同事共同…): partners, not a group subject. */
// (Also "拉上两位老同事创办了…": those brought along.)
const COMPANIONS = /(?:并|并且|随后)?(?:与|和|同|跟|携手|联手)[^，,。；;]{0,14}?(?:共同|一起|一同|联合|合伙)|(?:拉上|带上|带着|叫上)[^，,。；;]{1,10}?(?=创办|创立|成立|创建)/g;
/** A span of years before a post: 2008年至2018年历任…, 2017年3月到2025年任职于… */
const TENURE = /((?:19|20)\d\d)年(?:(\d{1,2})月)?\s*(?:至|到|—|－|-|~|～)\s*((?:19|20)\d\d)年(?:(\d{1,2})月)?(?:期间)?[，,]?\s*(?:历任|先后任|先后担任|担任|任职于|就职于|供职于|任职|在|于|任)/;
/** Verbs of switching employer: the one left is the one the person was at. */
const SWITCH_WORDS = new Set(['转投', '转投了', '跳槽至', '跳槽到', '转战', '投奔', '改投', '拉去', '被挖到', '被挖至']);
// (Also "但仍以技术顾问身份为公司提供支持": staying on as an adviser.)
const ADVISOR_AFTER = /^[^。；;]{0,12}?(?:(?:转任|改任|转为|转做|改为|出任|担任|留任|继续担任)[^，,。；;]{0,12}?顾问|(?:仍|继续|将)以[^，,。；;]{0,8}?顾问(?:身份|的身份))/;
/** Words between an organisation and the person it announces or brings in (灵枢动力近日完成高管补强：…P加入). */
const ANNOUNCES_HIRE = /官宣|宣布|证实|确认|迎来|公告|补强|引进|引入|招募|延揽|吸纳|网罗|揽入|新增|增补|迎接|班底|(?:早期|核心|创始)团队/;
const AFTER_CLAUSE_END = /(?:后|之后|以后|时|之际|前夕|期间)$/;

/**
 * Career-move facts stated in one Chinese sentence. Triggers (加入, 离职, 创立, 卸任 …) give the
 * relation; the people are found before the trigger (or after it, for 挖来/任命 and relative
 * clauses), carried from an earlier clause, or resolved from 他/这位/a dropped subject; the
 * organisation is the trigger's object, the person's appositive (字节AI Lab负责人X), their known
 * employer, or the organisation the document is about. Appositives alone also state facts:
 * 前/原X… (left X), X创始人 (founded X), 曾在X担任 (left X).
 */
export function factsOfSentence(input: SentenceInput): RawFact[] {
  const { text, sentence, mentions, state, lexicon } = input;
  const facts: RawFact[] = [];
  const orgs = within(mentions.orgs, sentence.start, sentence.end);
  const persons = within(mentions.persons, sentence.start, sentence.end).filter((p) => !mentions.pseudonyms.has(p.name));
  const triggers = within(mentions.triggers, sentence.start, sentence.end);
  const nameOfRef = (p: PersonRef): string | null => p.resolved ?? (isPronoun(p) ? null : p.name);
  // A résumé line with a span of years and no name ("2008年至2018年历任华为…") is about the focus.
  const tenureOfFocus = TENURE.test(text.slice(sentence.start, sentence.end)) && state.focusAt(input.index) !== null;
  const nothingToRead = !tenureOfFocus && (triggers.length === 0 ? persons.length === 0 || !CUES.test(text.slice(sentence.start, sentence.end)) : persons.length === 0 && !state.focusAt(input.index));
  if (nothingToRead) {
    // Nothing here can state a fact; the sentence still moves the focus and the recent organisations.
    updateState(input, [], persons, orgs, nameOfRef);
    return [];
  }
  const times = within(mentions.times, sentence.start, sentence.end);
  const clauses = splitClauses(text, sentence);
  const clauseOf = (pos: number) => clauses.findIndex((c) => pos >= c.start && pos < c.end);
  const sentenceText = text.slice(sentence.start, sentence.end);
  const hedged = lexicon.hedges.some((h) => sentenceText.includes(h)) || lexicon.hedgePattern.test(sentenceText);

  const intros = new Map<PersonRef, PersonIntro>();
  const introOf = (p: PersonRef): PersonIntro => {
    let intro = intros.get(p);
    if (!intro) {
      intro = readIntro(input, p, orgs, persons, triggers, clauses[clauseOf(p.start)] ?? sentence);
      intros.set(p, intro);
    }
    return intro;
  };
  const nameOf = nameOfRef;

  const statusFor = (trigger: TextSpan): 'confirmed' | 'reported' => {
    if (!hedged) return 'confirmed';
    const clause = clauses[clauseOf(trigger.start)] ?? sentence;
    const clauseText = text.slice(clause.start, trigger.end + 2);
    if (lexicon.confirmations.some((c) => clauseText.includes(c))) return 'confirmed';
    const upTo = text.slice(sentence.start, trigger.end);
    return lexicon.hedges.some((h) => upTo.includes(h)) || lexicon.hedgePattern.test(upTo) ? 'reported' : 'confirmed';
  };

  const dateFor = (pos: number): { date: PartialDate | null; absolute: boolean } => {
    const ci = clauseOf(pos);
    const clause = clauses[ci];
    // "景鲲创办的Genspark宣布完成融资": a trigger in a relative clause is not dated by the main clause.
    const relative = triggers.some((t) => t.start === pos && text[t.end] === '的');
    if (relative) {
      const local = clause ? times.filter((t) => t.start >= clause.start && t.end <= pos && t.date).at(-1) : undefined;
      return local ? { date: local.date, absolute: local.absolute } : { date: null, absolute: false };
    }
    if (clause) {
      const before = times.filter((t) => t.start >= clause.start && t.end <= pos && t.date);
      const last = before.at(-1);
      if (last) return { date: last.date, absolute: last.absolute };
      // "洪涛出走仅仅过去了5个月": a time after the verb, in its clause.
      // (Not one another verb after it dates: "投奔由余凯于2015年创立的地平线".)
      const after = times.find((t) => t.start >= pos && t.end <= clause.end && t.date && !triggers.some((tr) => tr.start >= t.end && tr.start < clause.end && tr.start - t.end < 6));
      if (after) return { date: after.date, absolute: after.absolute };
    }
    // "已辞任本公司行政总裁，自2025年6月30日起生效": an announcement's effective date, after the verb.
    const effective = times.find((t) => t.start >= pos && t.date && /(?:自|于|从)\s*$/.test(text.slice(t.start - 2, t.start))
      && /^\s*(?:起)?(?:正式)?生效/.test(text.slice(t.end, t.end + 6)) && !triggers.some((tr) => tr.start > pos && tr.start < t.start));
    if (effective) return { date: effective.date, absolute: effective.absolute };
    // A time heading the sentence in a clause of its own ("今年10月底，…") dates the whole sentence.
    const unbound = times.find((t) => t.date && !triggers.some((tr) => tr.start >= t.end && clauseOf(tr.start) === clauseOf(t.start)));
    if (unbound && unbound.start < pos) return { date: unbound.date, absolute: unbound.absolute };
    const earlier = times.filter((t) => t.end <= pos && t.date).at(-1);
    if (earlier) return { date: earlier.date, absolute: earlier.absolute };
    return { date: null, absolute: false };
  };

  const add = (f: Omit<RawFact, 'sentence' | 'status' | 'date' | 'dateAbsolute'> & { at: TextSpan; date?: { date: PartialDate | null; absolute: boolean }; status?: RawFact['status'] }) => {
    if (!f.person || mentions.pseudonyms.has(f.person)) return;
    const when = f.date ?? dateFor(f.at.start);
    const { at: _at, date: _d, status, ...rest } = f;
    facts.push({ ...rest, sentence, status: status ?? statusFor(f.at), date: when.date, dateAbsolute: when.absolute });
  };

  // --- 1. Triggers --------------------------------------------------------------------------
  let sentenceSubjects: PersonRef[] = [];
  /** People whose only resignation in this sentence is of a board seat. */
  const boardSeatOnly = new Set<string>();
  for (const trigger of triggers) {
    const ci = clauseOf(trigger.start);
    const clause = clauses[ci];
    if (!clause) continue;
    const before = text.slice(clause.start, trigger.start);
    if (CONDITIONAL.test(before.trim())) continue;
    // "辞任后，邝先生将继续担任…" opening a sentence refers back to the resignation just told.
    if (text[trigger.end] === '后' && /^\s*$/.test(text.slice(sentence.start, trigger.start)) && text.slice(Math.max(0, sentence.start - 300), sentence.start).includes(trigger.word)) continue;
    // "仍担任公司董事长", "继续担任": a post kept is no move.
    if (trigger.relation === 'joined' && /(?:仍|仍然|继续|依旧|照常|仍将)$/.test(before)) continue;
    // "先后效力于优必选和银河通用": a tenure in a career told as a sequence is a past tie (section 3).
    if (trigger.relation === 'joined' && /^效力/.test(trigger.word) && /(?:先后|曾经?|此前|早年)$/.test(before)) continue;

    if (trigger.frame === 'agent') {
      // "被美团挖走", "冷锋获任命为副总裁": the person is the one hired.
      // (Also "获腾讯延揽": 获 with the hirer.)
      const passive = /被([^，,。]{0,12})$/.exec(before) ?? /获(?:得)?(?:[^，,。获]{2,12}(?=$))?$/.exec(before);
      let people: PersonRef[];
      let agent: OrgRef | undefined;
      if (passive) {
        agent = orgs.find((o) => o.start >= trigger.start - passive[0].length && o.end <= trigger.start);
        people = subjectsBefore(persons, clause, trigger.start - passive[0].length, text);
        // "宇文砺…2015年跳槽到商汤，2019年被京东以副总裁头衔挖走": a career's clauses keep its subject.
        if (people.length === 0 && /^[\d\s年月后前初底中，,]*被/.test(text.slice(clause.start, trigger.start - passive[0].length + 1))) {
          const earlier = subjectOfEarlierClause(clauses, ci, persons, nameOf);
          const head = earlier ? persons.find((p) => nameOf(p) === earlier) : undefined;
          if (head) people = [head];
        }
      } else {
        people = objectsAfter(persons, clause, trigger.end, text);
        // "DeepSeek迎来了一批“外援”：前快手…罗一鸣、前美团…孙菲": the list after a colon.
        // (Also "我们刚挖来一个人，前月之暗面的产品负责人冉思琪": the one the next clause names.)
        if (people.length === 0 && (/^[：:]/.test(text.slice(clause.end, clause.end + 1)) || /(?:一个人|一位|一名)[^，,。；;]{0,4}$/.test(text.slice(trigger.end, clause.end)))) {
          people = objectsAfter(persons, { start: clause.end + 1, end: sentence.end }, clause.end + 1, text);
        }
        // "美团从谷歌挖来…": the organisation after 从 is where they came from, not the hirer.
        agent = [...orgs].reverse().find((o) => o.end <= trigger.start && !isInsideIntroOfOther(o, persons, trigger) && text[o.start - 1] !== '从');
      }
      const source = orgs.find((o) => o.end <= trigger.start && text[o.start - 1] === '从');
      // "莫嘉铭被委任为商汤科技首席技术官": with no agent, the organisation of the post.
      const postOrg = !agent ? orgs.find((o) => o.start >= trigger.end && /^(?:为|成为|出任)$/.test(text.slice(trigger.end, o.start))) : undefined;
      // ("同意聘任佟予安为公司董事会秘书": 公司 is the company named last.)
      const theCompany = /公司/.test(text.slice(trigger.end, clause.end)) && state.recentOrg() ? { org: state.recentOrg()!, unit: null } : null;
      // ("我们刚挖来…" in a founder's own account: the company the speaker founded.)
      const ours = !agent && /我们[^，,。；;]{0,4}$/.test(before) && state.lastFounded ? { org: state.lastFounded, unit: null } : null;
      const agentOrg = agent ? { org: agent.org, unit: agent.unit } : postOrg ? { org: postOrg.org, unit: postOrg.unit } : ours ?? theCompany ?? contextOrgFallback(state);
      if (!agentOrg) continue;
      const role = roleAfterWei(text, trigger.end, clause.end);
      // "获委任为独立非执行董事": a board seat is no move (the spec's rule for board members).
      if (role && BOARD_SEAT.test(role)) continue;
      for (const p of people) {
        const name = nameOf(p);
        if (!name) continue;
        add({ person: name, relation: 'joined', org: agentOrg.org, unit: agentOrg.unit, role, cause: lexicon.causeByWord.get(trigger.word) ?? null, confidence: 0.8, at: trigger, rule: `agent:${trigger.word}` });
        impliedLeft(name, introOf(p), agentOrg.org, trigger, add, 0.8);
        if (source && source.org !== agentOrg.org) add({ person: name, relation: 'left', org: source.org, unit: source.unit, role: null, cause: lexicon.causeByWord.get(trigger.word) ?? null, confidence: 0.75, at: trigger, rule: `从X${trigger.word}` });
        // "2015年跳槽到商汤，2019年被京东…挖走": hired away from where the career last placed them.
        const was = state.affiliations.get(name);
        const placedHere = facts.some((f) => f.person === name && f.relation === 'joined' && f.org === was?.org && f.date);
        if (passive && was && was.org !== agentOrg.org && !source && placedHere) {
          add({ person: name, relation: 'left', org: was.org, unit: was.unit, role: null, cause: null, confidence: 0.65, at: trigger, rule: 'switch-from-known' });
          // (Only a career told step by step moves them on; after a reported poaching, "提了离职" is
          // still about the employer they are leaving.)
          state.affiliations.set(name, { org: agentOrg.org, unit: agentOrg.unit });
        }
      }
      continue;
    }

    // "他的离开", "一次离职", "P的加入": a trigger used as a noun.
    const nominal = /[的次场种这此其]$/.test(before);
    // "与两位昔日同事共同创办了…": the group is the partners, not the subject.
    // (A speaker's 我们 is the speaker and partners, not a group subject: "去年4月，我们正式成立了深码科技".)
    const groupInClause = lexicon.groupSubjects.test(text.slice(clause.start, clause.end).replace(COMPANIONS, '').replace(/我们/g, ''));
    let subjects: PersonRef[] = [];
    let via = 'subject';
    if (nominal) {
      const owner = text[trigger.start - 1] === '的' ? persons.find((p) => p.end === trigger.start - 1 && !isPronoun(p) && p.source !== 'known') : undefined;
      if (!owner || (trigger.relation !== 'joined' && trigger.relation !== 'left')) continue;
      subjects = [owner];
      via = 'nominal';
    } else {
      subjects = subjectsBefore(persons, clause, trigger.start, text);
      // "魏子骞去年底离职，今年初与前趋势科技经理阙雅雯共同创办…": a clause opening with 与 has the
      // earlier clause's subject beside the partner.
      const withPartner = subjects[0] && trigger.relation === 'founded' && ci > 0 && /^(?:[\d年月初底中旬前后今去明本上下同此随]{0,8}|[^，,。]{0,6}?(?:后|时))(?:又|再|则|随后|并|还|便)?(?:与|和|同|跟|携手|联手)/.test(text.slice(clause.start, subjects[0].start).replace(/^[\s，,]+/, ''));
      const earlier = withPartner ? subjectOfEarlierClause(clauses, ci, persons, nameOf) : null;
      const earlierRef = earlier ? persons.find((p) => p.end <= clause.start && nameOf(p) === earlier) : undefined;
      if (earlierRef && !subjects.includes(earlierRef)) subjects = [earlierRef, ...subjects];
    }
    if (subjects.length === 0) {
      const rel = relativeClauseHead(persons, clause, trigger.end, text);
      // "加入智元的还有P、Q": everyone listed after 还有.
      if (rel) { subjects = /的(?:还有|包括|有)/.test(text.slice(trigger.end, rel.start)) ? objectsAfter(persons, clause, rel.start, text) : [rel]; via = 'relative'; }
    }
    if (subjects.length === 0 && AFTER_CLAUSE_END.test(text.slice(trigger.end, clause.end).replace(/[了过]/g, '').trim().slice(0, 12))) {
      const next = clauses[ci + 1];
      const head = next ? persons.find((p) => p.start >= next.start && p.start - next.start <= 3) : undefined;
      if (head) { subjects = [head]; via = 'following-clause'; }
    }
    // An organisation before the verb may be its subject ("美团加入…"), unless it is the object of
    // an earlier verb of the clause ("离开美团加入智谱") or the source of the move ("从百度被挖到阿里").
    const orgBeforeInClause = orgs.some((o) => o.start >= clause.start && o.end <= trigger.start && !persons.some((p) => p.start >= o.end && p.start < trigger.start)
      && !triggers.some((t) => t !== trigger && t.end <= o.start && o.start - t.end <= 1) && !/[从自]$/.test(text.slice(o.start - 1, o.start)));
    if (subjects.length === 0 && !groupInClause && !orgBeforeInClause && trigger.frame !== 'null-org') {
      for (let k = ci - 1; k >= 0 && subjects.length === 0; k--) {
        const c = clauses[k]!;
        if (lexicon.groupSubjects.test(text.slice(c.start, c.end))) break;
        const inClause = persons.filter((p) => p.start >= c.start && p.end <= c.end && !isObjectOfOther(text, p));
        if (inClause.length) {
          subjects = groupEndingAt(inClause, inClause.length - 1, text);
          via = 'earlier-clause';
        }
      }
    }
    if (subjects.length === 0 && sentenceSubjects.length && !groupInClause && !orgBeforeInClause) {
      subjects = sentenceSubjects;
      via = 'earlier-trigger';
    }
    // "高管离职", "团队出走": a noun or a title right before the verb is its subject.
    const nounBefore = input.commonWords.isNoun(text.slice(trigger.start - 2, trigger.start)) || input.mentions.titleEnds[trigger.start] === 1;
    // "离职名单", "离职潮": the trigger starts a compound noun.
    const nounAfter = input.commonWords.isNoun(text.slice(trigger.end, trigger.end + 2)) && !orgs.some((o) => o.start === trigger.end);
    if (subjects.length === 0 && trigger.frame !== 'null-org' && !/^的/.test(text.slice(trigger.end)) && !nounBefore && !nounAfter) {
      // A dropped subject ("在2024年离职后，加入了X" under a heading): only when nothing else in the
      // sentence before the trigger could be the subject — no group, no organisation, a short lead.
      const lead = text.slice(sentence.start, trigger.start);
      const leadWithoutTimes = times.reduce((acc, t) => (t.end <= trigger.start ? acc.replace(text.slice(t.start, t.end), '') : acc), lead).replace(/[\s，,、]/g, '');
      const focus = state.focusAt(input.index);
      const orgInLead = orgs.some((o) => o.end <= trigger.start);
      // Under a heading the person is known; otherwise only right after a sentence about them, and
      // only when nothing in the lead could be the subject itself ("马来西亚政府日前宣布成立…").
      const recentFocus = state.headingPerson !== null || input.index - state.focusSentence <= 1;
      let nounInLead = false;
      if (!state.headingPerson) for (let k = 0; k + 2 <= leadWithoutTimes.length && !nounInLead; k++) nounInLead = input.commonWords.isNoun(leadWithoutTimes.slice(k, k + 2));
      // "被解雇后，失业者…": a clause ending in 后/时 has its subject in the clause that follows.
      const nextClause = clauses[ci + 1];
      const nextOpens = nextClause ? text.slice(nextClause.start, nextClause.start + 3) : '';
      const subjectFollows = AFTER_CLAUSE_END.test(text.slice(trigger.end, clause.end).replace(/[了过]/g, '').trim().slice(0, 12)) && (input.commonWords.isNoun(nextOpens.slice(0, 2)) || input.commonWords.isNoun(nextOpens));
      // A headline ("发改委：加快成立…") or a subject in Latin script ("Penisson今年67岁") is not a dropped one.
      const otherSubject = /[：:]/.test(lead) || /[A-Z][a-z]+/.test(leadWithoutTimes);
      if (focus && recentFocus && !subjectFollows && !otherSubject && !nounInLead && !lexicon.groupSubjects.test(lead.replace(/我们/g, '')) && !orgInLead && leadWithoutTimes.length <= 12 && !/[“"「]/.test(lead)) {
        subjects = [{ start: trigger.start, end: trigger.start, name: focus, source: 'known', resolved: focus }];
        via = 'dropped-subject';
      }
    }
    // "宇文拓已离职，与原拼多多技术总监曹一帆联合创立…": the earlier clause's subject did it too.
    if (subjects[0] && via === 'subject' && trigger.relation === 'founded' && ci > 0 && /^(?:并|并且|随后|后)?(?:与|和|同|跟|携手|联手)/.test(text.slice(clause.start, subjects[0]!.start))) {
      const c = clauses[ci - 1]!;
      const partner = persons.filter((p) => p.start >= c.start && p.end <= c.end).at(-1);
      if (partner && !subjects.includes(partner)) subjects = [partner, ...subjects];
    }
    if (subjects.length === 0) continue;
    // Bare 创业 is mostly a noun (创业早期, 创业梦): only a person right before a verb-like lead-in counts.
    // "离职，投身具身智能创业": 投身 … 创业 is a founding whoever the clause's subject is.
    const intoStartup = /(?:投身|投入|转身|转型|下场)[\u4e00-\u9fffA-Za-z]{0,8}$/.test(before) && via !== 'dropped-subject';
    if (trigger.word === '创业' && !intoStartup && (via !== 'subject' || !/(选择|开始|出来|宣布|决定|转身|回国|已经|正在|再度|离开|辞职|将|要|去|后|并|而|已)$/.test(before))) continue;
    sentenceSubjects = subjects;

    // "阿里巴巴通义实验室的周杰、王敏、李强等人": the employer before the first name is everyone's.
    const headIntro = subjects[0] && subjects[0].end > subjects[0].start ? introOf(subjects[0]) : emptyIntro();
    for (const subject of subjects) {
      const person = nameOf(subject);
      if (!person) continue;
      const ownIntro = subject.end > subject.start ? introOf(subject) : emptyIntro();
      const hasOwnOrg = ownIntro.current.length + ownIntro.former.length + ownIntro.founder.length > 0;
      // (Not one described otherwise: "薛静宜已与前科大博士后研究员何浩然": 前科大 is his own past, unread.)
      const previous = subjects[subjects.indexOf(subject) - 1];
      const describedOtherwise = previous !== undefined && /前|原|曾/.test(text.slice(previous.end, subject.start));
      const intro = hasOwnOrg || subject === subjects[0] || describedOtherwise ? ownIntro : { ...ownIntro, current: headIntro.current, former: headIntro.former };
      const cause = lexicon.causeByWord.get(trigger.word) ?? (lexicon.returnCues.some((c) => text.slice(trigger.start, trigger.end + 6).includes(c)) && trigger.relation === 'joined' ? 'return' : null);
      const confidence = via === 'subject' ? 0.9 : via === 'dropped-subject' ? 0.6 : 0.75;

      switch (trigger.frame) {
        case 'object':
        case 'role-object':
        case 'embrace': {
          if (trigger.frame === 'embrace' && !text.slice(trigger.end, clause.end).includes('怀抱')) break;
          // 担任/出任 name a post; only a known organisation or a quoted name makes it a move.
          // 进入 is a move only straight into a known organisation (进入腾讯), not 进入“退休”状态.
          // (So is 去了, spoken: "先去了字节", not "去了北京".)
          let obj = trigger.word === '进入' || trigger.word === '去了'
            ? readOrgAfter(input, trigger, clause, orgs, persons, triggers, 2, 'known')
            : readOrgAfter(input, trigger, clause, orgs, persons, triggers, 20, trigger.frame === 'role-object' || via === 'nominal' ? 'known-or-quoted' : 'any');
          // "已进入行川智能董事会": a board seat is no move (its chair or secretary is a post).
          if (trigger.relation === 'joined' && obj?.kind === 'org' && /^的?(?:董事会|董事局|监事会)(?!主席|秘书|副主席)/.test(text.slice(obj.org.end, obj.org.end + 8))) break;
          // "房湛的加入能补齐公司…": after a joining told as a noun, only a known organisation is its object.
          if (obj?.kind === 'org' && !obj.org.known && via === 'nominal') obj = null;
          if (!obj && via === 'nominal' && trigger.relation === 'joined') {
            const org = nominalContextOrg(orgs, subject);
            if (org) add({ person, relation: 'joined', org: org.org, unit: org.unit, role: null, cause, confidence: 0.6, at: trigger, rule: `${trigger.word}:nominal` });
            impliedLeft(person, intro, org?.org ?? '', trigger, add, 0.75);
            break;
          }
          if (!(obj?.kind === 'org' && obj.org.known) && trigger.relation === 'joined' && /^了?其/.test(text.slice(trigger.end, trigger.end + 2))) {
            // "火山引擎本周宣布，原MiniMax语音负责人岑嘉禾已加入其语音交互团队": 其 is the announcer.
            const own = [...intro.current, ...intro.former, ...intro.founder];
            const announcer = [...orgs].reverse().find((o) => o.end <= subject.start && !own.includes(o));
            if (announcer) {
              add({ person, relation: 'joined', org: announcer.org, unit: announcer.unit, role: null, cause, confidence: 0.7, at: trigger, rule: `${trigger.word}:其` });
              impliedLeft(person, intro, announcer.org, trigger, add, 0.75);
            }
            break;
          }
          if (!(obj?.kind === 'org' && obj.org.known) && trigger.relation === 'joined' && /^了?(?:老东家|原东家|前东家|老单位)(?![\u4e00-\u9fff“「])/.test(text.slice(trigger.end, trigger.end + 5))) {
            // "离开百度的钟钰，三个月前又回到老东家": the former employer the sentence or introduction names.
            const former = facts.filter((f) => f.person === person && f.relation === 'left' && f.org).at(-1) ?? null;
            const old = former ? { org: former.org!, unit: former.unit } : intro.former[0] ? { org: intro.former[0].org, unit: intro.former[0].unit } : null;
            if (old) add({ person, relation: 'joined', org: old.org, unit: old.unit, role: null, cause: 'return', confidence: 0.7, at: trigger, rule: `${trigger.word}:老东家` });
            break;
          }
          // "…宣布…人事：前华硕处长阚柏钧加入担任技术长，前Appier科学家艾莉森·游则出任首席科学家":
          // a post taken with no organisation, in the announcement's own sentence, is at the announcer too.
          // (Not 转任/升任, a new post inside the company, nor a relative clause's 转任…的P.)
          const sameAnnouncement = trigger.frame === 'role-object' && /^(?:出任|担任|就任)$/.test(trigger.word) && via === 'subject' && state.announcer?.sentence === input.index;
          if (!obj && trigger.relation === 'joined' && (trigger.frame === 'object' || sameAnnouncement) && (/^\s*(?:[，,。；;]|$)/.test(text.slice(trigger.end, trigger.end + 1)) || (trigger.frame === 'object' && /^(?:并)?(?:担任|出任)/.test(text.slice(trigger.end, trigger.end + 3))) || sameAnnouncement)) {
            // "理想汽车近日官宣，原华为高管赵六加盟": the organisation that announces is the one joined.
            const found = orgs.find((o) => o.end <= subject.start && ![...intro.current, ...intro.former, ...intro.founder].includes(o));
            // "…完成高管补强：P加入，担任CTO；Q则以联合创始人身份加入": the announcement runs on after a semicolon.
            const carried = state.announcer && (sameAnnouncement || (state.announcer.sentence === input.index - 1 && /[；;]\s*$/.test(text.slice(Math.max(0, sentence.start - 2), sentence.start)))) ? state.announcer : null;
            const announcer = found && ANNOUNCES_HIRE.test(text.slice(found.end, subject.start)) ? found : carried?.org;
            // ("原小鹏汽车…澹台景行空降零跑…；原蔚来…逯明川则在春节前后加入": the list's company, after 则/也.)
            const chained = !announcer && state.lastJoined?.sentence === input.index - 1 && /[；;]\s*$/.test(text.slice(Math.max(0, sentence.start - 2), sentence.start))
              && /(?:则|也|亦|同样|随后)[^，,。；;]{0,8}$/.test(text.slice(subject.end, trigger.start)) ? state.lastJoined : null;
            if (chained) {
              add({ person, relation: 'joined', org: chained.org, unit: null, role: null, cause, confidence: 0.55, at: trigger, rule: `${trigger.word}:chained` });
              impliedLeft(person, intro, chained.org, trigger, add, 0.7);
              break;
            }
            if (announcer) {
              const when = announcer === found ? dateFor(trigger.start) : carried!.date;
              const status = announcer === found ? statusFor(trigger) : carried!.status;
              add({ person, relation: 'joined', org: announcer.org, unit: announcer.unit, role: roleAsIdentity(text, subject.end, trigger.start), cause, confidence: 0.6, at: trigger, rule: `${trigger.word}:announcer`, date: when, status });
              impliedLeft(person, intro, announcer.org, trigger, add, 0.75);
              state.announcer = { org: announcer, sentence: input.index, date: when, status };
            }
            break;
          }
          if (!obj && trigger.relation === 'founded') {
            // "灵枢动力由黎曜于2023年创立": the organisation before 由 is the one founded.
            const by = /由[^，,。；;]{1,48}$/.exec(before);
            // (Also "寒武纪则由…创立": an adverb between the organisation and 由.)
            // (And "鹿野科技成立于2022年，由…共同创办": its founding year between.)
            const founded = by ? orgs.find((o) => o.end <= trigger.start - by[0].length && /^(?:则|也|便|就|最早|最初|则是)?$|^(?:成立于|创立于|诞生于)[^，,。；;]{1,12}[，,]$/.test(text.slice(o.end, trigger.start - by[0].length))) : undefined;
            if (founded) add({ person, relation: 'founded', org: founded.org, unit: founded.unit, role: null, cause: null, confidence: confidence - 0.1, at: trigger, rule: `由P${trigger.word}` });
            break;
          }
          if (!obj) break;
          if (obj.kind === 'internal') break;
          if (obj.kind === 'unnamed') {
            if (trigger.relation === 'founded') add({ person, relation: 'founded', org: null, unit: null, role: null, cause: null, confidence: confidence - 0.1, at: trigger, rule: `${trigger.word}:unnamed` });
            break;
          }
          const org = obj.org;
          if (trigger.frame === 'role-object' && (state.affiliations.get(person)?.org === org.org || intro.current.some((o) => o.org === org.org))) {
            // 开始担任阿里云CTO of someone already at 阿里巴巴: a new post, not a move.
            break;
          }
          // "加入荣耀，担任影像实验室总裁": an unknown name after joining is a part of the company joined.
          if (trigger.frame === 'role-object' && !org.known && facts.some((f) => f.person === person && f.relation === 'joined' && f.org !== org.org)) break;
          add({ person, relation: trigger.relation, org: org.org, unit: org.unit, role: obj.role ?? (trigger.relation === 'joined' ? null : null), cause: trigger.relation === 'founded' ? null : cause, confidence: org.known ? confidence : confidence - 0.1, at: trigger, rule: `${trigger.word}:object` });
          if (trigger.relation === 'joined') {
            // 出任/担任 a post need not end another (a chairman of two companies); 加入 does.
            if (trigger.frame !== 'role-object') impliedLeft(person, intro, org.org, trigger, add, confidence);
            // "他2015年加入网易，2019年转投拼多多": a switch leaves where the document last placed them.
            const was = state.affiliations.get(person);
            const introduced = intro.current.length + intro.former.length > 0;
            // (Also "2019年加入微软亚洲研究院，三年后回国加盟字节": a career told in one sentence.)
            // (Both moves dated, in order: not alternatives, "将转投A，也有人称他会加入B".)
            const now = dateFor(trigger.start).date;
            const toldHere = was !== undefined && now !== null && facts.some((f) => f.person === person && f.relation === 'joined' && f.org === was.org && f.date !== null && comparePartialDates(f.date, now) < 0);
            // (Not when the clause names where they came from: "2018年从百度Apollo跳槽至理想".)
            const fromNamed = orgs.some((o) => o.start >= clause.start && o.end <= trigger.start && /[从自]$/.test(text.slice(o.start - 1, o.start)));
            if ((SWITCH_WORDS.has(trigger.word) || toldHere) && was && was.org !== org.org && !introduced && !fromNamed) {
              add({ person, relation: 'left', org: was.org, unit: was.unit, role: null, cause: null, confidence: confidence - 0.15, at: trigger, rule: 'switch-from-known' });
            }
            // (Also 由 before a switch: "2019年由安侯建业（KPMG）转战联昕".)
            const from = /[从自](?!己|从|此)([^，,。]{1,16})$/.exec(before) ?? (SWITCH_WORDS.has(trigger.word) || /^加[入盟]$/.test(trigger.word) ? /由([^，,。]{1,22})$/.exec(before) : null);
            // "从哈工大博士毕业后即加入优必选": graduating from a school is no leaving of an employer.
            if (from && !/毕业|学成|结业|退役|出站/.test(from[1]!)) {
              const src = orgs.find((o) => o.start >= trigger.start - from[0].length && o.end <= trigger.start);
              if (src && src.org !== org.org) add({ person, relation: 'left', org: src.org, unit: src.unit, role: null, cause: null, confidence: 0.8, at: trigger, rule: '从X加入Y' });
            }
            state.affiliations.set(person, { org: org.org, unit: org.unit });
          } else if (trigger.relation === 'founded') {
            impliedLeft(person, intro, org.org, trigger, add, confidence);
            // Leaving to found: the founder now works there (a later 卸任CEO is of it). (Not a
            // founding told in passing: a serial founder's first company is not where they are.)
            if (facts.some((f) => f.person === person && f.relation === 'left')) state.affiliations.set(person, { org: org.org, unit: org.unit });
          }
          break;
        }
        case 'optional-object':
        case 'none': {
          // "把熵简智能的CEO一职交棒给…": the post handed over is at the company named before it.
          const handed = trigger.word === '交棒' ? handedOverAt(text, orgs, clause, trigger.end) : undefined;
          if (handed) {
            // (Dated only by its own clause: "2022年离开字节创业，如今他已把…交棒给" is not of 2022.)
            const own = times.filter((t) => t.start >= clause.start && t.end <= trigger.start && t.date).at(-1);
            add({ person, relation: 'stepped_down', org: handed.org, unit: handed.unit, role: null, cause: null, confidence, at: trigger, rule: `${trigger.word}:handed-over`, date: own ? { date: own.date, absolute: own.absolute } : { date: null, absolute: false } });
            break;
          }
          // 出来 (spoken) leaves only the organisation just before it: "我2019年从百度出来".
          if (trigger.word === '出来' && !orgs.some((o) => o.end === trigger.start && text[o.start - 1] === '从')) break;
          let target: { org: string; unit: string | null } | null = null;
          if (trigger.frame === 'optional-object') {
            const obj = readOrgAfter(input, trigger, clause, orgs, persons, triggers, 3);
            // "离开工作了九年的阿里巴巴", "离开效力多年的腾讯": the organisation after a relative clause.
            const relative = /^了?[^，,。；;的]{1,12}的/.exec(text.slice(trigger.end, clause.end));
            const afterRelative = relative ? orgs.find((o) => o.start === trigger.end + relative[0].length) : undefined;
            if (obj?.kind === 'org') target = { org: obj.org.org, unit: obj.org.unit };
            // (告别 leaves only an employer named right after it: "告别了依然在…扩张的字节" is a figure of speech.)
            else if (trigger.word === '告别') break;
            else if (afterRelative) target = { org: afterRelative.org, unit: afterRelative.unit };
            // "离开上海赴美国", "脱离临床": something other than an employer is left; no fact.
            else if (leavesSomethingElse(text, trigger.end, input.commonWords)) break;
          }
          // "明超平今年1月从月之暗面离职": the organisation after 从/自 is the one left, whatever is known of them.
          target ??= trigger.relation === 'left' ? leftFromBefore(text, orgs, subject.end, trigger) : null;
          // "理想方面回应称，P系因个人原因离开": the organisation speaking of the departure is the one left.
          const speaker = orgs.find((o) => o.end <= subject.start && o.start >= sentence.start && /^方面(?:回应|表示|称|证实|确认)/.test(text.slice(o.end, o.end + 4)));
          if (!target && speaker && (trigger.relation === 'left' || trigger.relation === 'stepped_down')) target = { org: speaker.org, unit: speaker.unit };
          if (!target) {
            const context = contextOrg(text, person, intro, trigger, orgs, persons, state);
            // "或将一同加盟Seed，目前仍在走离职流程": the leaving is of the employer before, not of
            // the one the sentence has them join; which that was, the sentence does not say here.
            // (A join with its own time stays a tenure: "2016年加入商汤，今年8月离职".)
            if (context && trigger.relation === 'left' && facts.some((f) => f.person === person && f.relation === 'joined' && f.org === context.org && !f.date)) break;
            target = context;
          }
          if (!target) break;
          // "辞去第四届董事会非独立董事职务，辞职后仍担任公司首席技术官": a board seat given up is no
          // move (the contract's rule for board members), nor is the resignation the sentence repeats.
          const postGivenUp = /^(?:公司|本公司)?([^，,。；;]{2,24}?)(?:职务|一职|职位)/.exec(text.slice(trigger.end, clause.end))?.[1];
          if (postGivenUp && BOARD_SEAT.test(postGivenUp.replace(/^(?:公司|本公司)/, ''))) { boardSeatOnly.add(person); break; }
          if (boardSeatOnly.has(person) && /^(?:辞职|辞任|离任)$/.test(trigger.word)) break;
          // "去年从OPPO离职，此后休整了半年": a break after leaving, not a step down anywhere.
          if (trigger.relation === 'stepped_down' && /^(?:休整|暂时休息|休假|暂别)$/.test(trigger.word) && facts.some((f) => f.person === person && f.relation === 'left')) break;
          // "请辞，将转任集团技术顾问": giving up the post to advise keeps a tie (卸任转顾问).
          const advisor = ADVISOR_AFTER.exec(text.slice(trigger.end, sentence.end));
          // Not an advisor somewhere else after leaving ("离职后曾担任一家新创公司的技术顾问").
          // ("辞职后将继续在公司担任顾问" stays: 继续/仍/留 keeps the tie.)
          // ("退休后转任公司技术顾问" stays too: the adviser's post is at the same company.)
          const toAdvisor = trigger.relation === 'left' && advisor !== null && (!/后|一家|其他|另|新创|创业/.test(advisor[0]) || /继续|仍|留任/.test(advisor[0]) || /(?:转任|改任|转为)(?:本?公司|集团|该公司)/.test(advisor[0]));
          // "辞职后不再担任公司任何职务": no post at all is a leaving.
          const noPostAtAll = trigger.relation === 'stepped_down' && /^[^，,。；;]{0,8}任何职务/.test(text.slice(trigger.end, sentence.end));
          // "辞任行政总裁…辞任后，轩辕先生将继续担任董事会主席": another post kept is a stepping down.
          const keepsPost = trigger.relation === 'left' && !toAdvisor && RESIGNS_POST.test(trigger.word) && keepsAnotherPost(text, trigger.end, sentence.end);
          const relation: Relation = toAdvisor || keepsPost ? 'stepped_down' : noPostAtAll ? 'left' : trigger.relation;
          const nominalOrg = via === 'nominal' ? nominalContextOrg(orgs, subject) : null;
          const where = nominalOrg ?? target;
          add({ person, relation, org: where.org, unit: where.unit, role: intro.role, cause, confidence, at: trigger, rule: toAdvisor ? `${trigger.word}:to-advisor` : `${trigger.word}:${trigger.frame}` });
          if (trigger.word === '离职创业') add({ person, relation: 'founded', org: null, unit: null, role: null, cause: null, confidence: confidence - 0.1, at: trigger, rule: '离职创业' });
          break;
        }
        case 'null-org': {
          if (trigger.word === '离职创业') {
            const target = contextOrg(text, person, intro, trigger, orgs, persons, state);
            if (target) add({ person, relation: 'left', org: target.org, unit: target.unit, role: intro.role, cause: 'startup', confidence, at: trigger, rule: '离职创业:left' });
          }
          // "离职创业，新公司「星绎智能」聚焦…": the new company is named after all.
          const named = orgs.find((o) => o.start > trigger.end && o.start - trigger.end <= 20 && /(?:新公司|新创公司|创业公司|创业项目|新项目)(?:名为|名叫|叫做|叫|为|是)?\s*[“「『"]?$/.test(text.slice(trigger.end, o.start)) && !triggers.some((t) => t.start > trigger.end && t.start < o.start));
          add({ person, relation: 'founded', org: named?.org ?? null, unit: null, role: null, cause: null, confidence: confidence - 0.1, at: trigger, rule: named ? `${trigger.word}:new-company` : `${trigger.word}:null-org` });
          break;
        }
      }
    }
  }

  // --- 1b. Successors: "P出任理想汽车CTO，接替今年6月离职的Q" (Q left where P joined) --------------
  for (const m of sentenceText.matchAll(/接替(?:了)?/g)) {
    const at = sentence.start + m.index + m[0].length;
    const predecessor = persons.find((p) => p.start >= at && p.start - at <= 24 && !isPronoun(p));
    const who = predecessor ? nameOf(predecessor) : null;
    if (!predecessor || !who) continue;
    const between = text.slice(at, predecessor.start);
    if (/[，,。；;]/.test(between)) continue;
    const successor = facts.find((f) => f.relation === 'joined' && f.org && f.person !== who);
    if (!successor) continue;
    // "接替转任首席科学家的汪博", "接替升任集团总裁的Q": a new post inside, no departure.
    if (/转任|升任|调任|改任|晋升|提拔|另有任用|另有安排|工作调整|轮岗|内部/.test(between)) continue;
    // "接替今年6月离职的Q": the relative clause's own verb found Q's leaving; it is from here.
    const inRelative = facts.filter((f) => f.person === who && f.relation === 'left' && triggers.some((t) => t.start >= at && t.end <= predecessor.start && f.rule.startsWith(`${t.word}:`)));
    if (inRelative.length) {
      for (const f of inRelative) { f.org = successor.org; f.unit = successor.unit; }
      continue;
    }
    if (facts.some((f) => f.person === who && f.org === successor.org)) continue;
    const staysOn = /顾问|退居二线|仍|继续|留任/.test(between + text.slice(predecessor.end, sentence.end).slice(0, 16));
    const when = times.filter((t) => t.start >= at && t.end <= predecessor.start && t.date).at(-1);
    add({ person: who, relation: staysOn ? 'stepped_down' : 'left', org: successor.org, unit: successor.unit, role: null, cause: null, confidence: 0.6, at: { start: at - m[0].length, end: predecessor.end }, rule: '接替', date: when ? { date: when.date, absolute: when.absolute } : { date: null, absolute: false } });
  }

  // --- 1c. "Q卸任…，其职务由原A董事长P接替": the successor joins where the predecessor gave up the post.
  for (const p of persons) {
    const who = nameOf(p);
    if (!who || isPronoun(p) || !/^(?:接替|接任|接棒)/.test(text.slice(p.end, p.end + 2))) continue;
    const by = text.lastIndexOf('由', p.start);
    if (by < sentence.start || p.start - by > 24 || /[，,。；;]/.test(text.slice(by, p.start))) continue;
    const predecessor = facts.find((f) => f.person !== who && (f.relation === 'stepped_down' || f.relation === 'left') && f.org);
    const org = predecessor?.org;
    if (!predecessor || !org || facts.some((f) => f.person === who && f.org === org)) continue;
    // Only a successor from elsewhere joins ("职务由副总经理江佩芸接任" is a promotion inside).
    const intro = introOf(p);
    if (![...intro.current, ...intro.former].some((o) => o.org !== org)) continue;
    const at = { start: by, end: p.end + 2 };
    add({ person: who, relation: 'joined', org, unit: predecessor.unit, role: null, cause: null, confidence: 0.6, at, rule: '由P接替', date: { date: predecessor.date, absolute: predecessor.dateAbsolute } });
    impliedLeft(who, intro, org, { relation: 'joined', ...at }, add, 0.75);
  }

  // --- 2. Appositives: 前/原X…P (left X), X创始人P (founded X) --------------------------------
  const founderOf = new Map<PersonRef, { orgs: OrgRef[]; alone: boolean }>();
  persons.forEach((p, k) => {
    const name = nameOf(p);
    if (!name || isPronoun(p)) return;
    const intro = introOf(p);
    let founders = intro.founder;
    let alone = intro.founderTitleAlone;
    // "联合创始人焦可和陈炜鹏", "xAI两位联合创始人Jimmy Ba和吴宇怀": the title covers the whole list.
    const prev = persons[k - 1];
    if (founders.length === 0 && !alone && prev && founderOf.has(prev) && LIST_GAP.test(text.slice(prev.end, p.start)) && !input.mentions.titleEnds[p.start]) {
      ({ orgs: founders, alone } = founderOf.get(prev)!);
    }
    // "作为联合创始人之一，P…": the title is the clause before the name.
    const ci = clauseOf(p.start);
    const c = clauses[ci];
    if (founders.length === 0 && !alone && c && p.start - c.start <= 1 && ci > 0) {
      const prevClause = text.slice(clauses[ci - 1]!.start, clauses[ci - 1]!.end).trim();
      if (/^作为.{0,8}(联合创始人|创始人|联创|创办人)(之一)?$/.test(prevClause)) alone = true;
    }
    // "零一万物方面，联合创始人兼技术副总裁司马岳…": the organisation the sentence turns to.
    if (founders.length === 0 && alone && ci > 0) {
      const topic = clauses[ci - 1]!;
      const about = orgs.find((o) => o.start >= topic.start && o.end <= topic.end && /^\s*方面\s*$/.test(text.slice(o.end, topic.end)));
      if (about) { founders = [about]; alone = false; }
    }
    if (founders.length || alone) founderOf.set(p, { orgs: founders, alone });
    for (const o of intro.former) add({ person: name, relation: 'left', org: o.org, unit: o.unit, role: intro.role, cause: null, confidence: 0.7, at: p, rule: 'former-appositive', date: { date: null, absolute: false } });
    for (const o of founders) add({ person: name, relation: 'founded', org: o.org, unit: null, role: intro.role, cause: null, confidence: 0.7, at: p, rule: 'founder-title', fromTitle: true, date: { date: null, absolute: false } });
    if (founders.length === 0 && alone) {
      // "小鹏汽车亦宣布，联合创始人之一的汤皓川…": the organisation announcing it.
      const announcer = orgs.find((o) => o.end <= p.start && /^[^。；;]{0,12}?(?:宣布|表示|称|公告|透露|证实|确认)[，,：:]/.test(text.slice(o.end, p.start)));
      // ("我的联合创始人于知白": in a speaker's account, the company the speaker founded.)
      const speakers = /我(?:们)?的[^，,。；;]{0,10}$/.test(text.slice(sentence.start, p.start)) ? state.lastFounded : null;
      // ("把熵简智能的CEO一职交棒给联合创始人简若水": the company whose post is handed over.)
      // (Or the one the giver steps down at: "把CEO的位置交给联合创始人焦予恒，自己退居二线".)
      const handedOver = handedOverAt(text, orgs, clauses[clauseOf(p.start)], p.start)?.org
        ?? (HANDED_TO.test(text.slice(sentence.start, p.start)) ? facts.find((f) => f.relation === 'stepped_down' && f.person !== name)?.org ?? undefined : undefined);
      const org = announcer?.org ?? speakers ?? handedOver ?? state.dominantOrg ?? state.recentOrg();
      if (org) add({ person: name, relation: 'founded', org, unit: null, role: intro.role, cause: null, confidence: 0.5, at: p, rule: 'founder-title:context', fromTitle: true, date: { date: null, absolute: false } });
    }
    const current = intro.current.at(-1);
    if (current && !state.affiliations.has(name)) state.affiliations.set(name, { org: current.org, unit: current.unit });
  });

  // --- 2b. Founder stated after the name: "李彦宏是百度公司创始人", "马化腾，腾讯公司主要创办人之一" ----------
  for (const p of persons) {
    const name = nameOf(p);
    if (!name || isPronoun(p)) continue;
    const next = persons.find((q) => q.start > p.end);
    const limit = Math.min(sentence.end, next?.start ?? sentence.end, p.end + 40);
    const tail = text.slice(p.end, limit);
    // (Also a prospectus's "聂远帆先生，43岁，为本公司创始人".)
    const copula = /^\s*(?:先生|女士|博士|教授)?(?:[，,]\s*\d{2}岁\s*[，,]\s*(?:为|是|系))?\s*(?:是|为|系|乃|，|,)?/.exec(tail);
    if (!copula || copula[0].trim() === '') continue;
    const triggerBetween = triggers.some((t) => t.start >= p.end && t.start < limit);
    for (const o of orgs) {
      if (o.start < p.end + copula[0].length || o.end > limit) continue;
      const gap = text.slice(p.end + copula[0].length, o.start);
      if (triggerBetween || (gap.match(/[，,]/g) ?? []).length > 2 || /[。；;]/.test(gap)) break;
      if (founderTitleFollows(text, o.end, limit, lexicon)) add({ person: name, relation: 'founded', org: o.org, unit: null, role: null, cause: null, confidence: 0.7, at: p, rule: 'founder-predicate', fromTitle: true, date: { date: null, absolute: false } });
      break;
    }
  }

  // --- 2b'. "这家由杨植麟在2023年创立的公司": the company just named, founded by the one after 由 ---
  for (const m of sentenceText.matchAll(THIS_COMPANY_FOUNDED_BY)) {
    const at = sentence.start + m.index;
    const first = persons.find((p) => p.start >= at && p.end <= at + m[0].length && text[p.start - 1] === '由');
    if (!first) continue;
    // (Every founder of the list: "这家由蔡浩宇、刘伟、罗宇皓于2012年创立的公司".)
    const named = persons.filter((p) => p.start >= first.start && p.end <= at + m[0].length);
    const list = groupEndingAt(named, named.length - 1, text);
    const org = state.recentOrg();
    const when = times.find((t) => t.start >= at && t.end <= at + m[0].length && t.date);
    for (const founder of list.includes(first) ? list : [first]) {
      const name = nameOf(founder);
      if (!name || !org || facts.some((f) => f.person === name && f.relation === 'founded')) continue;
      add({ person: name, relation: 'founded', org, unit: null, role: null, cause: null, confidence: 0.6, at: { start: at, end: at + m[0].length }, rule: '这家由P创立的公司', date: when ? { date: when.date, absolute: when.absolute } : { date: null, absolute: false } });
    }
  }

  // --- 2c. A post filled by someone from outside: "回响智能首席科学家由前阶跃星辰研究员尉迟安担任" -----
  for (const trigger of triggers) {
    if (!/^(?:担任|出任)$/.test(trigger.word)) continue;
    const p = persons.find((q) => q.end === trigger.start && !isPronoun(q));
    const clause = clauses[clauseOf(trigger.start)];
    const name = p ? nameOf(p) : null;
    if (!p || !name || !clause) continue;
    const by = text.lastIndexOf('由', p.start);
    if (by < clause.start || p.start - by > 24) continue;
    const org = [...orgs].reverse().find((o) => o.end <= by && o.start >= clause.start);
    const post = org ? text.slice(org.end, by).replace(/^的/, '') : '';
    const title = post ? loadTitles().findTitleHeads(post).find((h) => h.end === post.length) : undefined;
    if (!org || !title || /职务|一职|职位|遗缺|空缺/.test(post)) continue;
    const intro = introOf(p);
    // Only someone introduced from elsewhere moves (前阶跃星辰研究员P); one already there taking the
    // post is promoted inside the company.
    const fromElsewhere = intro.former.some((o) => o.org !== org.org) || intro.current.some((o) => o.org !== org.org);
    if (!fromElsewhere || facts.some((f) => f.person === name && f.org === org.org)) continue;
    add({ person: name, relation: 'joined', org: org.org, unit: org.unit, role: post, cause: null, confidence: 0.7, at: trigger, rule: `由P${trigger.word}` });
    impliedLeft(name, intro, org.org, { ...trigger, relation: 'joined' }, add, 0.7);
  }

  // --- 3. Past ties stated by a clause: 曾在X、Y担任 / 曾任X… / 出身X ---------------------------
  for (let ci = 0; ci < clauses.length; ci++) {
    const clause = clauses[ci]!;
    const clauseText = text.slice(clause.start, clause.end);
    const cue = /(曾(?:经|先后|短暂|一度|短期)?(?:在|于|任|是|担任|就职于|任职于|供职于|效力于|服务于)|(?:此前|早年|先后|之前|过去)(?:他|她)?(?:曾)?(?:在|就职于|任职于|供职于|效力于|服务于|为|是|担任)|历任|出身于|出身|(?<![还复])原(?:为|是|任))/.exec(clauseText);
    if (!cue) continue;
    const cueEnd = clause.start + cue.index + cue[0].length;
    const present = PRESENT_MARK.exec(text.slice(cueEnd, clause.end));
    const tieEnd = present ? cueEnd + present.index : clause.end;
    const tieOrgs = orgs.filter((o) => o.start >= cueEnd && o.end <= tieEnd && !persons.some((p) => p.start >= cueEnd && p.start < o.start));
    if (tieOrgs.length === 0) continue;
    if (/[在于]$/.test(cue[0]) && !lexicon.pastTieVerbs.some((v) => clauseText.slice(cue.index).includes(v))) continue;
    // Whose past: a name before the cue in this clause, 这位/他 (the focus), or the subject of an earlier clause.
    let who: string | null = null;
    const own = persons.filter((p) => p.start >= clause.start && p.end <= clause.start + cue.index).at(-1);
    if (own) who = nameOf(own);
    else {
      // "曾任微软亚洲研究院副院长的周明": the person the relative clause describes.
      const after = persons.find((p) => p.start >= tieOrgs.at(-1)!.end && p.end <= clause.end && /的[^，,。的]{0,12}$|的$/.test(text.slice(tieOrgs.at(-1)!.end, p.start)));
      if (after) who = nameOf(after);
    }
    who ??= subjectOfEarlierClause(clauses, ci, persons, nameOf);
    // ("在吉利工作十九年，此前曾在长城汽车担任技术总监": a sentence that names nobody and opens with
    // no subject goes on about the person before.)
    const droppedSubject = persons.length === 0 && /^(?:在|曾|此前|先后|早年|之前|毕业|加入)/.test(text.slice(sentence.start, sentence.end).trim());
    if (!who && (/^(?:这位|该|此人|他|她)/.test(clauseText.trim()) || ci === 0 || droppedSubject)) who = state.focusAt(input.index);
    if (!who) continue;
    for (const o of tieOrgs) add({ person: who, relation: 'left', org: o.org, unit: o.unit, role: null, cause: null, confidence: 0.6, at: { start: cueEnd, end: o.end }, rule: `past-tie:${cue[0]}`, date: { date: null, absolute: false } });
    // "去年曾短暂在小鹏机器人任职": a stint dated by the time just before it began then.
    const cueStart = clause.start + cue.index;
    const when = times.find((t) => t.date && t.end <= cueStart && cueStart - t.end <= 3 && t.start >= clause.start);
    if (when && /^曾/.test(cue[0]) && tieOrgs.length === 1) {
      const o = tieOrgs[0]!;
      add({ person: who, relation: 'joined', org: o.org, unit: o.unit, role: null, cause: null, confidence: 0.55, at: { start: cueEnd, end: o.end }, rule: 'past-tie:dated-stint', date: { date: when.date, absolute: when.absolute } });
    }
  }

  // --- 3a. A successor from outside: "遗缺由前世界先进营运长蒋欣怡接任", "其职务由新加盟的郤明澈接任" ----------
  const vacancy = VACANCY_FILLED_BY.exec(text.slice(sentence.start, sentence.end));
  if (vacancy) {
    const at = sentence.start + vacancy.index + vacancy[0].length;
    const successor = persons.find((p) => p.start >= at && p.start - at <= 24 && !isPronoun(p) && /^(?:将|则|已)?(?:接任|接替|接棒|出任|担任)/.test(text.slice(p.end, p.end + 4)));
    const lead = successor ? text.slice(at, successor.start) : '';
    // Only a successor from elsewhere moves (新加盟的, 前X营运长); an insider promoted does not.
    const outsider = /新加盟|新加入|外部|空降|前|原/.test(lead);
    const own = successor ? orgs.filter((o) => o.start >= at && o.end <= successor.start) : [];
    const before = [...orgs].reverse().find((o) => o.end <= at - vacancy[0].length + vacancy.index && o.start >= sentence.start);
    // ("新任CFO由…出任" names its company in the sentence; 遗缺/其职务 may refer to the one before.)
    // (…or the one of the clause before a semicolon: "原总经理P退休；新任总经理由Q接任".)
    const chained = /[；;]\s*$/.test(text.slice(Math.max(0, sentence.start - 3), sentence.start));
    // (The chained clause and the sentence before it: "X召开董事会。原总经理P退休；新任…由Q接任".)
    const stop = text.lastIndexOf('。', sentence.start - 1);
    const clauseBefore = chained ? within(input.mentions.orgs, Math.max(0, text.lastIndexOf('。', stop - 1) + 1), sentence.start).at(-1) : undefined;
    const vacated = before ?? (vacancy[0].startsWith('新任') ? clauseBefore : state.recentOrgs.at(-1) && !own.includes(state.recentOrgs.at(-1)!) ? state.recentOrgs.at(-1) : undefined);
    const name = successor ? nameOf(successor) : null;
    if (successor && name && outsider && vacated && !own.some((o) => o.org === vacated.org)) {
      add({ person: name, relation: 'joined', org: vacated.org, unit: null, role: null, cause: null, confidence: 0.65, at: { start: at, end: successor.end }, rule: 'successor-from-outside' });
      // ("由前台积电处长X接任": the employer of the introduction is left for it.)
      if (/前|原/.test(lead)) for (const o of own) if (!facts.some((f) => f.person === name && f.org === o.org)) add({ person: name, relation: 'left', org: o.org, unit: o.unit, role: null, cause: null, confidence: 0.6, at: { start: at, end: successor.end }, rule: 'former-A-moves-to-B' });
    }
  }

  // --- 3b. Tenures: "2008年至2018年历任华为技术有限公司海思半导体芯片架构师" (joined then, left then) --------
  for (let ci = 0; ci < clauses.length; ci++) {
    const clause = clauses[ci]!;
    const clauseText = text.slice(clause.start, clause.end);
    const tenure = TENURE.exec(clauseText);
    if (!tenure) continue;
    const after = clause.start + tenure.index + tenure[0].length;
    const o = orgs.find((x) => x.start >= after && x.start - after <= 2);
    if (!o) continue;
    const own = persons.filter((p) => p.start >= clause.start && p.end <= clause.start + tenure.index).at(-1);
    let who = own ? nameOf(own) : null;
    who ??= subjectOfEarlierClause(clauses, ci, persons, nameOf);
    who ??= state.focusAt(input.index);
    if (!who) continue;
    const at = { start: clause.start + tenure.index, end: o.end };
    const from: PartialDate = { year: Number(tenure[1]), ...(tenure[2] ? { month: Number(tenure[2]) } : {}) };
    const to: PartialDate = { year: Number(tenure[3]), ...(tenure[4] ? { month: Number(tenure[4]) } : {}) };
    add({ person: who, relation: 'joined', org: o.org, unit: o.unit, role: null, cause: null, confidence: 0.7, at, rule: 'tenure:from', date: { date: from, absolute: true } });
    add({ person: who, relation: 'left', org: o.org, unit: o.unit, role: null, cause: null, confidence: 0.7, at, rule: 'tenure:to', date: { date: to, absolute: true } });
    // "于2015年至2021年担任阿里云副总裁": the verb's own reading took the nearer year; the range decides.
    for (const f of facts) {
      if (f.person !== who || f.org !== o.org || f.rule.startsWith('tenure:')) continue;
      if (f.relation === 'joined') { f.date = from; f.dateAbsolute = true; }
      if (f.relation === 'left') { f.date = to; f.dateAbsolute = true; }
    }
  }

  // --- 4. "P的创业" / "其创业项目": a startup with no name ------------------------------------
  for (const m of sentenceText.matchAll(/(其|的)创业(?!者|公司们|潮|浪潮|团队们)/g)) {
    const at = sentence.start + m.index;
    let who: string | null = null;
    if (m[1] === '的') {
      const p = persons.find((x) => x.end === at);
      if (p) who = nameOf(p);
    } else {
      who = persons.filter((x) => x.end <= at).map(nameOf).filter(Boolean).at(-1) ?? state.focusAt(input.index);
    }
    if (who) add({ person: who, relation: 'founded', org: null, unit: null, role: null, cause: null, confidence: 0.5, at: { start: at, end: at + m[0].length }, rule: `${m[1]}创业` });
  }

  // --- 5. "澜序智能的联合创始人还包括A、B": everyone the list names founded it ----------------------
  // ("与他一同创办极帆的还有P": the founders of the organisation just named.)
  for (const m of sentenceText.matchAll(/的?(?:联合)?创(?:始|办)人(?:团队)?(?:还|则|也|分别)?(?:包括|还有|有|是|为)|(?<=(?:一同|共同|联合|一起)创(?:办|立|建)(?:了)?[^，。的]{2,12})的(?:还有|包括)/g)) {
    const at = sentence.start + m.index;
    // "公司另两位联合创始人分别是…": a count of founders between the organisation and the title.
    const count = /(?:另外?|还有)?(?:[一二两三四五六七八九十几]+位)?$/.exec(text.slice(sentence.start, at))![0];
    const orgEnd = at - count.length;
    // The organisation: a mention ending there, a name the document has put in quotes (“澜序智能”),
    // or 公司 for the company the document told the founding of.
    const lead = /([\u4e00-\u9fffA-Za-z0-9]{2,8})$/.exec(text.slice(sentence.start, orgEnd))?.[1];
    const quoted = lead && (text.includes(`“${lead}”`) || text.includes(`「${lead}」`) || text.includes(`"${lead}"`)) ? lead : null;
    const generic = state.lastFounded && /(?:^|[^\u4e00-\u9fff]|该|这家)公司$/.test(text.slice(Math.max(sentence.start, orgEnd - 3), orgEnd)) ? { org: state.lastFounded } : null;
    const org = orgs.find((o) => o.end === orgEnd) ?? (quoted ? { org: quoted } : undefined) ?? generic ?? undefined;
    if (!org) continue;
    const clauseEnd = clauses.find((c) => at >= c.start && at < c.end)?.end ?? sentence.end;
    // The list runs to the end of the sentence: "…包括前拼多多技术副总裁凌修、前阿里淘天集团算法总监于子墨。"
    for (const p of persons) {
      if (p.start < at + m[0].length || p.start >= sentence.end || isPronoun(p)) continue;
      if (p.start >= clauseEnd && !/^[、，,和与及]|^以及/.test(text.slice(clauseEnd - 1, clauseEnd + 1))) continue;
      const name = nameOf(p);
      if (name) add({ person: name, relation: 'founded', org: org.org, unit: null, role: null, cause: null, confidence: 0.7, at: { start: at, end: at + m[0].length }, rule: 'founders-include', date: { date: null, absolute: false } });
    }
  }

  // "2021年底，他选择自立门户，在上海创办了行川智能": going it alone leaves the employer the text
  // last placed the founder at.
  if (GOES_IT_ALONE.test(sentenceText)) {
    for (const f of facts.filter((x) => x.relation === 'founded' && x.org && x.rule !== 'founders-include')) {
      const was = state.affiliations.get(f.person);
      if (!was || was.org === f.org || facts.some((g) => g.person === f.person && g.relation === 'left')) continue;
      add({ person: f.person, relation: 'left', org: was.org, unit: was.unit, role: null, cause: 'startup', confidence: 0.6, at: { start: sentence.start, end: sentence.end }, rule: 'goes-it-alone', date: { date: f.date, absolute: f.dateAbsolute } });
    }
  }
  dateLeavingsByMove(facts, CHINESE_PAST_TIE_RULES);
  // "收到总经理P的书面辞职报告…P辞去总经理职务，辞职后仍担任董事长": one sentence that tells a post
  // given up and another kept is a stepping down, whatever other verb of leaving it also holds.
  // (Likewise "不再担任该职务，转任美团顾问": the new post at the same company is no joining.)
  // "不再担任相关职务，将于年底离开公司": the company is left, not just the post.
  const leavesCompany = (f: RawFact) => f.relation === 'stepped_down' && /^不再(?:担任|负责)/.test(f.rule) && /离开公司|离开集团|离职/.test(sentenceText) && !/顾问|仍|继续|留任/.test(sentenceText);
  for (const f of facts) if (leavesCompany(f)) { f.relation = 'left'; f.rule = `${f.rule}+离开公司`; }
  const keptTie = facts.filter((f) => f.relation === 'stepped_down');
  // ("原云达总经理P则升任广达资深副总经理": a promotion within the group; no leaving, no joining.)
  const promotedWithin = facts.filter((f) => f.relation === 'joined' && /^(?:升任|转任|调任):/.test(f.rule) && facts.some((g) => g.person === f.person && g.relation === 'left' && g.org === f.org && g.rule === 'former-appositive'));
  // "蚂蚁集团近日发布内部邮件宣布新一轮组织调整：数字支付事业群总裁宗政远航出任蚂蚁国际首席执行官":
  // posts handed round inside the company are no moves (an outsider's arrival is: 原京东科技…加入).
  // (The announcement runs on across semicolons: "美团近日发布内部邮件：A出任…；B转任…；C不再担任…".)
  const chainStart = Math.max(text.lastIndexOf('。', sentence.start - 1), text.lastIndexOf('\n', sentence.start - 1)) + 1;
  const reshuffle = /(?:组织|人事|架构|管理层)(?:调整|变动)|内部(?:邮件|信)/.test(text.slice(chainStart, sentence.end));
  const internalPost = (f: RawFact) => reshuffle && f.relation === 'joined' && /^(?:出任|转任|担任|升任|接任|调任):/.test(f.rule)
    && !facts.some((g) => g.person === f.person && g.relation === 'left' && g.org !== f.org);
  // ("欧阳乐获腾讯延揽…，并继续担任该校兼任教授": the post the introduction gives is kept.)
  const keepsIntroPost = /(?:继续|仍|仍然|依旧|同时)(?:担任|保留|兼任|在)[^，,。；;]{0,12}?(?:该校|该公司|原单位|原公司|母校|教职|教授)/.test(sentenceText);
  const reconciled = facts.filter((f) => !(keepsIntroPost && f.relation === 'left' && f.rule === 'introduced-at-A-moves-to-B') && !internalPost(f))
    .filter((f) => !((f.relation === 'left' || (f.relation === 'joined' && f.cause !== 'return')) && keptTie.some((k) => k.person === f.person && k.org === f.org))
    && !(f.relation !== 'stepped_down' && promotedWithin.some((p) => p.person === f.person && p.org === f.org)));
  updateState(input, reconciled, persons, orgs, nameOf);
  return reconciled;
}

/** "这家由P于2023年创立的公司": a relative clause on the company the text has just named. */
const THIS_COMPANY_FOUNDED_BY = /(?:这家|该|这个)由[^，,。；;的]{2,24}?(?:一手|联合|共同)?(?:创立|创办|成立|创建)的(?:公司|企业|创企|初创公司|独角兽|平台|大模型公司)/g;

/** Words for leaving a job to start one's own company. */
const GOES_IT_ALONE = /自立门户|另起炉灶|单飞|出来创业|下海创业|辞职创业|离职创业|出走创业|自己创业/;

const CHINESE_PAST_TIE_RULES: ReadonlySet<string> = new Set(['former-appositive']);

/**
 * A former employer named beside a move in the same sentence was left when the move happened:
 * undated facts of `pastTieRules` take the date of the sentence's dated joining by that person.
 * (Only a move to another employer dates the departure; founding a company may come long after.)
 */
export function dateLeavingsByMove(facts: RawFact[], pastTieRules: ReadonlySet<string>): void {
  for (const f of facts) {
    if (f.date || !pastTieRules.has(f.rule)) continue;
    const move = facts.find((m) => m.person === f.person && m.relation === 'joined' && m.date);
    if (move) { f.date = move.date; f.dateAbsolute = move.dateAbsolute; }
  }
}

/** The first person named in the nearest earlier clause that names one (the subject a clause carries on). */
function subjectOfEarlierClause(clauses: readonly TextSpan[], ci: number, persons: PersonRef[], nameOf: (p: PersonRef) => string | null): string | null {
  for (let k = ci - 1; k >= 0; k--) {
    const c = clauses[k]!;
    const p = persons.find((x) => x.start >= c.start && x.end <= c.end);
    const name = p ? nameOf(p) : null;
    if (name) return name;
  }
  return null;
}

function updateState(input: SentenceInput, facts: RawFact[], persons: PersonRef[], orgs: OrgRef[], nameOf: (p: PersonRef) => string | null): void {
  const { state, index } = input;
  // Someone who has left an organisation no longer works there (a later 卸任 is of another post).
  for (const f of facts) if (f.relation === 'left' && f.org && state.affiliations.get(f.person)?.org === f.org && f.date) state.affiliations.delete(f.person);
  // (Not the founder a relative clause names: "投奔由余凯于2015年创立的地平线" keeps the traveller.)
  const inRelative = (name: string) => persons.some((p) => nameOf(p) === name && input.text[p.start - 1] === '由' && /^[^，,。；;]{0,16}?的/.test(input.text.slice(p.end, p.end + 18)));
  const subject = [...facts].reverse().find((f) => !inRelative(f.person))?.person ?? facts.at(-1)?.person ?? persons.map(nameOf).find((n): n is string => !!n);
  if (subject) state.setFocus(subject, index);
  const joined = facts.filter((f) => f.relation === 'joined' && f.org).at(-1);
  if (joined) state.lastJoined = { org: joined.org!, unit: joined.unit, sentence: index };
  state.rememberOrgs(orgs);
  // Founding dates stated about an organisation ("零一万物自2023年5月成立", "马斯克于2023年…成立xAI").
  for (const f of facts) {
    if (f.relation === 'founded' && f.org && !f.fromTitle) state.lastFounded = f.org;
    if (f.relation === 'founded' && f.org && f.date && !f.fromTitle) {
      const known = input.state.foundingDates.get(f.org);
      if (!known || (!known.absolute && f.dateAbsolute)) input.state.foundingDates.set(f.org, { date: f.date, absolute: f.dateAbsolute });
    }
  }
  const sentenceText = input.text.slice(input.sentence.start, input.sentence.end);
  const founding = /成立|创立|创办/.test(sentenceText) ? /(自|于)?([^，。,]{0,16})(成立|创立|创办)(以来|之初|时)?/.exec(sentenceText) : null;
  if (founding && facts.every((f) => f.relation !== 'founded' || f.fromTitle)) {
    const at = input.sentence.start + founding.index;
    const end = at + founding[0].length;
    const org = [...orgs].reverse().find((o) => o.end <= end && o.start >= input.sentence.start && at - o.end < 12);
    const time = within(input.mentions.times, Math.min(at, org?.start ?? at), end).find((t) => t.date);
    if (org && time?.date && !input.state.foundingDates.has(org.org)) input.state.foundingDates.set(org.org, { date: time.date, absolute: time.absolute });
  }
}

function isInsideIntroOfOther(o: OrgRef, persons: PersonRef[], trigger: TextSpan): boolean {
  // "原阿里…周畅" after 挖走 belongs to the person, not to the agent.
  return persons.some((p) => p.start >= o.end && p.start <= trigger.start && p.start - o.end < 12);
}

/** `move`: the verb of the move to `target` (its relation, and where it stands, for date and status). */
/** Verbs of handing a post to someone: "把X的CEO一职交棒给P", "把CEO的位置交给P". */
const HAND_OVER = '交棒|交给|让给|移交给|传给';
const HANDED_OVER = new RegExp(`[把将]([^，,。；;]{1,24}?)(?:${HAND_OVER})`);
/** A clause ending in such a verb, just before the one handed the post. */
const HANDED_TO = new RegExp(`(?:${HAND_OVER})[^，,。；;]{0,12}$`);

/** The organisation whose post a clause hands over before `pos`: "把X的CEO一职交棒给", "将X的执行长交给". */
function handedOverAt(text: string, orgs: OrgRef[], clause: TextSpan | undefined, pos: number): OrgRef | undefined {
  if (!clause) return undefined;
  const m = HANDED_OVER.exec(text.slice(clause.start, pos));
  if (!m) return undefined;
  const from = clause.start + m.index + 1;
  return orgs.find((o) => o.start >= from && o.end <= from + m[1]!.length);
}

function impliedLeft(person: string, intro: PersonIntro, target: string, move: TextSpan & { relation: Relation }, add: (f: Parameters<AddFn>[0]) => void, confidence: number): void {
  // A move to another employer dates the departure; founding a company may come long after leaving.
  const date = move.relation === 'founded' ? { date: { date: null, absolute: false } } : {};
  // Introduced by a post at A and moving to B: also left A (零一万物算法副总裁黄文灏加入了字节跳动).
  for (const o of intro.current) {
    if (o.org === target) continue;
    add({ person, relation: 'left', org: o.org, unit: o.unit, role: intro.role, cause: null, confidence: confidence - 0.15, at: move, rule: 'introduced-at-A-moves-to-B', ...date });
  }
  for (const o of intro.former) {
    if (o.org === target) continue;
    add({ person, relation: 'left', org: o.org, unit: o.unit, role: intro.role, cause: null, confidence: confidence - 0.15, at: move, rule: 'former-A-moves-to-B', ...date });
  }
  for (const o of intro.founder) {
    // "Inflection AI创始人Mustafa加入微软": a founder who joins another company has left their own.
    if (o.org === target || move.relation !== 'joined') continue;
    add({ person, relation: 'left', org: o.org, unit: null, role: intro.role, cause: null, confidence: confidence - 0.2, at: move, rule: 'founder-moves-to-B' });
  }
}
type AddFn = (f: Omit<RawFact, 'sentence' | 'status' | 'date' | 'dateAbsolute'> & { at: TextSpan; date?: { date: PartialDate | null; absolute: boolean }; status?: RawFact['status'] }) => void;

/** Where a person was when a left/stepped_down trigger names no organisation. */
function contextOrg(text: string, person: string, intro: PersonIntro, trigger: TriggerRef, orgs: OrgRef[], persons: PersonRef[], state: DocumentState): { org: string; unit: string | null } | null {
  // The first known organisation of the introduction is the employer; later ones are often its parts.
  const own = [...intro.current, ...intro.former, ...intro.founder].find((o) => o.known) ?? intro.current.at(-1) ?? intro.former.at(-1) ?? intro.founder.at(-1);
  if (own) return { org: own.org, unit: own.unit };
  // "去年曾短暂在小鹏机器人任职，今年初离开": the stint the sentence has just told.
  const stint = [...orgs].reverse().find((o) => o.end <= trigger.start && text[o.start - 1] === '在' && trigger.start - o.end <= 16);
  if (stint) return { org: stint.org, unit: stint.unit };
  const known = state.affiliations.get(person);
  if (known) return known;
  const beforeInSentence = [...orgs].reverse().find((o) => o.end <= trigger.start && !persons.some((p) => p.start >= o.end && p.start < trigger.start && p.start - o.end < 3));
  if (beforeInSentence) return { org: beforeInSentence.org, unit: beforeInSentence.unit };
  // "此外，公司财务总监X辞去…": 公司 is the company named last, even where another dominates.
  const recent = state.recentOrg();
  if (recent && (/(?:本|该)?公司(?!任何)/.test(text.slice(Math.max(0, trigger.start - 30), trigger.start)) || /^(?:本|该)?公司/.test(text.slice(trigger.end, trigger.end + 3)))) return { org: recent, unit: null };
  return contextOrgFallback(state);
}

/** An organisation introduced by 从/自 between the subject and a leaving verb (从月之暗面离职, 自腾讯离开). */
function leftFromBefore(text: string, orgs: OrgRef[], subjectEnd: number, trigger: TriggerRef): { org: string; unit: string | null } | null {
  const o = [...orgs].reverse().find((x) => x.start >= subjectEnd && x.end <= trigger.start && trigger.start - x.end <= 3);
  // (Spaces may stand around a Latin name: "从 vivo 离职".)
  if (!o || !/[从自]\s*$/.test(text.slice(Math.max(subjectEnd, o.start - 5), o.start).replace(/原东家|老东家|原|前/g, ''))) return null;
  return { org: o.org, unit: o.unit };
}

function contextOrgFallback(state: DocumentState): { org: string; unit: string | null } | null {
  const org = state.dominantOrg ?? state.recentOrg();
  return org ? { org, unit: null } : null;
}

/** For "X…来自原A副总裁P的加入": the organisation of the sentence that is not the person's own. */
function nominalContextOrg(orgs: OrgRef[], subject: PersonRef): { org: string; unit: string | null } | null {
  const o = orgs.find((x) => x.end <= subject.start && subject.start - x.end > 12);
  return o ? { org: o.org, unit: o.unit } : null;
}

/** "P则以联合创始人身份加入": the post someone joins as, stated between the name and the verb. */
function roleAsIdentity(text: string, from: number, to: number): string | null {
  const m = /以([^，,。；;]{2,12}?)(?:的)?身份$/.exec(text.slice(from, to));
  return m ? m[1]! : null;
}

/** Board seats: holding or taking one is no move (董事长, the chair, is a post). */
const BOARD_SEAT = /^(?:本公司|公司|本集团)?(?:第.{1,3}届董事会)?(?:独立|非独立|非执行|独立非执行|执行)?董事(?:会成员|候选人)?$|监事|委员会(?:成员|委员)$/;
/** Verbs of resigning a post, which may leave the person in another post of the same company. */
const RESIGNS_POST = /^(?:辞任|辞去|请辞|卸任|离任|辞职)$/;
/** After a resignation, in its sentence or the next one: a post kept (将继续担任, 仍担任, 留任). */
const KEEPS_POST = /(?:将继续|继续|仍将|仍|仍然)(?:在(?:本)?(?:公司|集团)|于(?:本)?(?:公司|集团))?(?:担任|出任|留任|任职|任)|留任/;

function keepsAnotherPost(text: string, from: number, sentenceEnd: number): boolean {
  const rest = text.slice(from, sentenceEnd);
  if (/不再(?:于|在|担任)[^。]{0,12}任何职务/.test(rest)) return false;
  if (KEEPS_POST.test(rest)) return true;
  const next = /^\s*(?:辞任|辞职|卸任|离任)后[，,]?([^。]{0,40})/.exec(text.slice(sentenceEnd, sentenceEnd + 60));
  return next !== null && KEEPS_POST.test(next[1]!) && !/不再/.test(next[1]!);
}

/** "任命…为首席AI科学家": the post after 为. */
function roleAfterWei(text: string, from: number, to: number): string | null {
  const m = /为([^，,。；;]{2,20})/.exec(text.slice(from, to));
  // "为本公司首席财务官": the company is the fact's organisation, not part of the title.
  return m ? m[1]!.replace(/^(?:本公司|本集团|公司|集团)(?=.{2})/, '') : null;
}

function isPronoun(p: PersonRef): boolean {
  return p.source === 'known' && p.name.length <= 2 && !p.resolved;
}
