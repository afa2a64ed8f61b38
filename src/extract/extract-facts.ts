import type { Document } from '../ingest/document.js';
import { loadTagger, type Tagger } from '../ner/tagger.js';
import { formatPartialDate } from '../time/partial-date.js';
import { splitSentences } from '../text/split-sentences.js';
import { toSimplified } from '../text/to-simplified.js';
import { findSector } from '../kb/sectors.js';
import { loadCommonWords } from './common-words.js';
import { DocumentState } from './document-state.js';
import { dropDenied } from './drop-denied.js';
import { englishFactsOfSentence, isEnglishSentence } from './english-facts.js';
import type { Fact } from './fact.js';
import { findMentions, isTitleCaseHeadline } from './find-mentions.js';
import { loadLexicon } from './lexicon.js';
import { mergeFacts } from './merge-facts.js';
import { nameLaterFoundings } from './name-later-foundings.js';
import type { PersonRef } from './mentions.js';
import { factsOfSentence, type RawFact } from './sentence-facts.js';

export const EXTRACTOR_VERSION = 'rules@1.0.0';

export interface ExtractOptions {
  /** The learned name tagger; default: the shipped model. `null` runs on rules alone. */
  tagger?: Tagger | null;
}

const HEADING_NAME = /^\s*(?:[-*•·]|#{1,4}|\d+[.、])?\s*([\u4e00-\u9fff]{2,4}|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})\s*[:：]?\s*$/;

/** All career-move facts stated in one document, in text order, each with its evidence offsets. */
export function extractFacts(doc: Document, options: ExtractOptions = {}): Fact[] {
  const lexicon = loadLexicon();
  const commonWords = loadCommonWords();
  const text = toSimplified(doc.text);
  const sentences = splitSentences(text);
  const tagger = options.tagger === undefined ? defaultTagger() : options.tagger;
  const mentions = findMentions(text, sentences, lexicon, doc.published?.date, tagger);
  const state = new DocumentState(mentions.orgs);
  const titleStarts = titleStartIndex(text, mentions.titleEnds);

  const raw: RawFact[] = [];
  sentences.forEach((sentence, index) => {
    const heading = HEADING_NAME.exec(text.slice(sentence.start, sentence.end));
    const headingPerson = heading && mentions.persons.find((p) => p.start >= sentence.start && p.end <= sentence.end && p.name === heading[1]);
    if (headingPerson) {
      state.headingPerson = headingPerson.resolved ?? headingPerson.name;
      state.headingSentence = index;
      state.setFocus(state.headingPerson, index);
      return;
    }
    if (/^\s*(?:#{1,6}\s|[-*]\s*$)/.test(text.slice(sentence.start, sentence.end)) || text.slice(sentence.start, sentence.end).trim() === '-') state.headingPerson = null;
    resolvePronouns(mentions.persons, sentence.start, sentence.end, state.focusAt(index));
    const input = { text, sentence, index, mentions, state, lexicon, commonWords, titleStartBefore: (end: number) => titleStarts.get(end) ?? null };
    // (A headline in title case repeats what its article tells, and its capitals hide which words are names.)
    const english = isEnglishSentence(text, sentence);
    if (english && isTitleCaseHeadline(text.slice(sentence.start, sentence.end))) return;
    raw.push(...(english ? englishFactsOfSentence(input) : factsOfSentence(input)));
    if (state.headingPerson && index > 0 && /\n\s*\n/.test(text.slice(sentences[index - 1]!.end, sentence.start))) state.headingPerson = null;
  });

  nameLaterFoundings(raw, text, sentences, mentions.times);
  return mergeFacts(dropDenied(raw, text, sentences), state).map((f) => toFact(f, doc, text));
}

function toFact(f: RawFact, doc: Document, simplified: string): Fact {
  const evidence = doc.text.slice(f.sentence.start, f.sentence.end);
  const fact: Fact = {
    person: f.person,
    relation: f.relation,
    org: f.org,
    unit: f.unit,
    // "出任理想汽车（2015）国际业务总裁": a stock code in brackets is no part of the title.
    // ("CEO由联合创始人张明担任": the title is what stands after 由.)
    role: f.role?.replace(/^\s*[（(][^）)]{1,8}[）)]\s*/, '').replace(/^[^由]*由/, '').replace(/^[」』”"’）)\s]+/, '') || null,
    date: f.date ? formatPartialDate(f.date) : null,
    status: f.status,
    evidence,
    doc: doc.id,
    cause: f.cause,
    confidence: Math.round(Math.max(0.05, Math.min(1, f.confidence)) * 100) / 100,
    evidence_start: f.sentence.start,
    evidence_end: f.sentence.end,
    extractor: EXTRACTOR_VERSION,
    rule: f.rule,
  };
  if (f.relation === 'founded') fact.sector = findSector(simplified.slice(f.sentence.start, f.sentence.end));
  return fact;
}

/** 他/她/这位 stand for the last person named earlier in the same sentence, else the focus of the text. */
function resolvePronouns(persons: PersonRef[], start: number, end: number, focus: string | null): void {
  let last: string | null = focus;
  for (const p of persons) {
    if (p.start >= end) break;
    if (p.start < start) continue;
    if (p.source === 'known' && !p.resolved) {
      p.resolved = last ?? undefined;
      continue;
    }
    last = p.resolved ?? p.name;
  }
}

function titleStartIndex(text: string, titleEnds: Uint8Array): Map<number, number> {
  // Start of the role phrase ending at each title end: back over title-ish characters to a boundary.
  const map = new Map<number, number>();
  for (let e = 0; e < titleEnds.length; e++) {
    if (!titleEnds[e]) continue;
    let s = e;
    while (s > 0 && e - s < 24 && !/[，。、,;；:：（）()\s“”「」的]/.test(text[s - 1]!)) s--;
    map.set(e, s);
  }
  return map;
}

let taggerCache: Tagger | null | undefined;
function defaultTagger(): Tagger | null {
  if (taggerCache === undefined) {
    try {
      taggerCache = loadTagger();
    } catch {
      // The shipped model is part of the package; without it the rules still run.
      taggerCache = null;
    }
  }
  return taggerCache;
}
