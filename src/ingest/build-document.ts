import { extname } from 'node:path';
import { SourceError } from '../errors.js';
import { parsePartialDate, type PartialDate } from '../time/partial-date.js';
import type { Document, DocumentMessage, PublishedDate, PublishedSource } from './document.js';
import { contentHash } from './content-hash.js';
import { decodeBytes } from './decode-bytes.js';
import { documentId } from './document-id.js';
import { findBodyDate } from './find-body-date.js';
import { formatSize } from './format-size.js';
import { findHeaderMetadata } from './find-header-metadata.js';
import { readFrontMatter } from './front-matter.js';
import { htmlPageText, htmlToArticle } from './html-to-article.js';
import { parseDateString } from './parse-date-string.js';
import { removeBoilerplate } from './remove-boilerplate.js';
import { declaredCharset } from './sniff-charset.js';

export interface DocumentOptions {
  /** Publication date override (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`): wins over everything the source says. */
  published?: string;
  /** Largest source accepted, in bytes (default 20 MB). */
  maxBytes?: number;
  /** Id to use instead of the one derived from `source`. */
  id?: string;
  /** Raw format, when the caller knows it (otherwise from the file extension, then from the content). */
  format?: SourceFormat;
  /** HTTP Content-Type of a fetched page (its charset is honoured for non-UTF-8 bytes). */
  contentType?: string;
  /** Address the document was fetched from. */
  url?: string;
  /** "Today" for year inference (tests); defaults to the current date. */
  today?: Date;
}

export type SourceFormat = Document['format'] | 'feed';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** One article from the raw bytes of a file, page or stdin. Throws SourceError naming `source`. */
export function documentFromBytes(bytes: Buffer, source: string, options: DocumentOptions = {}): Document {
  const docs = documentsFromBytes(bytes, source, options);
  if (docs.length !== 1) throw new SourceError(source, `holds ${docs.length} articles; read it with readSources`);
  return docs[0]!;
}

/** One article from text already in memory (pasted into the dashboard, given on stdin). */
export function documentFromText(text: string, source: string, options: DocumentOptions = {}): Document {
  const docs = documentsFromText(text, 'utf-8', source, options);
  if (docs.length !== 1) throw new SourceError(source, `holds ${docs.length} articles; read it with readSources`);
  return docs[0]!;
}

/** Every article in the bytes of one source (a JSON array or JSONL file holds several). */
export function documentsFromBytes(bytes: Buffer, source: string, options: DocumentOptions = {}): Document[] {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > max) throw new SourceError(source, `is ${formatSize(bytes.length)}, over the ${formatSize(max)} size cap`);
  const format = options.format ?? formatFromName(source);
  const charset = declaredCharset(bytes, options.contentType, format === 'html' || format === undefined);
  const { text, encoding } = decodeBytes(bytes, source, charset);
  return documentsFromText(text, encoding, source, { ...options, ...(format ? { format } : {}) });
}

/** Every article in a decoded text (see documentsFromBytes). */
export function documentsFromText(text: string, encoding: string, source: string, options: DocumentOptions = {}): Document[] {
  if (text.trim().length === 0) throw new SourceError(source, 'empty file');
  const format = sniffFormat(text, options.format);
  if (format === 'feed') throw new SourceError(source, 'is an RSS/Atom feed; read it with readSources');
  if (format === 'json') return jsonDocuments(text, encoding, source, options);
  return [articleDocument(text, encoding, format, source, options)];
}

/** The format a file name says, or undefined when it says none. */
export function formatFromName(source: string): SourceFormat | undefined {
  if (/^https?:\/\//i.test(source)) return undefined;
  return EXTENSION_FORMATS[extname(source).toLowerCase()];
}

export const EXTENSION_FORMATS: Record<string, SourceFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'json',
  '.ndjson': 'json',
  '.rss': 'feed',
  '.atom': 'feed',
  '.xml': 'feed',
};

interface Metadata {
  title?: string;
  author?: string;
  url?: string;
  published?: { date: PartialDate; source: PublishedSource };
}

