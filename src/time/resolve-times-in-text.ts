import { findTimeMentions } from './find-time-mentions.js';
import type { PartialDate } from './partial-date.js';
import { resolveTimeMention } from './resolve-time-mention.js';
import type { TimeMention } from './time-mention.js';

export interface ResolvedTimeMention extends TimeMention {
  /** The resolved date, or null when its anchor is unknown. */
  date: PartialDate | null;
}

/**
 * Finds and resolves every time mention of `text` in order, each anaphoric one against the last
 * date resolved before it (the same walk the fact extractor does sentence by sentence).
 */
export function resolveTimesInText(text: string, published?: PartialDate): ResolvedTimeMention[] {
  return new TimeWalk(published).resolve(text);
}

/**
 * The walk over one document, piece by piece (sentences, in order): keeps the last resolved date
 * as the anchor of anaphoric mentions in later pieces. Offsets are relative to each piece.
 */
export class TimeWalk {
  /** The last date resolved so far (undefined before the first). */
  previous: PartialDate | undefined;
  /** The last one with a day: "同日", "the next day" count from a day, not from "2018年9月". */
  previousDay: PartialDate | undefined;

  constructor(readonly published?: PartialDate) {}

  resolve(piece: string): ResolvedTimeMention[] {
    return findTimeMentions(piece).map((m) => {
      const byDay = m.kind === 'anaphoric' && m.value.type === 'offset' && m.value.unit === 'day';
      // (Only a month or day without a year reads the tense of its clause.)
      const future = m.value.type === 'month-day' && speaksOfFuture(piece, m.start);
      const date = resolveTimeMention(m, { published: this.published, previous: byDay ? this.previousDay ?? this.previous : this.previous, future });
      if (date) this.previous = date;
      if (date?.day !== undefined) this.previousDay = date;
      return { ...m, date };
    });
  }
}

/** The words before a mention in its sentence put it ahead: "will retire in", "is set to join in", 将于, 拟于. */
function speaksOfFuture(text: string, at: number): boolean {
  const lead = text.slice(Math.max(0, at - 60), at).split(/[.!?。！？\n]/).pop()!;
  return /\b(?:will|is to|are to|is set to|are set to|is expected to|are expected to|plans to|is scheduled to)\s+(?:[\w-]+\s+){0,5}$/i.test(lead) || /(?:将于|将在|拟于|预计于|计划于|将)\s*$/.test(lead);
}
