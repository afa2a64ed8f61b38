import type { TimeKind, TimeValue } from './time-mention.js';

/** One small parser: a sticky pattern and what a match of it means (null = not a date after all). */
export interface TimeParser {
  name: string;
  /** Characters a match can start with (a regex class body): the scan only stops where one occurs. */
  starts: string;
  /** English parsers: matches start at a word start, which lets the scan skip inside words. */
  latin?: boolean;
  /** Sticky (`y`) pattern, tried at the position where the combined scan found a candidate. */
  pattern: RegExp;
  extract(match: RegExpExecArray): TimeParse | null;
}

/** What a match means; `length` when only a prefix of the match is accepted (2023年 of 2023年13月). */
export interface TimeParse {
  kind: TimeKind;
  value: TimeValue;
  length?: number;
}

/** Compiles a parser's pattern once, at module load. */
export function stickyPattern(source: string): RegExp {
  return new RegExp(source, 'y');
}

/** The named groups of a match (parsers always use named groups). */
export function groupsOf(match: RegExpExecArray): Record<string, string | undefined> {
  return match.groups ?? {};
}
