import type { PartialDate } from '../time/partial-date.js';
import type { NameSpan } from './find-person-names.js';
import type { TriggerWord } from './lexicon.js';

/** An organisation named in the text: canonical company-level name plus the unit named, if any. */
export interface OrgRef {
  start: number;
  end: number;
  text: string;
  /** Canonical company-level name (字节跳动 for 抖音). */
  org: string;
  unit: string | null;
  /** True when the knowledge base knows it; false when found from its form or context. */
  known: boolean;
  /** The knowledge base's kind (big_tech, startup, university …), when known. */
  kind?: string;
}

export interface TimeRef {
  start: number;
  end: number;
  date: PartialDate | null;
  /** Absolute expressions (2023年4月) are trusted over relative ones (去年4月) when sources disagree. */
  absolute: boolean;
}

export interface TriggerRef extends TriggerWord {
  start: number;
  end: number;
}

export interface PersonRef extends NameSpan {
  /** For pronouns and demonstratives (他, 这位): the person they stand for, when known. */
  resolved?: string;
}

/** Everything found in one document's Simplified text, with offsets into it, in text order. */
export interface DocumentMentions {
  orgs: OrgRef[];
  times: TimeRef[];
  triggers: TriggerRef[];
  persons: PersonRef[];
  /** 1 where a job title ends at that offset. */
  titleEnds: Uint8Array;
  /** People marked as pseudonyms (化名): never the subject of a fact. */
  pseudonyms: Set<string>;
}

/** Mentions of a kind inside [start, end), in text order (input sorted by start). */
export function within<T extends { start: number; end: number }>(items: readonly T[], start: number, end: number): T[] {
  // Binary search for the first mention starting at or after `start`: documents hold thousands.
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let k = lo; k < items.length; k++) {
    const it = items[k]!;
    if (it.start >= end) break;
    if (it.end <= end) out.push(it);
  }
  return out;
}
