import matter from 'gray-matter';
import type { PartialDate } from '../time/partial-date.js';
import { parseDateString } from './parse-date-string.js';

export interface FrontMatter {
  /** The text after the front matter (the whole text when there is none). */
  body: string;
  title?: string;
  author?: string;
  url?: string;
  published?: PartialDate;
  /** Set when a `---` block was there but was not valid YAML. */
  error?: string;
}

/**
 * Reads YAML front matter (`---` … `---` at the very start) with gray-matter: `published` or
 * `date` (a YAML date, or a string parseDateString reads), `title`, `author`, and `url` or
 * `source` when it is an http(s) address.
 */
export function readFrontMatter(text: string): FrontMatter {
  if (!FENCE.test(text)) return { body: text };
  let parsed: { data: Record<string, unknown>; content: string };
  try {
    // Options are passed so gray-matter does not keep every document in its module-level cache.
    parsed = matter(text, { excerpt: false }) as unknown as typeof parsed;
  } catch (e) {
    return { body: text, error: e instanceof Error ? e.message.split('\n')[0]! : String(e) };
  }
  const d = parsed.data;
  const out: FrontMatter = { body: parsed.content };
  const published = parseDateString(d.published ?? d.date ?? d.pubdate ?? d.publish_date);
  if (published) out.published = published;
  const title = stringField(d.title);
  if (title) out.title = title;
  const author = stringField(d.author);
  if (author) out.author = author;
  const url = [d.url, d.source, d.link].map(stringField).find((u) => u && /^https?:\/\//i.test(u));
  if (url) out.url = url;
  return out;
}

const FENCE = /^\uFEFF?---[ \t]*\r?\n/;

function stringField(v: unknown): string | undefined {
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (typeof v === 'number') return String(v);
  return undefined;
}
