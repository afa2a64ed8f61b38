import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';
import { TalentflowError } from '../errors.js';
import { CharTrie } from './char-trie.js';
import { foldKey, isLatinAlnum } from './fold-char.js';

export const TITLE_LEVELS = ['founder', 'executive', 'senior', 'member'] as const;
/** founder: states a founding; executive: runs the organisation; senior: leads a unit or is a senior expert; member: a post without leadership. */
export type TitleLevel = (typeof TITLE_LEVELS)[number];

export interface TitleHead {
  start: number;
  end: number;
  text: string;
  level: TitleLevel;
  founder: boolean;
  /** founder, executive or senior: worth more confidence in a fact. */
  senior: boolean;
}

export interface Titles {
  /** True when the whole word is a title head ("CEO", "负责人", "Chief Data Officer"). */
  isTitleHead(word: string): boolean;
  /** Every title head in a text: leftmost-longest, non-overlapping, Latin ones at word boundaries. */
  findTitleHeads(text: string): TitleHead[];
  /** The highest level among the heads of a role phrase ("联合创始人兼CTO" → founder), or null. */
  levelOf(role: string): TitleLevel | null;
  /** The role phrase holds a founder title (创始人, 联合创始人, 联创, co-founder…). */
  isFounderTitle(role: string): boolean;
  /** The role phrase holds a founder, executive or senior title. */
  isSeniorTitle(role: string): boolean;
}

/** The titles of data/titles.json, built once per process. */
export function loadTitles(): Titles {
  cached ??= createTitles(readTitleData());
  return cached;
}
let cached: Titles | undefined;

/** Shortcut for loadTitles().isFounderTitle(role). */
export function isFounderTitle(role: string): boolean {
  return loadTitles().isFounderTitle(role);
}

export interface TitleData {
  levels: Record<TitleLevel, string[]>;
  notTitles: string[];
  patterns: { regex: string; level: TitleLevel }[];
}

/** Titles over given data (tests build small ones). */
export function createTitles(data: TitleData): Titles {
  // null marks a word that contains a title but is none (董事会), so the longest match swallows it.
  const trie = new CharTrie<TitleLevel | null>();
  for (const level of TITLE_LEVELS) for (const word of data.levels[level]) trie.set(foldKey(word), level, (old, added) => higher(old, added));
  for (const word of data.notTitles) trie.set(foldKey(word), null, () => null);
  const patterns = data.patterns.map((p) => ({ re: new RegExp(p.regex, 'g'), whole: new RegExp(`^(?:${p.regex})$`), level: p.level }));

  const findTitleHeads = (text: string): TitleHead[] => {
    const found: TitleHead[] = [];
    for (const m of trie.scanWords(text)) if (m.value) found.push(head(text, m.start, m.end, m.value));
    for (const p of patterns) {
      p.re.lastIndex = 0;
      for (const m of text.matchAll(p.re)) {
        const start = m.index;
        const end = start + m[0].length;
        if (boundaryAfter(text, end) && (start === 0 || !isLatinAlnum(text.charCodeAt(start - 1)))) found.push(head(text, start, end, p.level));
      }
    }
    return dropOverlaps(found);
  };

  const levelOf = (role: string): TitleLevel | null => {
    let best: TitleLevel | null = null;
    for (const h of findTitleHeads(role)) best = higher(best, h.level);
    return best;
  };

  return {
    isTitleHead: (word) => {
      const w = word.trim();
      return Boolean(trie.get(foldKey(w))) || patterns.some((p) => p.whole.test(w));
    },
    findTitleHeads,
    levelOf,
    isFounderTitle: (role) => levelOf(role) === 'founder',
    isSeniorTitle: (role) => {
      const level = levelOf(role);
      return level !== null && level !== 'member';
    },
  };
}

function readTitleData(): TitleData {
  const file = dataPath('titles.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as TitleData;
  } catch (err) {
    throw new TalentflowError(`${file}: cannot read the title list (${(err as Error).message})`, { cause: err });
  }
}

function head(text: string, start: number, end: number, level: TitleLevel): TitleHead {
  return { start, end, text: text.slice(start, end), level, founder: level === 'founder', senior: level !== 'member' };
}

/** The higher of two levels in the order founder > executive > senior > member. */
function higher(a: TitleLevel | null, b: TitleLevel | null): TitleLevel | null {
  if (a === null) return b;
  if (b === null) return a;
  return TITLE_LEVELS.indexOf(a) <= TITLE_LEVELS.indexOf(b) ? a : b;
}

function boundaryAfter(text: string, end: number): boolean {
  return end >= text.length || !(isLatinAlnum(text.charCodeAt(end - 1)) && isLatinAlnum(text.charCodeAt(end)));
}

/** Keeps the longer of overlapping heads (a pattern's "Chief Data Officer" over its "Officer"-less parts). */
function dropOverlaps(heads: TitleHead[]): TitleHead[] {
  heads.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TitleHead[] = [];
  for (const h of heads) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) {
      if (h.end - h.start > last.end - last.start) out[out.length - 1] = h;
      continue;
    }
    out.push(h);
  }
  return out;
}