/** Turns one article's text (markdown, plain text or HTML) into a Document. */
export function articleDocument(
  raw: string,
  encoding: string,
  format: Document['format'],
  source: string,
  options: DocumentOptions,
  given: Metadata = {},
): Document {
  const messages: DocumentMessage[] = [];
  let body = raw;
  const meta: Metadata = { ...given };
  if (format === 'html') {
    const article = htmlToArticle(raw);
    body = article.text;
    meta.title ??= article.title;
    meta.author ??= article.author;
    meta.url ??= article.url;
    if (article.published && !meta.published) meta.published = { date: article.published, source: 'html-meta' };
  } else {
    const fm = readFrontMatter(raw);
    body = fm.body;
    if (fm.error) messages.push({ ruleId: 'invalid-front-matter', message: `front matter is not valid YAML: ${fm.error}`, severity: 'warning' });
    meta.title ??= fm.title;
    meta.author ??= fm.author;
    meta.url ??= fm.url;
    if (fm.published && !meta.published) meta.published = { date: fm.published, source: 'front-matter' };
  }

  const cleaned = removeBoilerplate(body);
  if (cleaned.text.length === 0) throw new SourceError(source, 'no article text (only page furniture such as links, bylines and notices)');
  const rawLines = body.split(/\r\n|\r|\n/);
  const header = findHeaderMetadata(rawLines);
  const title = meta.title ?? titleFromLines(cleaned.lines);
  const published = chooseDate(options, meta, header.published, () => {
    const found = findBodyDate(rawLines, title, options.today);
    if (found || format !== 'html') return found;
    // Readability often leaves the dateline out of the article: look at the whole page.
    const pageLines = htmlPageText(raw).split('\n');
    return findHeaderMetadata(pageLines).published ?? findBodyDate(pageLines, title, options.today);
  });
  if (!published) {
    messages.push({ ruleId: 'no-publication-date', message: 'no publication date found; relative dates (去年, 今年3月) cannot be resolved', severity: 'warning' });
  } else if (published.inferred) {
    messages.push({ ruleId: 'inferred-publication-date', message: 'the year of the publication date was inferred from the years the text mentions', severity: 'info' });
  }

  const doc: Document = {
    id: options.id ?? documentId(/^https?:\/\//i.test(source) ? (meta.url ?? source) : source, cleaned.text),
    source,
    text: cleaned.text,
    encoding,
    format,
    contentHash: contentHash(cleaned.text),
    messages,
  };
  if (title) doc.title = title;
  const author = meta.author ?? header.author;
  if (author) doc.author = author;
  const url = options.url ?? meta.url;
  if (url) doc.url = url;
  if (published) doc.published = published;
  return doc;
}

function chooseDate(
  options: DocumentOptions,
  meta: Metadata,
  header: PublishedDate | undefined,
  body: () => PublishedDate | undefined,
): PublishedDate | undefined {
  if (options.published) {
    const date = parsePartialDate(options.published);
    if (date) return { date, source: 'option', inferred: false };
  }
  if (meta.published) return { date: meta.published.date, source: meta.published.source, inferred: false };
  return header ?? body();
}

/**
 * A title from the first lines: the first kept line, before any prose (a long line, or one with a
 * full stop inside), that is 6–80 characters long and does not end like a sentence (。，：；).
 */
function titleFromLines(lines: readonly string[]): string | undefined {
  for (const line of lines.slice(0, 5)) {
    if (line.length > 80 || /[。！？!?][”」』"]?./.test(line)) return undefined;
    if (line.length >= 6 && !/[。，,：:；;]$/.test(line)) return line.replace(/^[-*•]\s+/, '');
  }
  return undefined;
}

function sniffFormat(text: string, format: SourceFormat | undefined): SourceFormat {
  if (format && format !== 'text') return format;
  const head = text.slice(0, 2048).trimStart().replace(/^\uFEFF/, '');
  if (/^<\?xml/i.test(head) || /^<(?:rss|feed|rdf:RDF)\b/i.test(head)) {
    if (/<(?:rss|feed|rdf:RDF)\b/i.test(head)) return 'feed';
  }
  if (/^<!doctype html|^<html\b|^<head\b|^<body\b/i.test(head)) return 'html';
  if (format === undefined && (head.startsWith('{') || head.startsWith('['))) return 'json';
  if (format === undefined && (head.startsWith('---') || /^#{1,6}\s/.test(head))) return 'markdown';
  return format ?? 'text';
}

/** A JSON object with `text`, a JSON array of them, or JSONL (one per line). */
function jsonDocuments(text: string, encoding: string, source: string, options: DocumentOptions): Document[] {
  let items: unknown[];
  try {
    const parsed: unknown = JSON.parse(text);
    items = Array.isArray(parsed) ? parsed : [parsed];
  } catch {
    items = [];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!.trim();
      if (!line) continue;
      try {
        items.push(JSON.parse(line));
      } catch {
        throw new SourceError(source, `not valid JSON or JSONL (line ${i + 1} does not parse)`);
      }
    }
  }
  if (items.length === 0) throw new SourceError(source, 'JSON holds no articles');
  const baseId = options.id ?? documentId(source, text);
  return items.map((item, i) => {
    const where = items.length > 1 ? `${source} (item ${i + 1})` : source;
    if (!item || typeof item !== 'object' || typeof (item as { text?: unknown }).text !== 'string') {
      throw new SourceError(where, 'JSON article has no "text" field');
    }
    const o = item as Record<string, unknown>;
    const given: Metadata = {};
    if (typeof o.title === 'string' && o.title.trim()) given.title = o.title.trim();
    if (typeof o.author === 'string' && o.author.trim()) given.author = o.author.trim();
    if (typeof o.url === 'string' && /^https?:\/\//i.test(o.url)) given.url = o.url;
    const date = parseDateString(o.published ?? o.date);
    if (date) given.published = { date, source: 'front-matter' };
    const id = typeof o.id === 'string' || typeof o.id === 'number' ? String(o.id) : items.length > 1 ? `${baseId}-${i + 1}` : baseId;
    const bodyFormat = /^\s*<(?:!doctype|html|p|div|article)\b/i.test(o.text as string) ? 'html' : 'text';
    const doc = articleDocument(o.text as string, encoding, bodyFormat, where, { ...options, id }, given);
    return { ...doc, format: 'json' as const };
  });
}
