import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';
import { TalentflowError } from '../errors.js';
import { CharTrie } from './char-trie.js';
import { loadDictionaryWords } from './dictionary-words.js';
import { foldKey } from './fold-char.js';
import { loadTitles } from './titles.js';

/** An organisation name read from its form alone (…科技, …机器人, "X AI", "X Labs"), not from the knowledge base. */
export interface OrgCandidate {
  start: number;
  end: number;
  /** The whole name as written ("深言科技", "北京智谱华章科技有限公司", "Sand AI"). */
  text: string;
  /** The distinctive part ("深言", "智谱华章", "Sand"). */
  stem: string;
  /** The company-form words after the stem ("科技", "科技有限公司", "AI"). */
  suffix: string;
  /** 0–1: suffix strength, plus context (加入X, 创办X, X的CEO, joined X). */
  confidence: number;
  /** The context word that raised confidence, if any ("加入", "CEO", "joined"). */
  context: string | null;
  lang: 'zh' | 'en';
}

export interface FindOrgCandidatesOptions {
  /** Candidates below this confidence are dropped (default 0.5: a strong suffix, or a weaker one in context). */
  minConfidence?: number;
}

/**
 * Organisations named in a (Simplified) text that look like organisations by their form, each with
 * offsets and a confidence; non-overlapping, in text order. Names already in the knowledge base
 * are found too (the caller keeps the KB's reading where they overlap).
 */
export function findOrgCandidates(text: string, options: FindOrgCandidatesOptions = {}): OrgCandidate[] {
  const min = options.minConfidence ?? 0.5;
  const forms = loadForms();
  const found = [...findChinese(text, forms), ...findEnglish(text, forms)].filter((c) => c.confidence >= min);
  return dropOverlaps(found);
}

const SCORE = { strong: 0.55, medium: 0.4, weak: 0.3 } as const;
type Strength = keyof typeof SCORE;
const CONTEXT_BONUS = 0.25;
const TITLE_AFTER_BONUS = 0.2;
const AFTER_BONUS = 0.1;
const CHAIN_BONUS = 0.1;
const PLACE_BONUS = 0.1;
const MAX_STEM = 6;
const LONG_STEM = 5;
const LONG_STEM_PENALTY = 0.15;
const COMMON_NOUN_FREQUENCY = 300;
const COMMON_NOUN_PENALTY = 0.2;
const COMMON_WORD_PENALTY = 0.25;
const MAX_WINDOW = 12;

function findChinese(text: string, f: Forms): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  for (let i = 0; i < text.length; ) {
    const chain = suffixChain(text, i, f);
    if (!chain) {
      i++;
      continue;
    }
    const next = text[chain.end];
    const c = (next !== undefined && f.badNext.has(next)) || insideWord(text, i, chain.end, f) ? null : chineseCandidate(text, i, chain.end, chain.score, chain.words > 1 && chain.legal, f);
    if (c) out.push(c);
    // No name ends there ("澜|芯科技": a one-character stem before 芯): a one-character suffix may be
    // part of the stem of a name ending later (澜芯|科技), so read on from the next character.
    i = c || !f.zhSuffixes.walk(text, i).some((h) => h.end === i + 1) ? chain.end : i + 1;
  }
  return out;
}

/** The suffix is part of a longer ordinary word (高|科技, 大学|生): no company name ends here. */
function insideWord(text: string, suffixStart: number, end: number, f: Forms): boolean {
  for (const w of f.notSuffixWords) {
    for (let k = Math.max(0, suffixStart - w.length + 1); k <= suffixStart; k++) {
      if (k + w.length > suffixStart && text.startsWith(w, k) && k + w.length >= Math.min(end, suffixStart + 1)) return true;
    }
  }
  return false;
}

/** One or more suffix words from `i` ("科技" + "有限公司"), with the strongest word's score. */
function suffixChain(text: string, i: number, f: Forms): { end: number; score: number; words: number; legal: boolean } | null {
  let end = i;
  let score = 0;
  let words = 0;
  let legal = false;
  for (;;) {
    const hit = f.zhSuffixes.walk(text, end).pop();
    if (!hit || hit.end === end) break;
    score = Math.max(score, SCORE[hit.value]);
    const word = text.slice(end, hit.end);
    end = hit.end;
    words++;
    if (f.finalSuffixes.has(word)) {
      legal = true;
      break;
    }
  }
  return words ? { end, score, words, legal } : null;
}

