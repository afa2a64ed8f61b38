/** Chinese and English time expressions → dates, relative to the publication date or the previous date. */
export { findTimeMentions } from './find-time-mentions.js';
export type { DatePrecision, TimeKind, TimeMention, TimeUnit, TimeValue } from './time-mention.js';
export { resolveTimeMention, type TimeAnchors } from './resolve-time-mention.js';
export { TimeWalk, resolveTimesInText, type ResolvedTimeMention } from './resolve-times-in-text.js';
export { formatPartialDate, parsePartialDate, type PartialDate } from './partial-date.js';
