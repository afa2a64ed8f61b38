/**
 * Chinese and English time expressions → dates, relative to the publication date or the previous date.
 *
 * For callers: text must already be Simplified Chinese (offsets are UTF-16, into the text given).
 * `kind` says which anchor a mention needs: `absolute` none, `publication-relative` the publication
 * date (null without it), `anaphoric` the previous resolved date (同年, 次年, 三个月后, 一天后, 当天, 同月,
 * "a year later"; null without it). Keep `previous` per document (TimeWalk does), updated by every
 * resolved mention, publication-relative ones included. Durations, ages, codes and bare "此后/随后"
 * are never mentions; `vague` is never produced.
 */
export { findTimeMentions } from './find-time-mentions.js';
export type { DatePrecision, TimeKind, TimeMention, TimeUnit, TimeValue } from './time-mention.js';
export { resolveTimeMention, type TimeAnchors } from './resolve-time-mention.js';
export { TimeWalk, resolveTimesInText, type ResolvedTimeMention } from './resolve-times-in-text.js';
export { formatPartialDate, parsePartialDate, type PartialDate } from './partial-date.js';