function chineseCandidate(text: string, suffixStart: number, end: number, base: number, legalChain: boolean, f: Forms): OrgCandidate | null {
  // The stem runs left from the suffix up to a stop character, then is cut after the last verb or measure word.
  let left = suffixStart;
  while (left > 0 && suffixStart - left < MAX_WINDOW && isStemChar(text.charCodeAt(left - 1)) && !f.stopChars.has(text[left - 1]!)) left--;
  let stemStart = left;
  let context: string | null = null;
  for (let k = left; k < suffixStart; k++) {
    const cut = longestAt(f.cutWords, text, k, suffixStart);
    if (cut) {
      stemStart = k + cut.length;
      if (f.zhContextBefore.has(cut)) context = cut;
      k += cut.length - 1;
    }
  }
  stemStart = afterLastTitle(text, afterLastFunctionWord(text, stemStart, suffixStart), suffixStart);
  // "AI Agent创业公司熵简智能": a descriptor's head noun before the name is no part of it.
  const descriptor = [...text.slice(stemStart, suffixStart).matchAll(DESCRIPTOR_HEAD)].at(-1);
  // (The description says what follows is a company: that is context enough.)
  if (descriptor && suffixStart - (stemStart + descriptor.index + descriptor[0].length) >= 2) { stemStart += descriptor.index + descriptor[0].length; if (/公司|创企|初创|独角兽/.test(descriptor[0])) context ??= descriptor[0]; }
  // "原国开金融副总裁": 原/前 before a name says "former", it is no part of it (not 前海, 原子).
  // ("2014年自元大证券转战…": 自/从 before a name is a preposition.)
  if (/[自从]/.test(text[stemStart] ?? '') && suffixStart - stemStart >= 3 && /[\d年月，,\s]/.test(text[stemStart - 1] ?? '，')) stemStart++;
  if (/[原前]/.test(text[stemStart] ?? '') && suffixStart - stemStart >= 3 && !/^(?:前海|前沿|原子|原力)/.test(text.slice(stemStart, stemStart + 2))) stemStart++;
  if (!context) context = contextBefore(text, stemStart, f.zhContextBefore);
  let place = '';
  for (const p of f.places) if (text.startsWith(p, stemStart) && suffixStart - stemStart > p.length) place = p.length > place.length ? p : place;
  const stem = text.slice(stemStart + place.length, suffixStart);
  if (!plausibleStem(stem, f) || f.places.includes(stem)) return null;
  // "为本公司", "加入本集团": a notice's word for itself, not a name.
  if (text[suffixStart - 1] === '本' && /^(?:公司|集团)$/.test(text.slice(suffixStart, end))) return null;

  let confidence = base + (legalChain ? CHAIN_BONUS : 0) + (place ? PLACE_BONUS : 0);
  if (context) confidence += CONTEXT_BONUS;
  const after = contextAfter(text, end, f.zhContextAfter);
  if (after) {
    confidence += after.title ? TITLE_AFTER_BONUS : AFTER_BONUS;
    context ??= after.word;
  }
  // Without a tokenizer a long stem may have swallowed words before the name; a frequent noun is no name.
  if (stem.length >= LONG_STEM && !context) confidence -= LONG_STEM_PENALTY;
  if (loadDictionaryWords().nounFrequency(stem) >= COMMON_NOUN_FREQUENCY) confidence -= COMMON_NOUN_PENALTY;
  // A registered name in full (…控股有限公司) is no ordinary phrase, whatever words its stem holds.
  else if (!context && !legalChain && isOrdinaryPhrase(stem)) confidence -= COMMON_WORD_PENALTY;
  return {
    start: stemStart,
    end,
    text: text.slice(stemStart, end),
    stem: text.slice(stemStart, suffixStart),
    suffix: text.slice(suffixStart, end),
    confidence: round(Math.min(0.95, confidence)),
    context,
    lang: 'zh',
  };
}

/** Head nouns of a description that can stand right before a company's name. */
const DESCRIPTOR_HEAD = /(?:公司|创企|企业|品牌|厂商|独角兽|新锐|初创)/g;

/**
 * Where the stem starts once the window is cut after its last verb or other function word
 * ("主导|千里科技"), as long as two characters remain; a window that is itself such a word stays
 * whole and is refused by plausibleStem ("追求科技").
 */
function afterLastFunctionWord(text: string, from: number, to: number): number {
  const words = loadDictionaryWords();
  let start = from;
  for (let k = from; k < to - 2; k++) {
    for (let len = 4; len >= 2; len--) {
      if (k + len > to - 2) continue;
      if (words.isFunctionWord(text.slice(k, k + len))) {
        start = k + len;
        k += len - 1;
        break;
      }
    }
  }
  return start;
}

/** Where the stem starts once cut after a job title in the window ("创始人辞去|…" leaves nothing). */
function afterLastTitle(text: string, from: number, to: number): number {
  const heads = loadTitles().findTitleHeads(text.slice(from, to));
  const last = heads[heads.length - 1];
  return last ? from + last.end : from;
}

