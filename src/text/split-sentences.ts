/** A half-open range [start, end) of UTF-16 offsets into a text. */
export interface TextSpan {
  start: number;
  end: number;
}

const TERMINATORS = new Set(['。', '！', '？', '!', '?', '；', ';', '…']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '"', "'", '】', '》']);
// Abbreviations after which an English full stop does not end a sentence.
const ABBREVIATIONS = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Inc|Corp|Ltd|Co|Jr|Sr|St|vs|etc|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|e\.g|i\.e)|\b[A-Z])$/;

/**
 * Splits text into sentences: at Chinese and English sentence-final punctuation (keeping closing
 * quotes and brackets with their sentence), at semicolons, and at line breaks. Returned spans are
 * trimmed of surrounding white space and never empty.
 */
export function splitSentences(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n' || c === '\r') {
      push(i);
      start = i + 1;
      continue;
    }
    if (TERMINATORS.has(c)) {
      let end = i + 1;
      while (end < text.length && (TERMINATORS.has(text[end]!) || CLOSERS.has(text[end]!))) end++;
      push(end);
      i = end - 1;
      continue;
    }
    if (c === '.' && isEnglishSentenceEnd(text, i)) {
      let end = i + 1;
      while (end < text.length && CLOSERS.has(text[end]!)) end++;
      push(end);
      i = end - 1;
    }
  }
  push(text.length);
  return spans;
}

/**
 * Splits a sentence span into clauses at commas, colons and enumeration-free pauses, never inside
 * brackets or quotes, and never at a comma between digits (1,500).
 */
export function splitClauses(text: string, sentence: TextSpan): TextSpan[] {
  const clauses: TextSpan[] = [];
  let depth = 0;
  let start = sentence.start;
  for (let i = sentence.start; i < sentence.end; i++) {
    const c = text[i]!;
    if (c === '（' || c === '(' || c === '“' || c === '「' || c === '《' || c === '【') depth++;
    else if ((c === '）' || c === ')' || c === '”' || c === '」' || c === '》' || c === '】') && depth > 0) depth--;
    else if (depth === 0 && (c === '，' || c === '：' || c === ':' || c === ',' )) {
      if (c === ',' && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) continue;
      if (i > start) clauses.push({ start, end: i });
      start = i + 1;
    }
  }
  if (sentence.end > start) clauses.push({ start, end: sentence.end });
  return clauses;
}

function isEnglishSentenceEnd(text: string, i: number): boolean {
  // (A closing quote or bracket may stand between: 'my life." He is …'.)
  let after = i + 1;
  while (after < text.length && CLOSERS.has(text[after]!)) after++;
  const next = text.charCodeAt(after);
  if (!(Number.isNaN(next) || isSpace(next) || next >= 0x3000)) return false;
  if (isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 2))) return false;
  const before = text.slice(Math.max(0, i - 6), i);
  return !ABBREVIATIONS.test(before);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0x3000 || code === 0xa0;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
