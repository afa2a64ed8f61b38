import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';
import { TalentflowError } from '../errors.js';

export interface SurnameMatch {
  surname: string;
  /** Rank by frequency among single-character surnames (1 = 王/李); null for compound surnames. */
  rank: number | null;
  /** 0–1 prior that this surname starts a name: high for common surnames, lower for rare ones and for everyday words (和, 于, 原). */
  weight: number;
  compound: boolean;
  /** The character is also an everyday word, so a name guess from it needs more evidence. */
  alsoCommonWord: boolean;
}

/** The surname starting at text[i] (a compound surname first: 欧阳 before 欧), or null. */
export function surnameAt(text: string, i: number): SurnameMatch | null {
  const table = loadSurnames();
  const two = text.slice(i, i + 2);
  if (two.length === 2) {
    const c = table.get(two);
    if (c) return c;
  }
  return table.get(text.charAt(i)) ?? null;
}

/** True when `s` is a known surname (single or compound). */
export function isSurname(s: string): boolean {
  return loadSurnames().has(s);
}

interface SurnameData {
  single: { s: string; rank: number }[];
  /** Rarer surnames without a rank: the weakest prior. */
  rare?: string[];
  compound: string[];
  alsoCommonWord: string[];
}

/** The prior of an unranked rare surname: the floor of the ranked ones. */
const RARE_WEIGHT = 0.2;

let table: Map<string, SurnameMatch> | undefined;
function loadSurnames(): Map<string, SurnameMatch> {
  if (table) return table;
  const file = dataPath('surnames.json');
  let data: SurnameData;
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as SurnameData;
  } catch (err) {
    throw new TalentflowError(`${file}: cannot read the surname list (${(err as Error).message})`, { cause: err });
  }
  const common = new Set(data.alsoCommonWord);
  const map = new Map<string, SurnameMatch>();
  const count = data.single.length;
  for (const { s, rank } of data.single) {
    const alsoCommonWord = common.has(s);
    // Frequency falls off roughly like a power law: rank 1 → 1.0, rank 100 → ~0.6, rank 400 → ~0.3.
    const prior = Math.max(0.2, 1 - Math.log(rank) / Math.log(count * 2.5));
    map.set(s, { surname: s, rank, weight: round(alsoCommonWord ? prior * 0.5 : prior), compound: false, alsoCommonWord });
  }
  for (const s of data.rare ?? []) if (!map.has(s)) map.set(s, { surname: s, rank: null, weight: RARE_WEIGHT, compound: false, alsoCommonWord: common.has(s) });
  for (const s of data.compound) map.set(s, { surname: s, rank: null, weight: 0.8, compound: true, alsoCommonWord: false });
  table = map;
  return map;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
