import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';
import { loadOrgKb } from '../kb/org-kb.js';
import { findOrgCandidates } from '../kb/find-org-candidates.js';
import { surnameAt } from '../kb/surnames.js';
import { loadTitles } from '../kb/titles.js';
import type { Tagger } from '../ner/tagger.js';
import type { PartialDate } from '../time/partial-date.js';
import { resolveTimesInText } from '../time/resolve-times-in-text.js';
import { splitClauses, type TextSpan } from '../text/split-sentences.js';
import { loadCommonWords } from './common-words.js';
import { isEnglishSentence, mayStateEnglishFact } from './english-facts.js';
import { findEnglishOrgs } from './find-english-orgs.js';
import { findAliasUses } from './find-alias-definitions.js';
import { findIntroducedOrgs } from './find-introduced-orgs.js';
import { findChineseNames, findLatinNames, isHan, LATIN_TITLES, nameShaped, settleNameEnd, type NameContext } from './find-person-names.js';
import type { Lexicon } from './lexicon.js';
import type { DocumentMentions, OrgRef, PersonRef, TimeRef, TriggerRef } from './mentions.js';

/** A negation just before a trigger (a few words may stand between: 没有正式离职, 不会再加入). */
const NEGATED_BEFORE = /(?:没有|没|并未|未曾|从未|从没|尚未|还未|未|无意|暂无|并无|不会|不打算|没打算|不准备|不想|不愿|不曾|拒绝|婉拒)(?:[^，,。；;：:来久少到仅但]{0,2})$/;
const SURNAME_WITH_LATIN_TITLE = new RegExp(`([\\u4e00-\\u9fff])(${LATIN_TITLES})(?![A-Za-z])`, 'g');
// (Also 其 as the subject of a reported move: "有知情人士称其或将加盟抖音生活服务".)
const PRONOUN = /(?<![其吉利])[他她](?![们人])|这位|该人士|此人|(?<=称|表示|透露|指出)其(?=或将|将|已|拟|也将|或|随后)/g;
const FOUNDER_TITLE_WORD = /创始人|创办人|创始成员|联合创始/;
const SELF_REFERENCE = /本公司|本集团/;
/** 本公司, 本集团, and in such a text 公司 opening a clause before a post ("显示，公司原首席运营官P"). */
const SELF_REFERENCES = /本公司|本集团|(?<=^|[，,。；;：:\s]|显示|表示|宣布|公告)公司(?=原|前|首席|副总|总经理|总裁|董事长|CEO|CFO|CTO|COO)/gm;
const COMPANY_NAMED = /(?:公司|创企)(?:的名字)?(?:名为|名叫|叫做|取名|定名|命名)/;
const CUE_FOR_PEOPLE = /前|原|曾|创始|创办|出身|先后|历任|(?:任职|就职|供职|效力)于/;

/**
 * Every mention the rules read, found once per document over its Simplified text: organisations
 * (knowledge base, then unknown ones by form), times (resolved in reading order against the
 * publication date), trigger words, job titles, and people — by surname and context, by Latin
 * form, by the learned tagger where a sentence can hold a fact, and then every other place the
 * document repeats a name it has already shown to be a person's.
 */
