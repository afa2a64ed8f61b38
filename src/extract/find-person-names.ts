import type { CommonWords } from './common-words.js';
import type { Lexicon } from './lexicon.js';

/** A person's name found in a (Simplified) text. */
export interface NameSpan {
  start: number;
  end: number;
  name: string;
  /** How the name was found; `context` = the text around it says it is a person. */
  source: 'surname' | 'latin' | 'ner' | 'known';
}

/** What the name finder needs to know about the text around a position. */
export interface NameContext {
  lexicon: Lexicon;
  commonWords: CommonWords;
  /** The surname starting at i: its length (1 or 2), and whether it is rare or an everyday word (和, 于, 原). */
  surnameAt(text: string, i: number): { length: number; weak: boolean; everyday?: boolean } | null;
  /** True when a job title or role word ends exactly at i (负责人|骆怡航: a name may start here). */
  titleEndsAt(text: string, i: number): boolean;
  /** True when the text is an organisation's name or alias (荣耀, 吉利): never a person. */
  isOrgName(name: string): boolean;
  /** Marks, per character, text already taken by organisations, triggers or times (no name there). */
  taken: Uint8Array;
  /** 1 where a taken span ends right before this position (an organisation or time ends at i). */
  takenEnds: Uint8Array;
}

/** Adverbs and particles that follow a name and never end a two-character given name. */
const ONE_CHAR_BOUNDARIES = new Set(['则', '也', '亦', '已', '将', '曾', '均', '等', '还', '却', '便', '就', '又', '都', '网', '兼', '获']);
/** Surnames that are also adverbs or prepositions (曾经, 向, 于, 和, 时, 常). */
const ADVERB_SURNAMES = new Set(['曾', '向', '于', '和', '时', '常', '经', '过', '从', '将', '也', '都', '还', '又', '才']);
/** Surnames that are prepositions (由黎曜, 与张伟, 向李强): read as the preposition before another surname. */
const PREPOSITION_SURNAMES = new Set(['由', '于', '从', '被', '向', '和', '与', '跟', '同']);
const LIST_SEPARATORS = new Set(['、', '，', ',', '和', '与', '及', '(', '（', ')', '）', ' ', '“', '”', '「', '」', '：', ':', '；', '—', '-', '·']);

/**
 * Chinese names by form and context: a surname, one or two given-name characters, and on both
 * sides a boundary that a name can stand against (punctuation, a title, an organisation, a time,
 * a verb that starts a clause). No list of people is involved: the evidence is the surname, the
 * name's shape and the words around it.
 */
