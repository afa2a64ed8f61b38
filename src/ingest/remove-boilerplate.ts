import { boilerplateRules, type BoilerplateRules } from './boilerplate-rules.js';

export interface CleanedText {
  /** The article text: kept lines in order, one per line, a blank line where the source had one. */
  text: string;
  /** The kept lines, as in `text`. */
  lines: string[];
  /** How many non-blank source lines were removed. */
  removedLines: number;
}

/**
 * Removes page furniture (image and share links, bylines, stats, related-article lists, copyright
 * notices, ad cards, duplicated lines) in one pass over the lines, by the rules of
 * data/boilerplate.json. Kept lines keep their characters: only surrounding whitespace, markdown
 * heading/quote markers, images and link targets (`[text](url)` → `text`) are taken off.
 */
export function removeBoilerplate(source: string, rules: BoilerplateRules = boilerplateRules()): CleanedText {
  const lines = source.split(LINE_BREAK);
  const out: string[] = [];
  const kept: string[] = [];
  const seen = new Set<string>();
  let pending: string[] = []; // short list items waiting to learn whether a listing's stats line follows
  let pendingBreaks: boolean[] = [];
  let blankBefore = false;
  let inSection = false;
  let removed = 0;

  const emit = (line: string, blank: boolean) => {
    if (out.length > 0) out.push(blank ? '\n\n' : '\n');
    out.push(line);
    kept.push(line);
  };
  const flushPending = () => {
    for (let k = 0; k < pending.length; k++) emit(pending[k]!, pendingBreaks[k]!);
    pending = [];
    pendingBreaks = [];
  };

  for (let i = 0; i < lines.length; i++) {
    let line = stripMarkers(lines[i]!.trim());
    if (line.length === 0) {
      blankBefore = true;
      continue;
    }
    const block = rules.blocks.find((b) => b.start.test(line));
    if (block) {
      const end = findBlockEnd(lines, i, block.end, block.maxLines);
      if (end >= 0) {
        removed += countNonBlank(lines, i, end);
        i = end;
        continue;
      }
    }
    for (const prefix of rules.stripPrefix) line = line.replace(prefix, '');
    if (line.length === 0) continue;

    if (inSection) {
      if (isSectionItem(line, rules)) {
        removed++;
        continue;
      }
      inSection = false;
    }
    if (rules.sections.some((r) => line.length <= r.maxLength && r.pattern.test(line))) {
      inSection = true;
      removed++;
      continue;
    }

    if (line.includes('](') || line.includes('![')) {
      const withoutLinks = replaceLinks(line, rules);
      if (withoutLinks === null) {
        removed++;
        continue;
      }
      line = withoutLinks;
    }

    const rule = matchingRule(line, rules);
    if (rule) {
      removed++;
      if (rule.endsListing) {
        removed += pending.length;
        pending = [];
        pendingBreaks = [];
      }
      continue;
    }

    const key = stripListMarker(line);
    if (key.length >= rules.duplicateMinLength) {
      if (seen.has(key)) {
        removed++;
        continue;
      }
      seen.add(key);
    }

    if (isShortListItem(line, rules.listingItemMaxLength)) {
      pending.push(line);
      pendingBreaks.push(blankBefore);
      blankBefore = false;
      continue;
    }
    flushPending();
    emit(line, blankBefore);
    blankBefore = false;
  }
  flushPending();
  return { text: out.join(''), lines: kept, removedLines: removed };
}

/** A line with markdown heading/quote/list markers and surrounding space removed, for comparing lines. */
export function comparableLine(line: string): string {
  return stripListMarker(stripMarkers(line.trim()));
}

const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/;
const HEADING_OR_QUOTE = /^(?:#{1,6}\s+|#{1,6}$|(?:>\s?)+)/;
const LIST_MARKER = /^(?:[-*•·+]|\d{1,2}[.)、])\s+/;
const SENTENCE_END = /[。！？!?；;]$/;
const PUNCT_OR_SPACE = /[\s\p{P}\p{S}]+/gu;

function stripMarkers(line: string): string {
  if (line.length === 0) return line;
  const c = line.charCodeAt(0);
  if (c !== 0x23 /* # */ && c !== 0x3e /* > */) return line;
  return line.replace(HEADING_OR_QUOTE, '').trim();
}

function stripListMarker(line: string): string {
  return line.replace(LIST_MARKER, '');
}

function isShortListItem(line: string, maxLength: number): boolean {
  return line.length <= maxLength && LIST_MARKER.test(line) && !SENTENCE_END.test(line);
}

/** In a related-articles section: list items, titles in 《》, link lines, and short lines without a full stop. */
function isSectionItem(line: string, rules: BoilerplateRules): boolean {
  if (LIST_MARKER.test(line) || line.startsWith('《') || line.startsWith('[') || line.startsWith('!')) return true;
  return line.length <= rules.sectionItemMaxLength && !/[。.]$/.test(line);
}

function matchingRule(line: string, rules: BoilerplateRules) {
  for (const rule of rules.dropLine) {
    if (line.length <= rule.maxLength && rule.pattern.test(line)) return rule;
  }
  return undefined;
}

/**
 * Images are removed and links become their text. Returns null when nothing but links, images
 * and navigation words (关注, 分享…) remains: a link-only line.
 */
function replaceLinks(line: string, rules: BoilerplateRules): string | null {
  const noImages = line.replace(rules.image, '');
  const residue = noImages.replace(rules.link, ' ').split(PUNCT_OR_SPACE).filter((w) => w.length > 0 && !rules.linkResidueWords.has(w));
  if (residue.length === 0) return null;
  return noImages.replace(rules.link, '$1').trim();
}

function findBlockEnd(lines: string[], start: number, end: RegExp, maxLines: number): number {
  const last = Math.min(lines.length - 1, start + maxLines);
  for (let j = start + 1; j <= last; j++) if (end.test(lines[j]!.trim())) return j;
  return -1;
}

function countNonBlank(lines: string[], from: number, to: number): number {
  let n = 0;
  for (let j = from; j <= to; j++) if (lines[j]!.trim().length > 0) n++;
  return n;
}
