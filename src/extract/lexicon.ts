import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';
import type { Cause, Relation } from './fact.js';

export type TriggerFrame = 'object' | 'role-object' | 'embrace' | 'agent' | 'optional-object' | 'none' | 'null-org';

export interface TriggerWord {
  word: string;
  relation: Relation;
  frame: TriggerFrame;
}

interface LexiconFile {
  triggers: { relation: Relation; frame: TriggerFrame; words: string[] }[];
  causeByWord: Record<string, Cause>;
  returnCues: string[];
  hedges: string[];
  confirmations: string[];
  pastTieVerbs: string[];
  founderTitles: string[];
  internalUnitHeads: string[];
  genericOrgWords: string[];
  notNameStarts: string[];
  nameRightBoundaries: string[];
  nameLeftBoundaries: string[];
  givenNameBlacklist: string;
  descriptorHeads: string[];
  triggerNouns: string[];
  groupSubjects: string;
  hedgePatterns: string[];
}

/** The extractor's word lists (data/extraction-lexicon.json), with lookups built once. */
export interface Lexicon {
  triggers: TriggerWord[];
  /** One alternation of every trigger word, longest first. */
  triggerPattern: RegExp;
  triggerByWord: Map<string, TriggerWord>;
  causeByWord: Map<string, Cause>;
  returnCues: string[];
  hedges: string[];
  confirmations: string[];
  pastTieVerbs: string[];
  founderTitles: string[];
  founderTitleSet: Set<string>;
  internalUnitHeads: string[];
  genericOrgWords: Set<string>;
  notNameStarts: Set<string>;
  nameRightBoundaries: Set<string>;
  nameLeftBoundaries: Set<string>;
  givenNameBlacklist: Set<string>;
  /** Words that describe the organisation named after them (消费电子品牌|闪极, 老东家|贝壳). */
  descriptorHeads: string[];
  /** Nouns that begin with a trigger word (创业公司, 创办人, 离职潮): no move there. */
  triggerNouns: RegExp;
  /** Hedges with a slot (据36氪报道, 援引知情人士). */
  hedgePattern: RegExp;
  /** Words that make a clause's subject a group, not a named person (高管们, 多位, 员工). */
  groupSubjects: RegExp;
}

let cached: Lexicon | undefined;

export function loadLexicon(): Lexicon {
  if (cached) return cached;
  const file = JSON.parse(readFileSync(dataPath('extraction-lexicon.json'), 'utf8')) as LexiconFile;
  const triggers = file.triggers.flatMap((t) => t.words.map((word) => ({ word, relation: t.relation, frame: t.frame })));
  const triggerByWord = new Map(triggers.map((t) => [t.word, t]));
  const byLength = [...triggerByWord.keys()].sort((a, b) => b.length - a.length);
  cached = {
    triggers,
    triggerByWord,
    triggerPattern: new RegExp(byLength.map(escapeRegExp).join('|'), 'g'),
    causeByWord: new Map(Object.entries(file.causeByWord)),
    returnCues: file.returnCues,
    hedges: file.hedges,
    confirmations: file.confirmations,
    pastTieVerbs: file.pastTieVerbs,
    founderTitles: [...file.founderTitles].sort((a, b) => b.length - a.length),
    founderTitleSet: new Set(file.founderTitles),
    internalUnitHeads: file.internalUnitHeads,
    genericOrgWords: new Set(file.genericOrgWords),
    notNameStarts: new Set(file.notNameStarts),
    nameRightBoundaries: new Set(file.nameRightBoundaries),
    nameLeftBoundaries: new Set(file.nameLeftBoundaries),
    givenNameBlacklist: new Set([...file.givenNameBlacklist]),
    descriptorHeads: [...file.descriptorHeads].sort((a, b) => b.length - a.length),
    triggerNouns: new RegExp(`^(?:${[...file.triggerNouns].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})`),
    hedgePattern: new RegExp(file.hedgePatterns.join('|')),
    groupSubjects: new RegExp(file.groupSubjects),
  };
  return cached;
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