export function findChineseNames(text: string, from: number, to: number, ctx: NameContext, unsure?: number[]): NameSpan[] {
  const out: NameSpan[] = [];
  const lex = ctx.lexicon;
  for (let i = from; i < to; i++) {
    if (ctx.taken[i] || !isHan(text.charCodeAt(i))) continue;
    const surname = ctx.surnameAt(text, i);
    if (!surname) continue;
    const sl = surname.length;
    // "灵枢动力由黎曜于…创立": a preposition that is also a surname, before a name with a strong surname.
    if (sl === 1 && PREPOSITION_SURNAMES.has(text[i]!)) {
      const next = ctx.surnameAt(text, i + 1);
      if (next && !next.weak) continue;
      // ("由桑砚与祖一川共同创办": 由 before any surname, when the verb it introduces follows.)
      if (next && text[i] === '由' && /创办|创立|创建|成立|接任|接替|出任|担任|负责|领投|牵头|主导|转战|转投|加入|加盟|跳槽/.test(text.slice(i + 2, i + 30))) continue;
    }
    if (lex.notNameStarts.has(text.slice(i, i + 2)) || lex.notNameStarts.has(text.slice(i, i + 3))) continue;
    // "超过120位基金经理": a measure word after a number is no surname.
    if (/[位名个]/.test(text[i]!) && /[\d０-９一二两三四五六七八九十百千多几数]/.test(text[i - 1] ?? '')) continue;
    const left = leftBoundary(text, from, i, ctx, out.at(-1)?.end ?? -1);
    // "晁悦：前大力教育智能硬件负责人，…": a roundup's line opens with the name and a colon before a post.
    const roundupHead = i === from && ROUNDUP_HEAD.test(text.slice(i + sl, i + sl + 6));
    // "地平线由余凯于2015年创立": the agent of a founding after 由, whatever its surname.
    const foundingAgent = text[i - 1] === '由' && FOUNDED_BY_AGENT.test(text.slice(i + sl, i + sl + 22));
    // "宦若冰的选择同样引人注目": a rare surname opening its sentence, a two-character given name that is
    // no word, and 的 or a verb right after, reads as a name too.
    // (The given name's last character must not start a word with what follows: 印奇|上任 is 印奇.)
    const opensWithName = i === from && sl === 1 && surname.everyday === false && isHan(text.charCodeAt(i + 2)) && ctx.commonWords.frequency(text.slice(i + 1, i + 3)) === 0
      && ctx.commonWords.frequency(text.slice(i + 2, i + 4)) < 20 && rightBoundary(text, i + 3, to, ctx) === 2;
    // A weak surname (rare, or an everyday word) needs a title, organisation or time right before it.
    if (left === 0 || (surname.weak && left < 2 && !roundupHead && !foundingAgent && !opensWithName)) {
      if (left > 0) unsure?.push(i);
      continue;
    }
    // The surname must not be the end of a word that starts before it (或|许正进入: 或许).
    if (i > from && ctx.commonWords.frequency(text.slice(i - 1, i + 1)) >= 50 && !ctx.takenEnds[i] && !ctx.titleEndsAt(text, i)) continue;
    for (const given of [2, 1]) {
      const end = i + sl + given;
      if (end > to) continue;
      let verdict = givenNameVerdict(text, i + sl, end, ctx);
      // "乐正清和已于…": a conjunction ending the name, when no second item can follow it (a function
      // word or punctuation comes next), is the name's last character.
      if (verdict === 'function-character' && given === 2 && /[和与及同跟]/.test(text[end - 1]!) && !ctx.lexicon.givenNameBlacklist.has(text[end - 2]!)
        && (ctx.lexicon.givenNameBlacklist.has(text[end] ?? '') || /^[，,。；;]/.test(text[end] ?? ''))) verdict = 'ok';
      // ("首席技术官阚亦舟已创立": 亦/乃/之 in a given name, with a title before and a verb after, is a name.)
      if (verdict === 'function-character' && given === 2 && left === 2 && /^[亦乃之]/.test(text.slice(i + sl, end)) && !ctx.lexicon.givenNameBlacklist.has(text[end - 1]!) && rightBoundary(text, end, to, ctx) === 2) verdict = 'ok';
      if (verdict !== 'ok') {
        // 朱亦博, 李乃文: a function character can be a given name; the learned tagger may decide.
        if (verdict === 'function-character' && given === 2 && left > 0) unsure?.push(i);
        continue;
      }
      // 和|核心, 高|层: after a surname that is also an everyday word, a common word is that word's company;
      // 曾|主导, 向|外界: a surname that is also an adverb or preposition, before a frequent word.
      // (A rare surname is no everyday word: 冼|海滨 is a name.)
      if (surname.weak && (surname.everyday ?? true) && given === 2 && ctx.commonWords.frequency(text.slice(i + sl, end)) >= 50) continue;
      if (sl === 1 && given === 2 && ADVERB_SURNAMES.has(text[i]!) && ctx.commonWords.frequency(text.slice(i + 1, end)) >= 200) continue;
      const right = rightBoundary(text, end, to, ctx);
      // Evidence from both sides: a strong signal (title, organisation, time, verb) on at least one,
      // or a name opening its sentence before a comma ("雷军，1969年出生…", a biography's subject).
      const opensSentence = (i === from && /^[，,]/.test(text.slice(end, end + 1)) && !surname.weak)
        || (roundupHead && /^[：:]/.test(text.slice(end, end + 1)))
        || (foundingAgent && /^(?:于|在|与|和|、|(?:联合|共同)?(?:创立|创办|创建))/.test(text.slice(end, end + 3)));
      if (right === 0 || (left + right < 3 && !opensSentence)) {
        // Name-shaped but not confirmed by its context: where the learned tagger may decide.
        unsure?.push(i);
        continue;
      }
      // 曲滕|先后: a two-character boundary word starting inside the longer reading ends the name earlier;
      // so does a one-character one (欧阳翊|则).
      if (given === 2 && (ctx.lexicon.nameRightBoundaries.has(text.slice(end - 1, end + 1)) || ctx.lexicon.nameRightBoundaries.has(text.slice(end - 1, end + 2)) || ONE_CHAR_BOUNDARIES.has(text[end - 1]!))) continue;
      if (!nameShaped(text.slice(i, end), text.slice(i + sl, end), ctx.commonWords)) continue;
      if (ctx.isOrgName(text.slice(i, end))) continue;
      // "腾讯云智慧产品副总裁龚以宁": a candidate that a title and another name follow is part of the
      // introduction (a unit's name), not a person.
      if (surname.weak && introducesAnother(text, end, to, ctx)) continue;
      out.push({ start: i, end, name: text.slice(i, end), source: 'surname' });
      i = end - 1;
      break;
    }
  }
  return out;
}