/** 2–6 Han characters (or a Latin word) that are not an ordinary word of the trade. */
function plausibleStem(stem: string, f: Forms): boolean {
  if (!stem || f.genericStems.has(foldKey(stem)) || loadTitles().isTitleHead(stem)) return false;
  const words = loadDictionaryWords();
  if (words.isFunctionWord(stem) || words.isVerb(stem) || onlyGenericWords(stem, f)) return false;
  if (/^[A-Za-z][A-Za-z0-9.&-]*$/.test(stem)) return stem.length >= 2;
  if (/[0-9]/.test(stem)) return false;
  const han = stem.replace(/[^\u3400-\u9fff]/g, '').length;
  if (han !== stem.length) return /^[A-Za-z0-9]+[\u3400-\u9fff]+$|^[\u3400-\u9fff]+[A-Za-z0-9]+$/.test(stem) && stem.length <= MAX_STEM + 4;
  return han >= 2 && han <= MAX_STEM;
}

/**
 * The stem is ordinary words, perhaps after one character ("崇尚|科技", "要|崇尚|科技", "大力|倡导|科技",
 * "能|考上|大学"): in running text that is a verb and its object, not a name.
 */
function isOrdinaryPhrase(stem: string): boolean {
  const words = loadDictionaryWords();
  const covered = new Uint8Array(stem.length + 1);
  covered[0] = 1;
  if (stem.length > 2) covered[1] = 1;
  for (let i = 0; i < stem.length; i++) {
    if (!covered[i]) continue;
    for (let j = i + 2; j <= Math.min(stem.length, i + 4); j++) if (words.isCommonWord(stem.slice(i, j))) covered[j] = 1;
  }
  return covered[stem.length] === 1;
}

/** The stem is a run of ordinary trade words ("国内头部", "大厂AI", "AI游戏相关"). */
function onlyGenericWords(stem: string, f: Forms): boolean {
  const key = foldKey(stem);
  const ends = new Uint8Array(key.length + 1);
  ends[0] = 1;
  for (let i = 0; i < key.length; i++) {
    if (!ends[i]) continue;
    for (let j = i + 1; j <= key.length; j++) if (f.genericStems.has(key.slice(i, j))) ends[j] = 1;
  }
  return ends[key.length] === 1;
}

function findEnglish(text: string, f: Forms): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  for (const m of text.matchAll(f.enPattern)) {
    let name = m[1]!;
    let start = m.index;
    // Drop leading common words ("The", "Former") — they are capitalised by position, not by name.
    const tokens = name.split(/\s+/);
    while (tokens.length && f.enStopwords.has(tokens[0]!)) {
      start += tokens[0]!.length + (name.slice(tokens[0]!.length).match(/^\s+/)?.[0].length ?? 0);
      tokens.shift();
      name = tokens.join(' ');
    }
    if (!tokens.length) continue;
    const suffix = m[2]!;
    const end = m.index + m[0].length;
    const written = text.slice(start, end);
    let confidence = SCORE[f.enSuffixes.get(suffix) ?? 'weak'];
    let context = contextBefore(text, start, f.enContextBefore);
    if (context) confidence += CONTEXT_BONUS;
    const after = contextAfter(text, end, f.enContextAfter);
    if (after) {
      confidence += after.title ? TITLE_AFTER_BONUS : AFTER_BONUS;
      context ??= after.word;
    }
    out.push({ start, end, text: written, stem: name, suffix, confidence: round(Math.min(0.95, confidence)), context, lang: 'en' });
  }
  for (const m of text.matchAll(/(?<![A-Za-z0-9.])([A-Z][A-Za-z0-9]+)\.(?:ai|AI|io)(?![A-Za-z0-9])/g)) {
    const end = m.index + m[0].length;
    let confidence = SCORE.strong;
    const context = contextBefore(text, m.index, f.enContextBefore) ?? contextBefore(text, m.index, f.zhContextBefore);
    if (context) confidence += CONTEXT_BONUS;
    out.push({ start: m.index, end, text: m[0], stem: m[1]!, suffix: m[0].slice(m[1]!.length), confidence: round(Math.min(0.95, confidence)), context, lang: 'en' });
  }
  return out;
}

