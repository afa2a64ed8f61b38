import { TIME_PARSERS } from './parsers/index.js';
import type { TimeMention } from './time-mention.js';
import type { TimeParser } from './time-parser.js';

export type { DatePrecision, TimeKind, TimeMention, TimeUnit, TimeValue } from './time-mention.js';

/**
 * Time expressions in `text`, in text order, non-overlapping, longest match first.
 * One scan with a regex combining every parser finds each candidate position; only there are the
 * parsers' own sticky patterns tried, so text without dates costs a single regex pass.
 * Expressions that cannot give a date (过去一年, 近年, 此后) are not returned.
 */
export function findTimeMentions(text: string): TimeMention[] {
  const mentions: TimeMention[] = [];
  const scan = COMBINED; // shared, compiled once; lastIndex is reset here and nothing re-enters this loop
  scan.lastIndex = 0;
  let found: RegExpExecArray | null;
  while ((found = scan.exec(text)) !== null) {
    const at = found.index;
    const best = longestAt(text, at);
    if (!best) {
      scan.lastIndex = at + 1;
      continue;
    }
    mentions.push(best);
    scan.lastIndex = best.end;
  }
  return mentions;
}

/**
 * All parsers as one global regex; their named groups become plain groups (names may repeat across
 * parsers). A leading class of possible start characters lets the engine skip most text quickly, and
 * English parsers are only tried at word starts (together about 2× faster than the bare alternation).
 */
const COMBINED: RegExp = buildCombinedPattern(TIME_PARSERS);

/** Parsers that can start with a given character, filled on first sight of each character. */
const PARSERS_BY_START = new Map<string, readonly TimeParser[]>();

function buildCombinedPattern(parsers: readonly TimeParser[]): RegExp {
  const alternatives = (ps: readonly TimeParser[]) =>
    ps.map((p) => `(?:${p.pattern.source.replace(/\(\?<([A-Za-z]\w*)>/g, '(?:')})`).join('|');
  const cjk = parsers.filter((p) => !p.latin);
  const latin = parsers.filter((p) => p.latin);
  const starts = (ps: readonly TimeParser[]) => ps.map((p) => p.starts).join('');
  return new RegExp(
    `(?=[${starts(cjk)}]|(?<![A-Za-z])[${starts(latin)}])` +
      `(?:${alternatives(cjk)}|(?<![A-Za-z])(?:${alternatives(latin)}))`,
    'g',
  );
}

function parsersStartingWith(ch: string): readonly TimeParser[] {
  let list = PARSERS_BY_START.get(ch);
  if (!list) {
    list = TIME_PARSERS.filter((p) => new RegExp(`[${p.starts}]`).test(ch));
    PARSERS_BY_START.set(ch, list);
  }
  return list;
}

function longestAt(text: string, at: number): TimeMention | null {
  let best: TimeMention | null = null;
  for (const parser of parsersStartingWith(text[at] ?? '')) {
    const m = execAt(parser, text, at);
    if (!m || m[0].length === 0 || (best && m[0].length <= best.end - best.start)) continue;
    const meaning = parser.extract(m);
    if (!meaning) continue;
    const length = meaning.length ?? m[0].length;
    if (best && length <= best.end - best.start) continue;
    best = { start: at, end: at + length, text: text.slice(at, at + length), kind: meaning.kind, value: meaning.value, rule: parser.name };
  }
  return best;
}

function execAt(parser: TimeParser, text: string, at: number): RegExpExecArray | null {
  parser.pattern.lastIndex = at;
  return parser.pattern.exec(text);
}