// Capitalised words, allowing accents, inner capitals and particles of real names (Ibáñez, LeCun,
// McDonald, O'Connell, Vogt-Marsh, the pinyin Xiao'ou); "'s" after a name is a possessive, not part of it.
/** Words that introduce a person's name ("本名叫", "名叫", "原名"). */
const NAMING_WORDS: ReadonlySet<string> = new Set(['名叫', '本名叫', '本名', '真名', '原名', '叫做', '名为']);

/** After a given name of one or two characters: a colon and a former or current post ("：前", "：原", "：现任"). */
const ROUNDUP_HEAD = /^[\u4e00-\u9fff]{1,2}[：:]\s*(?:前|原|曾任|曾是|现任|现为)/;

/** After the surname of 由's agent: a given name, then (a time and) the founding verb. */
// (Also with partners: "由桑砚与祖一川、巩蔚然三人共同创办".)
const FOUNDED_BY_AGENT = /^[\u4e00-\u9fff]{1,2}(?:[与和、][^，,。；;]{1,24}?)?(?:(?:于|在)[^，,。；]{1,12}?)?(?:[一二两三四五]人)?(?:联合|共同)?(?:创立|创办|创建)/;

/** Latin titles that stand right before or after a Chinese name (CTO冼海滨, 房CTO). */
export const LATIN_TITLES = 'CEO|CTO|COO|CFO|CSO|CPO|CMO|CIO|VP';
const LATIN_TITLE_BEFORE = new RegExp(`(?:${LATIN_TITLES})$`);

// (Two hyphens too: "Al-Mansouri-Kerr".)
const NAME_WORD = String.raw`(?:[OD]['’]\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:(?:-\p{Lu}?\p{Ll}+){1,2}|['’]\p{Lu}\p{Ll}+|['’](?!s(?!\p{L}))\p{Ll}+)?)`;
// A nickname in quotes may stand inside (Rafael "Rafa" Ostrowski); it is not part of the name reported.
const NICKNAME = String.raw`(?: ["“]\p{Lu}[\p{L}]*["”])?`;
// A leading initial ("J. Robert Kowalczyk") and a generational suffix ("Marcus J. Whitfield Jr.") belong to the name.
// (Particles of Portuguese, Spanish, Dutch and German names stand between the words: Rafael Teixeira de Souza.)
const PARTICLE = String.raw`(?:(?:de|da|do|dos|das|del|della|van|von|der|den|du|di|la|le|bin|ibn) )?`;
const LATIN_NAME = new RegExp(String.raw`(?<![A-Za-z\u00C0-\u024F'’.])((?:\p{Lu}\. )?${NAME_WORD}${NICKNAME}(?: (?:\p{Lu}\. )?(?!(?:Jr|Sr)\b)${PARTICLE}${NAME_WORD}){1,3}(?:,? (?:Jr|Sr)\.|,? (?:II|III|IV)(?![A-Za-z]))?)(?![A-Za-z\u00C0-\u024F])`, 'gu');