export function findMentions(text: string, sentences: readonly TextSpan[], lexicon: Lexicon, published: PartialDate | undefined, tagger: Tagger | null): DocumentMentions {
  const taken = new Uint8Array(text.length + 1);
  const takenEnds = new Uint8Array(text.length + 1);
  const mark = (s: number, e: number) => {
    for (let k = s; k < e; k++) taken[k] = 1;
    takenEnds[e] = 1;
  };

  const orgs: OrgRef[] = loadOrgKb().findMentions(text).map((m) => ({ start: m.start, end: m.end, text: m.text, org: m.org, unit: m.unit, known: true, kind: m.entry.kind }));
  for (const o of orgs) mark(o.start, o.end);
  /** An organisation the knowledge base does not know, named `org` (default: as written). */
  const addUnknownOrg = (start: number, end: number, org = text.slice(start, end), written = text.slice(start, end)): OrgRef => {
    const added: OrgRef = { start, end, text: written, org, unit: null, known: false };
    orgs.push(added);
    mark(start, end);
    return added;
  };
  // Names a text introduces in quotes (机器人公司“灵枢动力”) stand for the organisation wherever it repeats them.
  const commonWords = loadCommonWords();
  const titles = loadTitles();
  for (const o of findIntroducedOrgs(text, (s, e) => overlapsAny(taken, s, e), (w) => commonWords.frequency(w) >= 20)) {
    // (A short form, 极帆 for “极帆智能”, is recorded under the full name.)
    if (!overlapsAny(taken, o.start, o.end)) addUnknownOrg(o.start, o.end, o.name, o.name);
  }
  // "鴻華先進（Foxtron）昨（16）日公告", "富邦媒（momo）日前公告": a name opening its sentence, glossed in
  // Latin script and announcing something, is an organisation (people are glossed, but do not 公告).
  for (const m of text.matchAll(ANNOUNCING_GLOSSED_NAME)) {
    const start = m.index + m[1]!.length;
    const end = start + m[2]!.length;
    if (!overlapsAny(taken, start, end) && commonWords.frequency(m[2]!) < 20) addUnknownOrg(start, end);
  }
  // "数码港方面表示", "X方面，…": a party that speaks "on its side" is an organisation (not 另一方面, 技术方面).
  for (const m of text.matchAll(SPEAKING_SIDE)) {
    const start = m.index + m[1]!.length;
    const end = start + m[2]!.length;
    if (overlapsAny(taken, start, end) || commonWords.frequency(m[2]!) > 0 || /^(?:另一|一|各|多|这|那|其他|其它|双|对|我|你|他|她)/.test(m[2]!)) continue;
    addUnknownOrg(start, end);
  }
  // Short names defined in brackets (…有限公司（以下简称“公司”）) stand for the full name after it.
  const orgEndingAt = (end: number): OrgRef | null => {
    // The knowledge base may read the name without its legal ending (金山云控股|有限公司).
    const named = orgs.find((o) => o.end <= end && o.end >= end - 10 && LEGAL_ENDING.test(text.slice(o.end, end)));
    if (named) return named;
    const from = Math.max(0, end - 30);
    const c = findOrgCandidates(text.slice(from, end)).filter((x) => from + x.end === end).pop();
    if (!c || overlapsAny(taken, from + c.start, end)) return null;
    return addUnknownOrg(from + c.start, end);
  };
  for (const use of findAliasUses(text, orgEndingAt, (s, e) => overlapsAny(taken, s, e))) {
    const full = orgs.find((o) => o.start === use.defined.start && o.end === use.defined.end)!;
    orgs.push({ ...full, start: use.start, end: use.end, text: text.slice(use.start, use.end) });
    mark(use.start, use.end);
  }
  // Sentences that can state a fact: a trigger word or a former/founder cue. Costly readings
  // (unknown organisations, the tagger) are done there only.
  const anyTrigger = new RegExp(lexicon.triggerPattern.source);
  // Read once: which sentences are English (three readings below ask).
  const english = new Set(sentences.filter((s) => isEnglishSentence(text, s)));
  // (The items of a list that runs on across semicolons belong to the sentence that opens it:
  // "Others to have jumped ship include A, …; B, …; and C, …".)
  const relevant: TextSpan[] = [];
  let chainRelevant = false;
  for (const s of sentences) {
    const t = text.slice(s.start, s.end);
    const stated: boolean = chainRelevant || anyTrigger.test(t) || CUE_FOR_PEOPLE.test(t) || COMPANY_NAMED.test(t) || (english.has(s) && mayStateEnglishFact(t));
    if (stated) relevant.push(s);
    chainRelevant = stated && /[;；]\s*$/.test(t);
  }
  for (const s of relevant) {
    // Unknown organisations matter as a trigger's object or beside a name; a cue alone (前, 原) is
    // read against known organisations, so only sentences with a trigger are searched.
    // (A founder title reads as a move too: "宇文砺是万花筒智能的创始人".)
    // (And a new company's name given later: "这家新公司名为“芯澜微电子”".)
    const movesIn = (t: string) => anyTrigger.test(t) || FOUNDER_TITLE_WORD.test(t) || COMPANY_NAMED.test(t);
    if (!movesIn(text.slice(s.start, s.end))) continue;
    const clauses = splitClauses(text, s);
    for (const [k, clause] of clauses.entries()) {
      const clauseText = text.slice(clause.start, clause.end);
      // (Also the clause just before a trigger's: "新华保险本周公告，副总裁…缑德润因到龄退休".)
      const next = clauses[k + 1];
      if (!movesIn(clauseText) && !(next && anyTrigger.test(text.slice(next.start, next.end)))) continue;
      for (const c of findOrgCandidates(clauseText)) {
        const start = clause.start + c.start;
        const end = clause.start + c.end;
        // "冷锋获任命为公司": a move verb inside is a clause, not a name.
        // "逯晓晨女士为公司": a person with a form of address is no part of a company's name.
        // ("为本公司": the issuer's 本公司, read below.)
        if (overlapsAny(taken, start, end) || anyTrigger.test(c.text) || /先生|女士/.test(c.text) || /本(?:公司|集团)$/.test(c.text)) continue;
        // A registered name runs on to its legal form: "上海知望私募基金|管理有限公司".
        const legal = /^[\u4e00-\u9fff]{0,6}?(?:股份)?有限(?:责任)?公司/.exec(text.slice(end, end + 14));
        let fullEnd = legal && !overlapsAny(taken, end, end + legal[0].length) ? end + legal[0].length : end;
        // "前澜川基金投资总监郝望": a title that begins inside the name ends it (澜川基金|投资总监).
        const title = titles.findTitleHeads(text.slice(start, fullEnd + 6)).find((h) => h.start > 1 && h.start < fullEnd - start && h.end > fullEnd - start);
        if (title) fullEnd = start + title.start;
        addUnknownOrg(start, fullEnd);
      }
    }
  }
  // A prospectus or a company's own notice calls the issuer 本公司/本集团: the organisation its
  // opening names ("云岫智能（北京云岫智能科技股份有限公司）已于12月1日向港交所递交招股书").
  if (SELF_REFERENCE.test(text)) {
    const opening = sentences.slice(0, 2).at(-1)?.end ?? 0;
    for (const c of findOrgCandidates(text.slice(0, opening), { minConfidence: 0.5 })) if (!overlapsAny(taken, c.start, c.end)) addUnknownOrg(c.start, c.end);
    let issuer = orgs.filter((o) => o.end <= opening).sort((a, b) => a.start - b.start)[0];
    // "云岫智能（北京云岫智能科技股份有限公司）": the short name before the bracketed legal one.
    if (issuer && /[（(]/.test(text[issuer.start - 1] ?? '')) {
      const before = issuer.start - 1;
      for (let k = 6; k >= 2; k--) {
        const short = text.slice(before - k, before);
        if (!/^[\u4e00-\u9fff]+$/.test(short) || !issuer.text.includes(short) || overlapsAny(taken, before - k, before)) continue;
        issuer.org = short;
        issuer = addUnknownOrg(before - k, before);
        break;
      }
    }
    if (issuer) {
      for (const m of text.matchAll(SELF_REFERENCES)) {
        if (overlapsAny(taken, m.index, m.index + m[0].length)) continue;
        orgs.push({ start: m.index, end: m.index + m[0].length, text: m[0], org: issuer.org, unit: null, known: issuer.known, ...(issuer.kind ? { kind: issuer.kind } : {}) });
        mark(m.index, m.index + m[0].length);
      }
    }
  }
  // A Chinese company name read from its ending in one sentence is that company wherever the text
  // repeats it ("原汇川技术副总裁鲍书远…鲍总2015年加入汇川技术").
  // (Also by its stem, "织星" for 织星科技, when the stem is no ordinary word.)
  const chineseForms = new Map<string, string>();
  for (const o of orgs.filter((x) => !x.known && /^[\u4e00-\u9fff]{4,10}$/.test(x.text))) {
    chineseForms.set(o.text, o.org);
    const stem = /^([\u4e00-\u9fff]{2,3}?)(?:科技|智能|机器人|动力|互动|网络|数据|智算|信息|技术|电子|微电子|半导体|新材|精工|光电)$/.exec(o.text)?.[1];
    if (stem && commonWords.frequency(stem) < 20 && !chineseForms.has(stem)) chineseForms.set(stem, o.org);
  }
  for (const [form, org] of [...chineseForms].sort((a, b) => b[0].length - a[0].length)) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
      const end = at + form.length;
      if (overlapsAny(taken, at, end)) continue;
      // (Where the name ends a word: punctuation, a particle, a post or a verb after it.)
      if (!isHan(text.charCodeAt(end)) || /[的任担出加离是副总前原首已在后]/.test(text[end]!) || commonWords.frequency(text.slice(end - 1, end + 1)) < 50) addUnknownOrg(at, end, org);
    }
  }
  // Every English sentence: a company introduced in one ("Shenzhen startup Lingxi Robotics has
  // raised …") is the one a later sentence refers to ("The firm was founded by …").
  for (const s of english) {
    for (const c of findEnglishOrgs(text.slice(s.start, s.end), (word) => surnameOfNamed(text, word))) {
      const start = s.start + c.start;
      const end = s.start + c.end;
      if (!overlapsAny(taken, start, end)) addUnknownOrg(start, end);
    }
  }
  // A filing's defined term: "Corvid Robotics, Inc. (the "Company")" — then "the Company" and its
  // "the Board" stand for that company ("the Board appointed Yvonne Vanderplas").
  const defined = /\(\s*(?:the\s+)?["“]Company["”]\s*\)/.exec(text);
  const definedFor = defined ? orgs.filter((o) => o.end <= defined.index && /^[\s,]*(?:Inc\.?|Corp\.?|Corporation|Ltd\.?|LLC|plc)?[\s,]*$/.test(text.slice(o.end, defined.index))).at(-1) : undefined;
  if (defined && definedFor) {
    for (const m of text.slice(defined.index).matchAll(/\b[Tt]he (?:Company|Board(?: of Directors)?)\b/g)) {
      const start = defined.index + m.index;
      if (!overlapsAny(taken, start, start + m[0].length)) {
        orgs.push({ start, end: start + m[0].length, text: m[0], org: definedFor.org, unit: null, known: definedFor.known });
        mark(start, start + m[0].length);
      }
    }
  }
  // A Latin-script company the text has shown to be one is one wherever else it stands, also
  // without its company word ("Octave9 Labs … Octave9 also announced").
  const latinOrgs = new Map<string, string>();
  for (const o of orgs) {
    if (o.known || !/^[A-Za-z0-9]/.test(o.text)) continue;
    latinOrgs.set(o.text, o.org);
    const short = o.text.replace(SHORT_FORM_TAIL, '');
    if (short !== o.text && short.length >= 3 && !latinOrgs.has(short)) latinOrgs.set(short, o.org);
  }
  // ("Hexu Intelligence … is now CTO at Hexu": the short form found on its own is the same company.)
  for (const o of orgs) {
    const full = latinOrgs.get(o.text);
    if (!o.known && full && full !== o.org && o.org === o.text) o.org = full;
  }
  for (const [form, org] of [...latinOrgs].sort((a, b) => b[0].length - a[0].length)) {
    // A word the text also writes as a person's surname ("Rohan Deshpande") is not spread.
    if (!form.includes(' ') && writtenAsSurname(text, form)) continue;
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
      const end = at + form.length;
      if (/[A-Za-z0-9]/.test(text[at - 1] ?? '') || /[A-Za-z0-9]/.test(text[end] ?? '') || overlapsAny(taken, at, end)) continue;
      addUnknownOrg(at, end, org);
    }
  }
  // "said in a LinkedIn post", "在臉書上澄清": a platform written on is a medium, not an employer.
  for (let k = orgs.length - 1; k >= 0; k--) {
    const o = orgs[k]!;
    const medium = /^\s*(?:post|posts|profile|page|account|message|update|video|livestream)\b/i.test(text.slice(o.end, o.end + 12)) && /\b(?:in|on|via|a|an|his|her|their)\s+(?:a\s+)?$/i.test(text.slice(Math.max(0, o.start - 10), o.start))
      || (text[o.start - 1] === '在' && /^上(?:发文|发帖|澄清|表示|写道|回应|发布|公开|透露|宣布|否认|贴文|留言)/.test(text.slice(o.end, o.end + 4)));
    if (medium) orgs.splice(k, 1);
  }
  orgs.sort((a, b) => a.start - b.start);
  unifyShortNames(orgs);

  const times: TimeRef[] = resolveTimesInText(text, published).map((t) => ({ start: t.start, end: t.end, date: t.date, absolute: t.kind === 'absolute' }));
  for (const t of times) mark(t.start, t.end);

  const triggers: TriggerRef[] = [];
  lexicon.triggerPattern.lastIndex = 0;
  for (const m of text.matchAll(lexicon.triggerPattern)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlapsAny(taken, start, end)) continue;
    // Part of a noun (创业公司, 创办人, 离职潮) or an adjective (新成立的): not a move.
    let noun = false;
    for (let k = 0; k < end - start && !noun; k++) noun = lexicon.triggerNouns.test(text.slice(start + k, start + k + 6));
    if (noun) continue;
    if (/[新刚所]/.test(text[start - 1] ?? '') && text[end] === '的') continue;
    // "并未真正进入“退休”状态": a quoted word is talked about, not done.
    if (/[“"「『]/.test(text[start - 1] ?? '') && /[”"」』]/.test(text[end] ?? '')) continue;
    // "并没有离开百度的打算", "暂无加入的计划", "拒绝加入": a move said not to happen (the word is
    // still marked, so it bounds the names around it).
    if (NEGATED_BEFORE.test(text.slice(Math.max(0, start - 8), start))) { mark(start, end); continue; }
    triggers.push({ ...lexicon.triggerByWord.get(m[0])!, start, end });
  }
  for (const t of triggers) mark(t.start, t.end);

  const titleEnds = new Uint8Array(text.length + 1);
  for (const t of titles.findTitleHeads(text)) titleEnds[t.end] = 1;

  const ctx: NameContext = {
    lexicon,
    commonWords,
    surnameAt: (s, i) => {
      if (!mayStartSurname(s.charCodeAt(i))) return null;
      const m = surnameAt(s, i);
      return m ? { length: m.surname.length, weak: m.weight < 0.25 || (m.alsoCommonWord && (m.rank ?? 999) > 20), everyday: m.alsoCommonWord } : null;
    },
    titleEndsAt: (_s, i) => titleEnds[i] === 1,
    isOrgName: (name) => loadOrgKb().resolve(name) !== null,
    taken,
    takenEnds,
  };
  // (A title acronym only in capitals: "Cho" is a surname, "CHO" a chief human officer.)
  const isNotLatinName = (w: string) => loadOrgKb().resolve(w) !== null || (titles.isTitleHead(w) && !(/^\p{Lu}\p{Ll}{1,3}$/u.test(w) && TITLE_ACRONYMS.test(w.toUpperCase()))) || LATIN_NOT_NAMES.has(w);

  const persons: PersonRef[] = [];
  const personTaken = new Uint8Array(text.length + 1);
  const addPerson = (p: PersonRef) => {
    if (overlapsAny(personTaken, p.start, p.end)) return;
    persons.push(p);
    for (let k = p.start; k < p.end; k++) personTaken[k] = 1;
  };
  /** Takes back the people found so far that `replaced` says a longer reading replaces. */
  const dropPersons = (replaced: (q: PersonRef) => boolean) => {
    for (let k = persons.length - 1; k >= 0; k--) {
      const q = persons[k]!;
      if (!replaced(q)) continue;
      persons.splice(k, 1);
      for (let c = q.start; c < q.end; c++) personTaken[c] = 0;
    }
  };
  // Names matter in sentences that can state a fact and in the few before them (whom 他 and a
  // dropped subject refer to); short lines may be headings naming the person below.
  const nearFact = new Uint8Array(sentences.length);
  const relevantSet = new Set(relevant);
  sentences.forEach((s, k) => {
    if (!relevantSet.has(s)) return;
    for (let j = Math.max(0, k - 3); j <= k; j++) nearFact[j] = 1;
  });
  for (const [k, s] of sentences.entries()) {
    if (!nearFact[k] && s.end - s.start > 16) continue;
    const before = persons.length;
    const unsure: number[] = [];
    for (const p of findChineseNames(text, s.start, s.end, ctx, unsure)) addPerson(p);
    // A headline in title case ("Nvidia Poaches Amazon Chip Veteran") has no names to read by case.
    if (!(english.has(s) && isTitleCaseHeadline(text.slice(s.start, s.end)))) {
      for (const p of findLatinNames(text, s.start, s.end, isNotLatinName, taken)) {
        // "曜衡半导体（Yaoheng Semi）": a gloss of the Chinese name before it, unless that is a person's.
        const glossOfHan = /[（(]/.test(text[p.start - 1] ?? '') && isHan(text.charCodeAt(p.start - 2)) && !persons.some((q) => q.end === p.start - 1);
        if (!glossOfHan && !COMPANY_WORD_LAST.test(p.name)) addPerson(p);
      }
    }
    // The learned tagger fills gaps the rules leave (rare surnames, four-character names): where a
    // sentence can hold a fact and the rules found nobody in it. Its spans must still look like
    // names at word boundaries.
    // (Not only where the rules found nobody: "前华硕处长阚柏钧加入…，前Appier科学家艾莉森·游则出任…"
    // names two people, one of them unsure.)
    const open = unsure.filter((i) => !overlapsAny(personTaken, i, i + 1));
    if (tagger && open.length > 0) {
      // Only the text leading up to each trigger, where its subject stands, is tagged.
      for (const t of triggers) {
        if (t.start < s.start || t.end > s.end) continue;
        // The subject stands before the verb; the object of 挖来/任命 after it.
        const from = t.frame === 'agent' ? t.start : Math.max(s.start, t.start - 24);
        const to = t.frame === 'agent' ? Math.min(s.end, t.end + 24) : t.end;
        // Only where the rules saw a name-shaped candidate they could not confirm (刘大一恒, 东昱晓),
        // or a Latin word, is there anything for the tagger to decide.
        if (!open.some((i) => i >= from && i < to) && !(persons.length === before && /[A-Z][a-z]/.test(text.slice(from, to)))) continue;
        for (const e of tagger.tag(text.slice(from, to))) {
          if (e.type !== 'PERSON') continue;
          const start = from + e.start;
          const end = /^[\u4e00-\u9fff]/.test(e.text) ? settleNameEnd(text, start, from + e.end, s.start, s.end, ctx) : from + e.end;
          if (end != null && !overlapsAny(taken, start, end) && taggedNameOk(text, start, end, ctx)) addPerson({ start, end, name: text.slice(start, end), source: 'ner' });
        }
      }
    }
    // A single Latin word right after a title is a name ("Adept CEO David", "创始人Mustafa").
    for (const m of text.slice(s.start, s.end).matchAll(/(?<![A-Za-z])[A-Z][a-z]{2,14}(?![A-Za-z])/g)) {
      const start = s.start + m.index;
      const at = text[start - 1] === ' ' ? start - 1 : start;
      if (titleEnds[at] && !isNotLatinName(m[0]) && !overlapsAny(taken, start, start + m[0].length)) addPerson({ start, end: start + m[0].length, name: m[0], source: 'latin' });
    }
  }
  // "负责人Kevin 蒋今年10月…", "Sherry 李", "Ivy 吳則是…": an English given name with a Chinese
  // surname, as staff of Chinese companies write themselves; later the surname alone stands for them.
  const mixedNames: PersonRef[] = [];
  for (const m of text.matchAll(LATIN_GIVEN_HAN_SURNAME)) {
    const start = m.index;
    const han = start + m[0].length - 1;
    const sur = ctx.surnameAt(text, han);
    // (Not "Kyle Kosic和…": the end of a Latin name before a conjunction that is also a surname.)
    if (!sur || sur.length !== 1 || /[和与及同跟]/.test(text[han]!) || isNotLatinName(m[1]!) || overlapsAny(taken, start, han + 1)) continue;
    const end = han + 1;
    // (A Latin word right after Han text starts a name, "前數據長Ivy 吳"; one after Latin words ends one.)
    if (/[A-Za-z0-9.]\s*$/.test(text.slice(Math.max(0, start - 2), start)) || !endsName(text, end, lexicon)) continue;
    dropPersons((q) => q.start < end && start < q.end);
    const p: PersonRef = { start, end, name: text.slice(start, end), source: 'latin' };
    addPerson(p);
    mixedNames.push(p);
  }
  // "蒋此前在科大讯飞研究院工作六年": the surname alone opening a clause, followed by what follows names.
  for (const p of mixedNames) {
    const surname = text[p.end - 1]!;
    for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
      if (at < p.end && at >= p.start) continue;
      if (at > 0 && !/[\s，,。；;！？!?]/.test(text[at - 1]!)) continue;
      if (overlapsAny(taken, at, at + 1) || overlapsAny(personTaken, at, at + 1) || !endsName(text, at + 1, lexicon)) continue;
      addPerson({ start: at, end: at + 1, name: p.name, source: 'known', resolved: p.name });
    }
  }
  // "聘任宓景行先生", "院长隗正谦先生", "宓景行，男，1979年出生": a form of address or a résumé's
  // sex field marks a name whatever its surname (announcements name people this way).
  for (const p of findAddressedNames(text, ctx, titleEnds, takenEnds)) addPerson(p);
  // "丹尼尔·阙（Daniel Que）", "艾莉森·游": a transliterated name glossed in Latin script, or a name
  // the rules found in part, runs on across its dot.
  for (const m of text.matchAll(GLOSSED_TRANSLITERATION)) {
    const end = m.index + m[1]!.length;
    // The run before the dot may be glued to a title (资深经理|丹尼尔): the name starts after it.
    let start = m.index;
    const dot = m.index + m[1]!.indexOf('·');
    for (let k = start + 1; k < dot; k++) if (titleEnds[k]) start = k;
    if (dot - start < 1 || overlapsAny(taken, start, end)) continue;
    dropPersons((q) => q.start >= start && q.end <= end);
    addPerson({ start, end, name: text.slice(start, end), source: 'surname' });
  }
  // "吴宇怀（Tony Wu）": a name in brackets right after a name is the same person, written otherwise.
  persons.sort((a, b) => a.start - b.start);
  const aliases = persons.filter((cur, k) => k > 0 && /^\s*[（(]\s*$/.test(text.slice(persons[k - 1]!.end, cur.start)) && /^\s*[）)]/.test(text.slice(cur.end, cur.end + 2)));
  for (const alias of aliases) {
    const k = persons.indexOf(alias);
    // "Vincent Lo（卢永信）" in Chinese text: the person is reported by the Chinese name.
    const first = persons[k - 1]!;
    if (/^[\u4e00-\u9fff·]{2,6}$/.test(alias.name) && /^[A-Za-z]/.test(first.name) && !english.has(sentences.find((s) => s.start <= first.start && first.start < s.end)!)) first.resolved = alias.name;
    persons.splice(k, 1);
  }

  // A name the document has shown to be a person's is a person wherever else it stands.
  const known = new Map<string, string>();
  const givenNames = new Map<string, string>();
  for (const p of persons) {
    known.set(p.name, p.name);
    // "三年前，映雪告别滴滴": a profile calls its subject by the given name alone.
    if (p.source === 'surname' && /^[\u4e00-\u9fff]{3,4}$/.test(p.name)) {
      const sur = ctx.surnameAt(p.name, 0);
      const given = sur ? p.name.slice(sur.length) : '';
      if (given.length === 2 && commonWords.frequency(given) < 20 && !commonWords.isListedName(given)) givenNames.set(given, p.name);
    }
    if (p.source === 'latin') {
      // (The surname before a generational suffix: "Marcus J. Whitfield Jr." is Whitfield.)
      const words = p.name.replace(/,?\s+(?:Jr|Sr)\.?$|\s+(?:II|III|IV)$/, '').split(' ');
      const last = words.at(-1)!;
      if (last.length >= 2 && !known.has(last)) known.set(last, p.name);
      // "Chen Hao … Chen, who joined": a Chinese name in pinyin puts the surname first.
      // (Also Korean and Cantonese names, surname first: "Yoon Ji-ho … Yoon joined", "Kwan Siu-ming".)
      const surnameFirst = PINYIN_SURNAMES.has(words[0]!) || EAST_ASIAN_SURNAMES.has(words[0]!) || /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words[1] ?? '');
      if (words.length === 2 && surnameFirst && !known.has(words[0]!)) known.set(words[0]!, p.name);
    }
  }
  const words = commonWords;
  for (const [form, name] of known) {
    if (form.length < 2) continue;
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
      const end = at + form.length;
      if (overlapsAny(taken, at, end) || overlapsAny(personTaken, at, end)) continue;
      if (/[A-Za-z]/.test(text[at - 1] ?? '') || /[A-Za-z]/.test(text[end] ?? '')) continue;
      // Not when the name's edge characters belong to words around it (当中|杨格|在 is fine, 高杨格 is not).
      if (isHan(form.charCodeAt(0)) && (words.frequency(text.slice(at - 1, at + 1)) >= 50 || words.frequency(text.slice(end - 1, end + 1)) >= 50)) continue;
      addPerson({ start: at, end, name, source: 'known', resolved: name });
    }
  }
  // The given name alone, only opening a clause ("三年前，映雪告别滴滴", "据悉，一川离开鹿野后").
  for (const [given, name] of givenNames) {
    if (known.has(given)) continue;
    for (let at = text.indexOf(given); at >= 0; at = text.indexOf(given, at + given.length)) {
      const end = at + given.length;
      if (overlapsAny(taken, at, end) || overlapsAny(personTaken, at, end)) continue;
      if (at > 0 && !/[\s，,。；;：:！？!?“”"「」]/.test(text[at - 1]!)) continue;
      if (words.frequency(text.slice(end - 1, end + 1)) >= 50) continue;
      addPerson({ start: at, end, name, source: 'known', resolved: name });
    }
  }
  unifyNameVariants(persons, sentences);
  // "房CTO在行业内…": a surname with an English title, after the one person of that surname.
  for (const m of text.matchAll(SURNAME_WITH_LATIN_TITLE)) {
    const end = m.index + m[1]!.length + m[2]!.length;
    // (Not "新任CFO", "现任CTO", "自任CEO": the character is part of a word with the one before it.)
    if (overlapsAny(taken, m.index, m.index + 1) || overlapsAny(personTaken, m.index, end) || !ctx.surnameAt(text, m.index) || commonWords.frequency(text.slice(m.index - 1, m.index + 1)) >= 50) continue;
    if (text[m.index] === '任' && /[自出担兼接就继升改转现曾历新原连留续代暂]/.test(text[m.index - 1] ?? '')) continue;
    addPerson({ start: m.index, end, name: m[0].slice(0, end - m.index), source: 'known' });
  }
  // "研究员甘露、谢鸣远、邬星辰三人": the first item of a list of names after a title is a name too,
  // even one that is also a word (甘露).
  for (const q of [...persons]) {
    if (q.source === 'known' || text[q.start - 1] !== '、') continue;
    for (const length of [2, 3]) {
      const start = q.start - 1 - length;
      const name = text.slice(start, q.start - 1);
      // (A title must end right before it, and nothing else may be read there.)
      if (start < 0 || !/^[\u4e00-\u9fff]+$/.test(name) || !titleEnds[start] || overlapsAny(taken, start, q.start - 1) || overlapsAny(personTaken, start, q.start - 1) || !ctx.surnameAt(text, start)) continue;
      if (loadOrgKb().resolve(name) !== null || titles.isTitleHead(name)) continue;
      addPerson({ start, end: q.start - 1, name, source: 'surname' });
      break;
    }
  }
  persons.sort((a, b) => a.start - b.start);
  // "Rafael Teixeira de Souza … Teixeira de Souza, who has been at Nubank": a later mention without
  // the given name is the person named in full before.
  for (const p of persons) {
    if (p.source !== 'latin' || p.resolved || !p.name.includes(' ')) continue;
    const full = persons.find((q) => q.start < p.start && q.source === 'latin' && q.name.endsWith(` ${p.name}`));
    if (full) p.resolved = full.resolved ?? full.name;
  }
  resolveHonorifics(persons);
  for (const m of text.matchAll(PRONOUN)) {
    if (overlapsAny(personTaken, m.index, m.index + m[0].length)) continue;
    persons.push({ start: m.index, end: m.index + m[0].length, name: m[0], source: 'known' });
  }
  persons.sort((a, b) => a.start - b.start);

  return { orgs, times, triggers, persons, titleEnds, pseudonyms: findPseudonyms(text, persons) };
}

const ANNOUNCING_GLOSSED_NAME = /(^|[。！？；\n]\s*)([\u4e00-\u9fff]{2,6})[（(][A-Za-z][A-Za-z0-9 .&'-]{1,30}[）)][^，,。；]{0,10}?(?:公告|宣布|宣告|证实|发布声明|发表声明)/g;

const SPEAKING_SIDE = /(^|[。！？；，,\n]\s*)([\u4e00-\u9fff]{2,6})方面(?=[，,]|表示|回应|称|证实|透露|对此|否认|确认|披露|同时)/g;

const LATIN_GIVEN_HAN_SURNAME = /(?<![A-Za-z])([A-Z][a-z]{2,14}) ?[\u4e00-\u9fff]/g;

/** Whether a name can end at `end`: no Han character follows, or a word that follows names does. */
function endsName(text: string, end: number, lexicon: Lexicon): boolean {
  if (end >= text.length || !isHan(text.charCodeAt(end))) return true;
  for (let n = 1; n <= 4; n++) if (lexicon.nameRightBoundaries.has(text.slice(end, end + n))) return true;
  return false;
}

const GLOSSED_TRANSLITERATION = /([\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,4})(?=\s*[（(]\s*[A-Z][a-z]+(?:[ -][A-Z][a-z]*\.?)* [A-Z][a-z]+\s*[）)])/g;

/** A name with a form of address after it, or a résumé's sex field. */
const ADDRESSED = /([\u4e00-\u9fff]{2,4})(?:先生|女士)|(?<=^|\n)[\s　]*([\u4e00-\u9fff]{2,4})[，,]\s*[男女][，,]/g;
/** What may stand before such a name: a verb of appointing or reporting, a list mark, a preposition. */
const BEFORE_ADDRESSED = /(?:聘任|聘请|提名|委任|任命|同意|收到|感谢|推选|选举|增补|补选|由|和|与|及|、|，|,|即|：|:|（|\(|“|「)$/;
const NOT_NAME_START = /^[该这那老小各诸两众位本其令贵]/;

function findAddressedNames(text: string, ctx: NameContext, titleEnds: Uint8Array, takenEnds: Uint8Array): PersonRef[] {
  const out: PersonRef[] = [];
  for (const m of text.matchAll(ADDRESSED)) {
    const run = m[1] ?? m[2]!;
    const runStart = m.index + m[0].indexOf(run);
    const runEnd = runStart + run.length;
    // The longest tail of the run that starts at a boundary: 院长|隗正谦, 聘任|宓景行, 、|逯晓晨.
    for (let len = Math.min(4, run.length); len >= 2; len--) {
      const start = runEnd - len;
      const name = text.slice(start, runEnd);
      if (NOT_NAME_START.test(name)) continue;
      const sur = ctx.surnameAt(text, start);
      if (len === 4 && (!sur || sur.length !== 2)) continue;
      if (sur && sur.length >= len) break; // 「慕容女士」: a surname with a form of address, not a full name
      const bounded = start === 0 || !isHan(text.charCodeAt(start - 1)) || titleEnds[start] === 1 || takenEnds[start] === 1
        || BEFORE_ADDRESSED.test(text.slice(Math.max(0, start - 2), start));
      if (!bounded) continue;
      if (ctx.commonWords.frequency(name) >= 50 || ctx.isOrgName(name)) break;
      out.push({ start, end: runEnd, name, source: 'surname' });
      break;
    }
  }
  return out;
}

/**
 * "Octave9 Labs … Octave9", "栖枝智能 … 栖枝": an organisation outside the knowledge base written
 * once in full and elsewhere without its company word is one organisation, named in full.
 */
function unifyShortNames(orgs: OrgRef[]): void {
  const full = [...new Set(orgs.filter((o) => !o.known).map((o) => o.org))];
  for (const o of orgs) {
    if (o.known) continue;
    const longer = full.filter((f) => f.length > o.org.length && f.startsWith(o.org) && SHORT_FORM_REST.test(f.slice(o.org.length)));
    if (longer.length === 1) o.org = longer[0]!;
  }
}
/** "Rohan Deshpande": the word stands after a capitalised word that may be a first name. */
function writtenAsSurname(text: string, form: string): boolean {
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const m of text.matchAll(new RegExp(`\\b([A-Z][a-z]+) ${escaped}\\b`, 'g'))) {
    const word = m[1]!;
    if (!LATIN_NOT_NAMES.has(word) && !NOT_FIRST_NAMES.has(word) && loadOrgKb().resolve(word) === null) return true;
  }
  return false;
}
/** Capitalised words before a company's name that are no first name ("About Octave9", "Rival Kinetix"). */
/** (Beyond LATIN_NOT_NAMES, which writtenAsSurname also asks.) */
const NOT_FIRST_NAMES = new Set(['About', 'Rival', 'Startup', 'Only', 'Even', 'Both', 'Today', 'Yesterday', 'Its', 'Their', 'His', 'Her', 'Our', 'Under', 'Over', 'Inside', 'Joins', 'Names', 'Hires', 'Taps', 'Appoints', 'Welcomes', 'Acquires', 'Buys', 'Leaves', 'Quits']);

/** Company words a Latin name may drop when repeated (Octave9 Labs → Octave9). */
const LATIN_COMPANY_WORDS = String.raw`(?: (?:Labs?|AI|Inc\.?|Technologies|Technology|Robotics|Systems|Intelligence|Research|Group|Holdings|Corp\.?|Semiconductor|Semi|Computing|Software|Vision|Dynamics|Networks|Analytics|Automation|Mobility|Bio|Therapeutics|Capital|Ventures)){1,2}`;
const SHORT_FORM_TAIL = new RegExp(`${LATIN_COMPANY_WORDS}$`);
/** What the full name may add to the short one: a company word or two (" Labs", "智能", "科技有限公司"). */
const SHORT_FORM_REST = new RegExp(`^${LATIN_COMPANY_WORDS}$|^(?:科技|智能|机器人|技术|集团|控股|网络|软件|半导体|动力|信息|数据|医疗|生物|汽车|人工智能|有限公司|股份有限公司|有限责任公司){1,3}$`);

const LEGAL_ENDING = /^(?:控股|集团|股份)?(?:股份)?(?:有限(?:责任)?公司)?$/;

/** Forms of address after a surname (苏总, 慕容女士). */
const HONORIFICS = '总|董|博士|老师|教授|先生|女士';
const HONORIFIC_FORM = new RegExp(`(?:${HONORIFICS})$`);
const SURNAME_WITH_HONORIFIC = new RegExp(`^([\\u4e00-\\u9fff]{1,2})(?:${HONORIFICS}|${LATIN_TITLES})$`);

/**
 * "苏总", "贺博士", "王老师": a surname with a form of address is the one person of that surname the
 * document has named in full before it (none, or two, and it stays as written).
 */
function resolveHonorifics(persons: PersonRef[]): void {
  for (const p of persons) {
    // One- or two-character surnames (苏总, 慕容女士); a name the document spread as known resolves to itself.
    const m = SURNAME_WITH_HONORIFIC.exec(p.name);
    if (!m || (p.resolved && p.resolved !== p.name)) continue;
    const full = new Set(persons.filter((q) => q.start < p.start && q !== p && /^[\u4e00-\u9fff]{2,4}$/.test(q.resolved ?? q.name) && (q.resolved ?? q.name).startsWith(m[1]!) && (q.resolved ?? q.name).length > m[1]!.length && (q.resolved ?? q.name) !== p.name && !HONORIFIC_FORM.test(q.resolved ?? q.name)).map((q) => q.resolved ?? q.name));
    if (full.size === 1) p.resolved = [...full][0]!;
  }
}

/**
 * A name written twice with its last character changed (魏瀚瞳 … 魏瀚疃) in nearby sentences, never
 * side by side, is one person misspelt: later forms are read as the first.
 */
function unifyNameVariants(persons: PersonRef[], sentences: readonly TextSpan[]): void {
  const sentenceOf = (pos: number) => sentences.findIndex((s) => pos >= s.start && pos < s.end);
  const first = new Map<string, { sentence: number; sentences: Set<number> }>();
  for (const p of persons) {
    if (!/^[\u4e00-\u9fff]{3,4}$/.test(p.name)) continue;
    const si = sentenceOf(p.start);
    const seen = first.get(p.name);
    if (seen) seen.sentences.add(si);
    else first.set(p.name, { sentence: si, sentences: new Set([si]) });
  }
  const names = [...first.keys()];
  const canonical = new Map<string, string>();
  for (const a of names) {
    for (const b of names) {
      if (a === b || a.length !== b.length || a.slice(0, -1) !== b.slice(0, -1)) continue;
      const fa = first.get(a)!;
      const fb = first.get(b)!;
      const together = [...fa.sentences].some((s) => fb.sentences.has(s));
      if (!together && fa.sentence < fb.sentence && fb.sentence - fa.sentence <= 3) canonical.set(b, a);
    }
  }
  for (const p of persons) {
    const to = canonical.get(p.name);
    if (to) p.resolved = to;
  }
}

const surnameStart = new Map<number, boolean>();
/** Whether a character can begin a surname, single or compound (cached: the name finder asks at every character). */
function mayStartSurname(code: number): boolean {
  let may = surnameStart.get(code);
  if (may === undefined) {
    const ch = String.fromCharCode(code);
    may = surnameAt(ch, 0) !== null || COMPOUND_SURNAME_STARTS.has(ch);
    surnameStart.set(code, may);
  }
  return may;
}
const COMPOUND_SURNAME_STARTS = new Set(
  (JSON.parse(readFileSync(dataPath('surnames.json'), 'utf8')) as { compound: string[] }).compound.map((c) => c[0]!),
);

/** Names marked 化名 ("张婕（化名）", "（文中陈雨、张婕为化名）"). */
function findPseudonyms(text: string, persons: PersonRef[]): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/化名/g)) {
    // "丁若溪（化名）": the bracket marks the name right before it only, not others listed earlier.
    const marked = /[（(]\s*$/.test(text.slice(Math.max(0, m.index - 2), m.index)) ? persons.find((p) => /^\s*[（(]\s*$/.test(text.slice(p.end, m.index))) : undefined;
    if (marked) { out.add(marked.resolved ?? marked.name); continue; }
    const from = Math.max(0, m.index - 24);
    const window = text.slice(from, m.index + 2);
    for (const p of persons) if (p.start >= from && p.end <= m.index && window.includes(p.name) && !/[。！？]/.test(text.slice(p.end, m.index))) out.add(p.resolved ?? p.name);
  }
  return out;
}

/** A tagged span is taken when it has a name's shape and does not cut through a word on either side. */
function taggedNameOk(text: string, start: number, end: number, ctx: NameContext): boolean {
  const name = text.slice(start, end);
  // A single Latin word glued to the Chinese that follows ("Seed语音算法专家") is a team or product,
  // unless a verb or another mention follows it ("Mustafa加入").
  if (/^[A-Z][a-z]+$/.test(name)) return !ctx.isOrgName(name) && (!isHan(text.charCodeAt(end)) || ctx.taken[end] === 1);
  if (/^[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}$/.test(name)) return true;
  if (!/^[\u4e00-\u9fff]{2,4}$/.test(name)) return false;
  const surname = ctx.surnameAt(text, start);
  // A rare surname (邝, 岑) is the tagger's to judge; one that is also an everyday word (和, 于) is not.
  if (!surname || (surname.weak && surname.everyday) || name.length - surname.length < 1) return false;
  const words = ctx.commonWords;
  if (!nameShaped(name, name.slice(surname.length), words)) return false;
  // A function character may open a two-character given name (朱亦博, 李乃文), never end one (张伟等, 李强也).
  const given = name.slice(surname.length);
  if ([...given].some((c, k) => ctx.lexicon.givenNameBlacklist.has(c) && !(k === 0 && given.length === 2))) return false;
  if (words.frequency(text.slice(start - 1, start + 1)) >= 50 || words.frequency(text.slice(end - 1, end + 1)) >= 50) return false;
  return !ctx.lexicon.notNameStarts.has(name.slice(0, 2));
}

function overlapsAny(mask: Uint8Array, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (mask[k]) return true;
  return false;
}

/** A last word that makes a capitalised pair a company's name, not a person's (Yaoheng Semi, Helix Labs). */
const COMPANY_WORD_LAST = / (?:Semi|Semiconductor|Tech|Technology|Technologies|Labs?|Robotics|Systems|Networks|Software|Capital|Ventures|Partners|Group|Holdings|Studios?|Games|Motors|Bio|Therapeutics|Analytics|Intelligence|Dynamics|Interactive|Media|Digital|Cloud|Data|Energy|Auto)$/;

/** Five or more words, most capitalised, no full stop, no Chinese: a headline in title case. */
/** Whether `word` ends a two-word Latin name somewhere in the text ("Sam Altman" for "Altman"). */
function surnameOfNamed(text: string, word: string): boolean {
  for (const m of text.matchAll(new RegExp(String.raw`\b(\p{Lu}\p{Ll}+) ${word}\b`, 'gu'))) {
    if (!LATIN_NOT_NAMES.has(m[1]!)) return true;
  }
  return false;
}

export function isTitleCaseHeadline(sentence: string): boolean {
  const words = sentence.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  if (words.length < 5 || /[.!?]\s*$/.test(sentence.trim()) || /[\u4e00-\u9fff]/.test(sentence)) return false;
  const long = words.filter((w) => w.length > 3);
  return long.filter((w) => /^[A-Z]/.test(w)).length >= long.length * 0.8;
}

/** Title acronyms the titles list holds: a Title-case word that spells one (Cho) is a name, not the title. */
const TITLE_ACRONYMS = new RegExp(`^(?:${LATIN_TITLES}|CAIO|CRO|CHO|CBO|CGO|CDO|CXO|CCO|SVP|EVP)$`);

/** Korean and Cantonese surnames as English news romanises them, written before the given name. */
const EAST_ASIAN_SURNAMES = new Set(('Kim Lee Park Choi Jung Jeong Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Yoo Jeon Ko Moon Son Bae Baek Heo Nam Noh Kwak Cha Ryu Woo Min Koo ' +
  'Chan Wong Cheung Lau Leung Tsang Ng Yeung Fung Lam Kwok Tse Yip Kwan Chow Chiu Siu Mak Poon Chau Choy Szeto').split(' '));

/** Common Chinese surnames in pinyin, as news writes them before the given name (Chen Hao, Zhang Wei). */
const PINYIN_SURNAMES = new Set(('Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Song Tang ' +
  'Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Jin Fu Zhong Yan Qian ' +
  'Dai Xia Fan Fang Shi Tan Liao Zou Xiong Qiu Hou Bai Kong Mao Qin Gu Lai Kang Jia Hao Duan Lei Long Qi Yin Chang Wen Meng Xue ' +
  'Lyu Lv Mo Niu Ou Qu Rao Shao Tao Wan Xiang Yi Zhan Zhuang ' +
  'Bao Bi Bian Chai Che Chu Cui Dou Gan Ge Geng Gong Guan Hua Ji Jian Jiao Ke Kuang Lan Leng Lian Ling Lou Mei Miao Min Ning Nie ' +
  'Pang Pei Pu Quan Ran Rong Ruan Sang Sha Shan Shang Sheng Shu Si Teng Tong Weng Xi Xin Xing Xuan Yue Yun Zang Zhai Zhen Zhuo Zuo Cen Qiao Xun ' +
  // Compound surnames.
  'Ouyang Shangguan Sima Zhuge Situ Duanmu Ximen Yuwen Zhongli Zhuansun Murong Huangfu Linghu Dongfang Xiahou Gongsun Nangong').split(' '));

// Capitalised words that start Latin sequences but are not names.
const LATIN_NOT_NAMES = new Set(['Mr', 'Ms', 'Mrs', 'Dr', 'Prof', 'Sir', 'Dame', 'Madam', 'Former', 'Ex', 'Longtime', 'Veteran', 'Several', 'Two', 'Three', 'Four', 'Five', 'Six', 'Many', 'Some', 'Executive', 'Chairman', 'Chairwoman', 'Cofounder', 'Partner', 'Manager', 'Analyst', 'Spokesperson', 'Spokesman', 'Spokeswoman', 'Minister', 'Secretary', 'Professor', 'Editor', 'General', 'Operating', 'Financial', 'Product', 'Marketing', 'Commercial', 'Strategy', 'Principal', 'Fellow', 'Distinguished', 'Staff', 'Member', 'The', 'A', 'An', 'In', 'On', 'At', 'For', 'And', 'Of', 'To', 'By', 'With', 'From', 'As', 'But', 'This', 'That', 'Day', 'Fellow', 'Lab', 'Labs', 'Team', 'Group', 'Inc', 'Ltd', 'Corp', 'Chief', 'Officer', 'President', 'Director', 'Head', 'Senior', 'Vice', 'Research', 'Scientist', 'Engineer', 'Founder', 'Co', 'Coding', 'Edge', 'Flash', 'Pro', 'Max', 'Plus', 'Ultra', 'Turbo', 'Mini', 'Chat', 'Model', 'Models', 'Agent', 'Agents', 'Open', 'Source', 'Cloud', 'Store', 'App', 'Apps', 'Street', 'Journal', 'Times', 'News', 'Post', 'Engineering', 'Manufacturing', 'Sales', 'Operations', 'Finance', 'Development', 'Communications', 'Directors', 'Board', 'Advisory', 'Committee', 'Trustees', 'Affairs', 'Relations', 'Resources', 'Compliance', 'Risk', 'Wire', 'Press', 'Daily', 'Herald', 'Tribune', 'Gazette', 'Insider', 'Bloomberg', 'Reuters', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'North', 'South', 'East', 'West', 'New', 'York', 'San', 'Francisco', 'When', 'After', 'Before', 'While', 'Since', 'Although', 'Though', 'If', 'Once', 'Until', 'Because', 'During', 'Among', 'Like', 'Unlike', 'Despite', 'Meanwhile', 'Then', 'Now', 'Last', 'Next', 'Earlier', 'Later', 'Mountain', 'View', 'Palo', 'Alto', 'São', 'Paulo', 'Janeiro', 'Aires', 'Menlo', 'Santa', 'Clara', 'Seattle', 'Redmond', 'Cupertino', 'Boston', 'Berlin', 'Tokyo', 'Seoul', 'Bangalore', 'Bengaluru', 'Toronto', 'Montreal', 'Zurich', 'Taipei', 'Dubai', 'Los', 'Angeles', 'Texas', 'California', 'Mumbai', 'Delhi', 'India', 'Japan', 'Korea', 'Germany', 'France', 'Britain', 'Canada', 'Tel', 'Aviv', 'Silicon', 'Valley', 'Hong', 'Beijing', 'Shanghai', 'Shenzhen', 'Hangzhou', 'China', 'Chinese', 'America', 'American', 'United', 'States', 'Singapore', 'Europe', 'Asia', 'Artificial', 'Intelligence', 'Machine', 'Learning', 'Deep', 'Large', 'Language', 'Generative', 'Series', 'Round', 'Fund', 'Capital', 'Ventures', 'Partners', 'University', 'Institute', 'College', 'School', 'Academy', 'Lake', 'World', 'Global', 'International', 'Summit', 'Conference', 'Award', 'Prize', 'Vision', 'Pixel', 'Galaxy', 'Robotics', 'Robot', 'Robots', 'Minds', 'Mind', 'Machines', 'Technologies', 'Technology', 'Systems', 'Dynamics', 'Networks', 'Studio', 'Studios', 'Games', 'Health', 'Bio', 'Therapeutics', 'Motors', 'Energy', 'Semiconductor', 'Semiconductors', 'Computing', 'Data', 'Analytics', 'Security', 'Software', 'Works', 'Industries', 'Holdings', 'Center', 'Centre', 'Department', 'Division', 'Office', 'Program', 'Project', 'Platform', 'System', 'Engine', 'Foundation', 'Initiative', 'Research', 'Sciences', 'Science', 'Solutions', 'Services', 'Media', 'Digital', 'Interactive', 'Mobility', 'Automation', 'Quantum', 'Neural', 'Vision', 'Voice', 'Labs', 'Intelligence', 'Superintelligence']);
