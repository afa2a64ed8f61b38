import type { PartialDate } from '../time/partial-date.js';
import type { OrgRef } from './mentions.js';

/** Where a person was last seen working, as the document has told so far. */
export interface Affiliation {
  org: string;
  unit: string | null;
}

/**
 * What the extractor remembers while reading a document in order: who the text is about (for
 * dropped subjects and 他/她), where each person works, which organisation the document is about,
 * and when organisations were founded (for founder titles).
 */
export class DocumentState {
  /** The person the text is currently about: the last subject of a fact, or a heading. */
  focusPerson: string | null = null;
  /** Sentence index at which focusPerson was last set. */
  focusSentence = -1;
  /** Who is speaking or posting ("X wrote on LinkedIn:", "…," said X), and in which sentence: the "I" of the quote. */
  speaker: { name: string; sentence: number } | null = null;
  /** A person named alone on a line ("- 黄文灏:"): the subject of the lines below it. */
  headingPerson: string | null = null;
  /** Sentence index of that heading: it covers the few sentences under it, not the rest of the text. */
  headingSentence = -1;
  readonly affiliations = new Map<string, Affiliation>();
  /** The organisation that the last announcement of a hire named, and in which sentence. */
  announcer: { org: OrgRef; sentence: number; date: { date: PartialDate | null; absolute: boolean }; status: 'confirmed' | 'reported' } | null = null;
  /** The organisation the last sentence had someone join ("…空降零跑；Q则在春节前后加入" carries it on). */
  lastJoined: { org: string; unit: string | null; sentence: number } | null = null;
  readonly foundingDates = new Map<string, { date: PartialDate; absolute: boolean }>();
  /** The organisation whose founding the document told last (what a later 公司 may refer to). */
  lastFounded: string | null = null;
  /** Organisations of the last few sentences, most recent last. */
  recentOrgs: OrgRef[] = [];
  private readonly orgCounts = new Map<string, number>();
  private dominant: string | null = null;

  constructor(allOrgs: readonly OrgRef[]) {
    for (const o of allOrgs) this.orgCounts.set(o.org, (this.orgCounts.get(o.org) ?? 0) + 1);
    const ranked = [...this.orgCounts.entries()].sort((a, b) => b[1] - a[1]);
    const [first, second] = ranked;
    // Only an organisation the document clearly revolves around stands in for a missing one.
    if (first && first[1] >= 3 && (!second || first[1] >= second[1] * 1.5)) this.dominant = first[0];
  }

  /** The organisation the whole document is about, when one clearly dominates. */
  get dominantOrg(): string | null {
    return this.dominant;
  }

  setFocus(person: string, sentenceIndex: number): void {
    this.focusPerson = person;
    this.focusSentence = sentenceIndex;
  }

  /** The person a dropped subject or pronoun most likely refers to at this sentence. */
  focusAt(sentenceIndex: number): string | null {
    if (this.headingPerson && sentenceIndex - this.headingSentence > 6) this.headingPerson = null;
    if (this.headingPerson) return this.headingPerson;
    if (this.focusPerson && sentenceIndex - this.focusSentence <= 3) return this.focusPerson;
    return null;
  }

  /** The most recent organisation mentioned before this sentence (its canonical name). */
  recentOrg(): string | null {
    return this.recentOrgs.at(-1)?.org ?? null;
  }

  rememberOrgs(orgs: readonly OrgRef[]): void {
    if (orgs.length === 0) return;
    this.recentOrgs = [...this.recentOrgs, ...orgs].slice(-8);
  }
}