/**
 * Latin-script names of two or three capitalised words ("Jimmy Ba", "Igor Babuschkin"), minus
 * sequences that contain a known organisation or a word that is not a name ("Google Fellow").
 */
export function findLatinNames(text: string, from: number, to: number, isNotName: (word: string) => boolean, taken: Uint8Array): NameSpan[] {
  const out: NameSpan[] = [];
  LATIN_NAME.lastIndex = from;
  const slice = text.slice(0, to);
  for (let m = LATIN_NAME.exec(slice); m; m = LATIN_NAME.exec(slice)) {
    const start = m.index;
    const end = start + m[0].length;
    let bad = false;
    for (let k = start; k < end; k++) if (taken[k]) { bad = true; break; }
    const name = m[0].replace(/ ["“][^"”]+["”]/, '');
    // ("Hong Kong Polytechnic": Kong is a surname, but not after Hong.)
    if (/\bHong\s$/.test(text.slice(Math.max(0, start - 5), start))) bad = true;
    if (bad || name.split(/[ ]/).some((w) => isNotName(w))) {
      // "Intel Fellow Arjun Basu": read again from the next word, so the name after them is found.
      const space = m[0].indexOf(' ');
      if (space > 0) LATIN_NAME.lastIndex = start + space + 1;
      continue;
    }
    out.push({ start, end, name, source: 'latin' });
  }
  return out;
}

/**
 * Where a name that a tagger proposed really ends: its own end, or one or two characters later when
 * the tagger stopped short (刘大|一恒则 → 刘大一恒). Null when no reading stands clear of the words around it.
 */
export function settleNameEnd(text: string, start: number, end: number, from: number, to: number, ctx: NameContext): number | null {
  if (leftBoundary(text, from, start, ctx, -1) === 0) return null;
  // Only a two-character span is taken to be cut short; longer ones keep their end.
  const furthest = end - start === 2 ? Math.min(end + 2, to, start + 4) : end;
  for (let e = end; e <= furthest; e++) {
    if (e > end && (!isHan(text.charCodeAt(e - 1)) || ctx.taken[e - 1] || ctx.lexicon.givenNameBlacklist.has(text[e - 1]!))) break;
    if (rightBoundary(text, e, to, ctx) > 0 && ctx.commonWords.frequency(text.slice(e - 1, e + 1)) < 50) return e;
  }
  return null;
}

/** 2: a title, organisation or time ends right here; 1: punctuation or a word a name can follow; 0: inside a word. */
function leftBoundary(text: string, from: number, i: number, ctx: NameContext, lastNameEnd: number): number {
  let j = i;
  while (j > from && text[j - 1] === ' ') j--;
  if (ctx.takenEnds[j] || ctx.titleEndsAt(text, j)) return 2;
  // Listed after another name ("王小川(前搜狗 CEO)与茹立云").
  if (lastNameEnd >= 0 && /^\s*(?:（[^）]*）|\([^)]*\))?\s*(?:、|和|与|及|以及|跟)\s*$/.test(text.slice(lastNameEnd, i))) return 2;
  if (endsWithAny(text, i, ctx.lexicon.founderTitleSet)) return 2;
  // "他的本名叫宇文砺": a word that introduces a name.
  if (endsWithAny(text, i, NAMING_WORDS)) return 2;
  if (i === from) return 1;
  const prev = text[i - 1]!;
  // "CTO冼海滨": a Latin title right before is as strong as a Chinese one.
  if (LATIN_TITLE_BEFORE.test(text.slice(Math.max(from, j - 3), j))) return 2;
  if (!isHan(prev.charCodeAt(0))) return /[\d]/.test(prev) ? 2 : 1;
  // "…的王长虎": the head of a relative clause.
  if (prev === '的') return 2;
  if (endsWithAny(text, i, ctx.lexicon.nameLeftBoundaries)) return 1;
  // After a noun a name can stand in apposition (…的一号位|钱立新, 大牛|骆怡航).
  if (ctx.commonWords.isNoun(text.slice(i - 2, i)) || ctx.commonWords.isNoun(text.slice(i - 3, i))) return 1;
  return LIST_SEPARATORS.has(prev) ? 1 : 0;
}

/** 2: a verb, trigger, time or known function word follows; 1: punctuation or a common word; 0: inside a word. */
function rightBoundary(text: string, end: number, to: number, ctx: NameContext): number {
  // A name alone on its line ("- 黄文灏:") is a heading about that person.
  if (/^[:：]?\s*$/.test(text.slice(end, to))) return 2;
  const next = text.charCodeAt(end);
  if (ctx.taken[end]) return 2;
  // "郜星野2022年离开…": a year or month right after the name.
  if (/^[\d０-９]{1,4}\s*[年月]/.test(text.slice(end, end + 6))) return 2;
  if (!isHan(next)) return /[（(]/.test(text[end]!) ? 2 : 1;
  for (let n = 1; n <= 4; n++) if (ctx.lexicon.nameRightBoundaries.has(text.slice(end, end + n))) return 2;
  // A name is followed by a word: a common two-character word starting right after it (走上, 透露).
  if (ctx.commonWords.frequency(text.slice(end, end + 2)) >= 20 && ctx.commonWords.frequency(text.slice(end - 1, end + 1)) < 50) return 1;
  return 0;
}

/**
 * Whether text[start, end) can be a given name: 'ok'; 'function-character' when only a character
 * of the blacklist (的, 亦, 乃 …) stands against it; 'no' otherwise.
 */
function givenNameVerdict(text: string, start: number, end: number, ctx: NameContext): 'ok' | 'function-character' | 'no' {
  let blacklisted = false;
  for (let k = start; k < end; k++) {
    const c = text[k]!;
    if (ctx.taken[k] || !isHan(c.charCodeAt(0))) return 'no';
    if (ctx.lexicon.givenNameBlacklist.has(c)) blacklisted = true;
  }
  // A given name never begins a trigger or boundary word right after the surname (洪涛|出走 is 洪涛).
  if (ctx.lexicon.triggerByWord.has(text.slice(start, end)) || ctx.lexicon.notNameStarts.has(text.slice(start, end))) return 'no';
  return blacklisted ? 'function-character' : 'ok';
}

/** A job title ends within a few characters after `end` (no punctuation between) and a surname starts there. */
function introducesAnother(text: string, end: number, to: number, ctx: NameContext): boolean {
  // (Not across a list's separator: "专家闵可欣、前大疆工程师禚天佑" names two people.)
  if (!isHan(text.charCodeAt(end))) return false;
  for (let k = end + 2; k <= Math.min(to - 2, end + 8); k++) {
    if (!isHan(text.charCodeAt(k - 1))) return false;
    if (ctx.titleEndsAt(text, k) && ctx.surnameAt(text, k)) return true;
  }
  return false;
}

/** Not an ordinary word (国内, 宣布), and a two-character given name is not a frequent word (坦言, 告诉). */
export function nameShaped(candidate: string, given: string, words: CommonWords): boolean {
  if (words.isListedName(candidate)) return true;
  if (words.frequency(candidate) > 0) return false;
  // 来自|原, 宣布|…: a candidate opening with a common word is that word.
  // (Not a compound surname with its one-character given name: 南宫|珏, 东方|嘉.)
  if (candidate.length === 3 && given.length === 2 && words.frequency(candidate.slice(0, 2)) >= 100) return false;
  if (given.length === 2 && !words.isListedName(given) && words.isFunctionWord(given)) return false;
  return true;
}

/** True when one of the words (one to four characters long) ends right before i. */
function endsWithAny(text: string, i: number, words: ReadonlySet<string>): boolean {
  for (let n = 1; n <= 4 && n <= i; n++) if (words.has(text.slice(i - n, i))) return true;
  return false;
}


export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}