/** A context word just before `start` (spaces, 了 and 的 between are allowed: "加入了深言科技", "创办的智元机器人", "joined Sand AI"). */
function contextBefore(text: string, start: number, words: Set<string>): string | null {
  let k = start;
  while (k > 0 && /[\s了的“「"]/.test(text[k - 1]!)) k--;
  let best: string | null = null;
  for (const w of words) {
    if (best && w.length <= best.length) continue;
    if (k >= w.length && text.slice(k - w.length, k).toLowerCase() === w.toLowerCase()) {
      const before = k - w.length - 1;
      if (/^[A-Za-z]/.test(w) && before >= 0 && /[A-Za-z-]/.test(text[before]!)) continue;
      best = w;
    }
  }
  return best;
}

/** A title ("X的CEO", "X联合创始人") or another company cue ("X完成融资") just after a name. */
function contextAfter(text: string, end: number, words: Set<string>): { word: string; title: boolean } | null {
  // (Also a time between: "新华保险本周公告", "X昨日宣布".)
  // (And a gloss in brackets: "万花筒智能（Kaleido AI）的创始人".)
  const skipped = /^(?:[（(][A-Za-z0-9 .&'-]{1,40}[）)])?(?:\s|的|担任|出任|现任|首任|新任|任|本周|上周|今天|今日|昨日|昨天|日前|近日|当天|当日|同日)*/.exec(text.slice(end, end + 50))?.[0].length ?? 0;
  const rest = text.slice(end + skipped, end + skipped + 12);
  const title = loadTitles()
    .findTitleHeads(rest)
    .find((h) => h.start === 0 && h.senior);
  if (title) return { word: title.text, title: true };
  for (const w of words) if (rest.startsWith(w)) return { word: w, title: false };
  return null;
}

function longestAt(words: CharTrie<true>, text: string, k: number, limit: number): string | null {
  const hit = words
    .walk(text, k)
    .filter((h) => h.end <= limit)
    .pop();
  return hit ? text.slice(k, hit.end) : null;
}

function isStemChar(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function dropOverlaps(cands: OrgCandidate[]): OrgCandidate[] {
  cands.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: OrgCandidate[] = [];
  for (const c of cands) {
    const last = out[out.length - 1];
    if (last && c.start < last.end) {
      if (c.confidence > last.confidence || (c.confidence === last.confidence && c.end - c.start > last.end - last.start)) out[out.length - 1] = c;
      continue;
    }
    out.push(c);
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

interface FormData {
  zh: {
    suffixes: Record<Strength, string[]>;
    placePrefixes: string[];
    genericStems: string[];
    cutWords: string[];
    stopChars: string;
    badNextChars: string;
    finalSuffixes: string[];
    notSuffixWords: string[];
    contextBefore: string[];
    contextAfter: string[];
  };
  en: { suffixes: Record<Strength, string[]>; stopwords: string[]; contextBefore: string[]; contextAfter: string[] };
}

interface Forms {
  zhSuffixes: CharTrie<Strength>;
  places: string[];
  genericStems: Set<string>;
  cutWords: CharTrie<true>;
  stopChars: Set<string>;
  badNext: Set<string>;
  finalSuffixes: Set<string>;
  notSuffixWords: string[];
  zhContextBefore: Set<string>;
  zhContextAfter: Set<string>;
  enSuffixes: Map<string, Strength>;
  enStopwords: Set<string>;
  enContextBefore: Set<string>;
  enContextAfter: Set<string>;
  enPattern: RegExp;
}

let forms: Forms | undefined;
function loadForms(): Forms {
  if (forms) return forms;
  const file = dataPath('org-forms.json');
  let data: FormData;
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as FormData;
  } catch (err) {
    throw new TalentflowError(`${file}: cannot read the organisation name forms (${(err as Error).message})`, { cause: err });
  }
  const zhSuffixes = new CharTrie<Strength>();
  const enSuffixes = new Map<string, Strength>();
  for (const s of ['weak', 'medium', 'strong'] as const) {
    for (const w of data.zh.suffixes[s]) zhSuffixes.set(foldKey(w), s);
    for (const w of data.en.suffixes[s]) enSuffixes.set(w, s);
  }
  const cutWords = new CharTrie<true>();
  for (const w of data.zh.cutWords) cutWords.set(foldKey(w), true);
  const token = String.raw`[A-Z][A-Za-z0-9]*(?:[-.&'][A-Za-z0-9]+)*`;
  const suffixAlt = [...enSuffixes.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  forms = {
    zhSuffixes,
    places: data.zh.placePrefixes,
    genericStems: new Set(data.zh.genericStems.map((s) => foldKey(s))),
    cutWords,
    stopChars: new Set([...data.zh.stopChars]),
    badNext: new Set([...data.zh.badNextChars]),
    finalSuffixes: new Set(data.zh.finalSuffixes),
    notSuffixWords: data.zh.notSuffixWords,
    zhContextBefore: new Set(data.zh.contextBefore),
    zhContextAfter: new Set(data.zh.contextAfter),
    enSuffixes,
    enStopwords: new Set(data.en.stopwords),
    enContextBefore: new Set(data.en.contextBefore),
    enContextAfter: new Set(data.en.contextAfter),
    enPattern: new RegExp(String.raw`(?<![A-Za-z0-9.])(${token}(?:[ \t]+${token}){0,3})[ \t]+(${suffixAlt})(?![A-Za-z0-9])`, 'g'),
  };
  return forms;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
