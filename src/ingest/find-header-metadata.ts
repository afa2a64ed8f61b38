import type { PublishedDate } from './document.js';
import { parseDateString } from './parse-date-string.js';

export interface HeaderMetadata {
  author?: string;
  published?: PublishedDate;
}

/**
 * Reads the labelled header lines scraped pages start with, within the first lines of the text:
 * `**Published:** 2025-03-19`, `Published: 2025-03-19`, `date: …`, `出版：2026-Feb-11 18:24`,
 * `date 2026-03-10 …`, and bylines `作者:…`, `作者|…`, `文 | 新芒X`, `文丨妮可`, `**Author:** [x](…)`.
 */
export function findHeaderMetadata(lines: readonly string[], maxLines = HEADER_LINES): HeaderMetadata {
  const found: HeaderMetadata = {};
  const n = Math.min(lines.length, maxLines);
  for (let i = 0; i < n && (!found.author || !found.published); i++) {
    const line = lines[i]!.trim();
    if (line.length === 0 || line.length > 200) continue;
    if (!found.published) {
      const m = DATE_LABEL.exec(line);
      const date = m ? parseDateString(m[1]!) : null;
      if (date) found.published = { date, source: 'header', inferred: false };
    }
    if (!found.author) {
      const m = AUTHOR_LABEL.exec(line);
      const author = m ? cleanAuthor(m[1]!) : '';
      if (author) found.author = author;
    }
  }
  return found;
}

/** Header lines are looked for in this many first lines. */
export const HEADER_LINES = 30;

const BOLD = '(?:\\*\\*)?';
const DATE_LABEL = new RegExp(
  `^${BOLD}\\s*(?:published|publish date|pubdate|date|posted|发布时间|發佈時間|發布時間|发布日期|發佈日期|发表时间|發表時間|发表于|發表於|发布于|發佈於|出版|日期|时间|時間)\\s*${BOLD}\\s*[:：]?\\s*${BOLD}\\s*(\\S.*)$`,
  'i',
);
const AUTHOR_LABEL = new RegExp(
  `^${BOLD}\\s*(?:author|by|作者|文|撰文|记者|記者)\\s*${BOLD}\\s*[|丨｜:：/／]\\s*${BOLD}\\s*(\\S.*)$`,
  'i',
);
const MARKDOWN_LINK = /\[([^\]]*)\]\([^)]*\)/g;
/** A byline ends at a wide gap or a date: `作者:软荐小编      2025-04-13 14:01:27`. */
const AUTHOR_END = /\s{2,}|\s*\d{4}[-/.年]\d{1,2}|\s*\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}/;

function cleanAuthor(value: string): string {
  const text = value.replace(MARKDOWN_LINK, '$1');
  const end = AUTHOR_END.exec(text);
  const name = (end ? text.slice(0, end.index) : text).replace(/\*\*/g, '').trim();
  return name.length > 0 && name.length <= 40 ? name : '';
}
