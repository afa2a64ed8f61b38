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
  let previous: PartialDate | undefined;
  return findTimeMentions(text).map((m) => {
    const date = resolveTimeMention(m, { published, previous });
    if (date) previous = date;
    return { ...m, date };
  });
}
