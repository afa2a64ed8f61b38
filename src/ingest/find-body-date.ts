import type { PublishedDate } from './document.js';
import { comparableLine } from './remove-boilerplate.js';
import { parseDateString } from './parse-date-string.js';

/**
 * Finds the publication date an article body shows when no metadata gives one. In order:
 * 1. a date-time (`2025-05-21 18:46:00`) within three lines of a line repeating the title — page
 *    dumps often end with a listing whose first entry is the article itself;
 * 2. a line that is only a date (`2025-12-18`) near the top;
 * 3. the first full date-time near the top;
 * 4. a month-day with a time (`08-27 18:00`) near the top, the year inferred (see `inferYear`).
 * "Near the top" is the first 30 lines.
 */
export function findBodyDate(lines: readonly string[], title: string | undefined, today: Date = new Date()): PublishedDate | undefined {
  if (title) {
    const wanted = comparableLine(title);
    for (let i = 0; i < lines.length; i++) {
      if (lines[i]!.length > wanted.length + 8 || comparableLine(lines[i]!) !== wanted) continue;
      for (let j = Math.max(0, i - 1); j <= Math.min(lines.length - 1, i + 3); j++) {
        const date = dateTimeIn(lines[j]!);
        if (date) return { date, source: 'body', inferred: false };
      }
    }
  }
  const top = Math.min(lines.length, TOP_LINES);
  for (let i = 0; i < top; i++) {
    const line = lines[i]!.trim();
    if (DATE_ONLY.test(line)) {
      const date = parseDateString(line);
      if (date) return { date, source: 'body', inferred: false };
    }
  }
  for (let i = 0; i < top; i++) {
    const date = dateTimeIn(lines[i]!);
    if (date) return { date, source: 'body', inferred: false };
  }
  for (let i = 0; i < top; i++) {
    const m = MONTH_DAY_TIME.exec(lines[i]!);
    if (!m) continue;
    const month = Number(m[1]);
    const day = Number(m[2]);
    const year = inferYear(lines.join('\n'), month, day, today);
    if (year != null) return { date: { year, month, day }, source: 'body', inferred: true };
  }
  return undefined;
}

/**
 * The year of a month-day dateline: the latest year the text mentions (`2025年`, `2025-03-19`)
 * such that the date is not after `today`. Articles talk about their own year and earlier ones
 * far more than about later ones, so the latest year mentioned is usually the year of writing.
 */
export function inferYear(text: string, month: number, day: number, today: Date = new Date()): number | undefined {
  const years = new Set<number>();
  for (const m of text.matchAll(YEAR_MENTION)) years.add(Number(m[1]));
  const todayKey = today.getUTCFullYear() * 10000 + (today.getUTCMonth() + 1) * 100 + today.getUTCDate();
  let best: number | undefined;
  for (const y of years) {
    if (y * 10000 + month * 100 + day <= todayKey && (best == null || y > best)) best = y;
  }
  return best;
}

const TOP_LINES = 30;
const DATE_ONLY = /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?$/;
const DATE_TIME = /(?<!\d)(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)\s*\d{1,2}:\d{2}(?!\d)/;
const MONTH_DAY_TIME = /(?<![\d-])(\d{1,2})-(\d{1,2})\s+\d{1,2}:\d{2}(?!\d)/;
const YEAR_MENTION = /(?<!\d)((?:19|20)\d{2})(?=\s*年|[-/.]\d{1,2}[-/.]\d{1,2})/g;

function dateTimeIn(line: string) {
  const m = DATE_TIME.exec(line);
  return m ? parseDateString(m[1]!) : null;
}
