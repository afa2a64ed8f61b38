import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { PartialDate } from '../time/partial-date.js';
import { parseDateString } from './parse-date-string.js';

export interface HtmlArticle {
  /** Main text, one block (paragraph, heading, list item) per line; links as `[text](href)`. */
  text: string;
  title?: string;
  author?: string;
  url?: string;
  published?: PartialDate;
}

/**
 * The main content of an HTML page and its metadata. Metadata is read before Readability runs
 * (it edits the DOM): `article:published_time` and JSON-LD `datePublished` first, then
 * `<meta name=pubdate|publishdate|date…>`, then the first `<time datetime>`. The text comes from
 * Readability's article; when it finds none (short or unusual pages), from the page body with
 * navigation, header, footer and aside removed.
 */
export function htmlToArticle(source: string): HtmlArticle {
  // Feed items and JSON bodies hold fragments; linkedom gives a fragment no <body>.
  const html = /<body[\s>]/i.test(source) ? source : `<!doctype html><html><head></head><body>${source}</body></html>`;
  const { document } = parseHTML(html) as unknown as { document: DomDocument };
  const meta = readHtmlMetadata(document);
  let text = '';
  try {
    const parsed = new Readability(document as never, { charThreshold: 200 }).parse();
    if (parsed?.content) {
      const { document: content } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`) as unknown as { document: DomDocument };
      text = content.body ? domToText(content.body) : '';
      meta.title ??= parsed.title?.trim() || undefined;
      meta.author ??= parsed.byline?.trim() || undefined;
    }
  } catch {
    text = '';
  }
  if (text.replace(/\s+/g, '').length < 50) text = htmlPageText(html, PAGE_CHROME);
  return { text, ...meta };
}

/**
 * The text of a whole page without scripts and styles (navigation and header kept): where a
 * dateline such as `2025-05-21 18:46` sits when Readability left it out of the article.
 */
export function htmlPageText(html: string, remove = 'script, style, noscript, template, svg, iframe'): string {
  const { document } = parseHTML(/<body[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`) as unknown as { document: DomDocument };
  for (const el of document.querySelectorAll(remove)) el.remove();
  return document.body ? domToText(document.body) : '';
}

/** Text of a DOM subtree, one line per block (paragraph, heading, list item) and per `<br>`, links kept as markdown. */
export function domToText(root: DomNode): string {
  const parts: string[] = [];
  walk(root, parts, false);
  return parts
    .join('')
    .split('\n')
    .map((l) => l.replace(/[ \t\f\v\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/** The slice of the DOM API this module uses (linkedom implements it). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}
interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  remove(): void;
}
interface DomDocument {
  body: DomNode | null;
  title?: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
}

const PAGE_CHROME = 'script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, select';
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'SELECT', 'IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'CANVAS', 'HEAD']);
const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'PRE', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TD', 'TH', 'FIGURE',
  'FIGCAPTION', 'HR', 'ADDRESS', 'CENTER', 'FORM', 'FIELDSET', 'DETAILS', 'SUMMARY', 'BODY', 'HTML',
]);

function walk(node: DomNode, out: string[], pre: boolean): void {
  if (node.nodeType === 3) {
    const t = node.textContent ?? '';
    out.push(pre ? t : t.replace(/[\r\n\t ]+/g, ' '));
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
  const tag = node.nodeName.toUpperCase();
  if (SKIP.has(tag)) return;
  if (tag === 'BR') {
    out.push('\n');
    return;
  }
  const block = BLOCK.has(tag);
  if (block) out.push('\n');
  if (tag === 'LI') out.push('- ');
  const href = tag === 'A' ? node.getAttribute?.('href') : null;
  if (href && !href.startsWith('javascript:')) out.push('[');
  const children = node.childNodes;
  for (let i = 0; i < children.length; i++) walk(children[i]!, out, pre || tag === 'PRE');
  if (href && !href.startsWith('javascript:')) out.push(`](${href.replace(/[()\s]/g, encodeURIComponent)})`);
  if (block) out.push('\n');
}

function readHtmlMetadata(document: DomDocument): Omit<HtmlArticle, 'text'> {
  const metaContent = (selectors: string[]) => {
    for (const s of selectors) {
      const v = document.querySelector(s)?.getAttribute('content')?.trim();
      if (v) return v;
    }
    return undefined;
  };
  const jsonLd = readJsonLd(document);
  let published: PartialDate | undefined;
  for (const candidate of [
    metaContent(['meta[property="article:published_time"]', 'meta[name="article:published_time"]']),
    jsonLd.datePublished,
    metaContent(PUBLISHED_META),
    document.querySelector('time[pubdate]')?.getAttribute('datetime') ?? undefined,
    document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined,
  ]) {
    const d = candidate ? parseDateString(candidate) : null;
    if (d) {
      published = d;
      break;
    }
  }
  const title = metaContent(['meta[property="og:title"]', 'meta[name="twitter:title"]']) ?? jsonLd.headline ?? (document.querySelector('title')?.textContent?.trim() || undefined);
  const author = metaContent(['meta[name="author"]', 'meta[property="article:author"]']) ?? jsonLd.author;
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || metaContent(['meta[property="og:url"]']);
  const out: Omit<HtmlArticle, 'text'> = {};
  if (title) out.title = title;
  if (author && !/^https?:/.test(author)) out.author = author;
  if (url && /^https?:\/\//.test(url)) out.url = url;
  if (published) out.published = published;
  return out;
}

const PUBLISHED_META = [
  'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="publish_date"]', 'meta[name="publish-date"]',
  'meta[name="PubDate"]', 'meta[name="date"]', 'meta[name="dc.date"]', 'meta[name="DC.date"]', 'meta[name="dc.date.issued"]',
  'meta[name="DC.date.issued"]', 'meta[itemprop="datePublished"]', 'meta[property="og:published_time"]',
  'meta[name="parsely-pub-date"]', 'meta[name="sailthru.date"]',
];

interface JsonLdFacts {
  datePublished?: string;
  headline?: string;
  author?: string;
}

function readJsonLd(document: DomDocument): JsonLdFacts {
  const facts: JsonLdFacts = {};
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    visitJsonLd(data, facts, 0);
    if (facts.datePublished) break;
  }
  return facts;
}

function visitJsonLd(node: unknown, facts: JsonLdFacts, depth: number): void {
  if (depth > 5 || node == null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) visitJsonLd(item, facts, depth + 1);
    return;
  }
  const o = node as Record<string, unknown>;
  if (typeof o.datePublished === 'string') facts.datePublished ??= o.datePublished;
  if (typeof o.headline === 'string') facts.headline ??= o.headline.trim();
  const author = Array.isArray(o.author) ? o.author[0] : o.author;
  if (typeof author === 'string') facts.author ??= author;
  else if (author && typeof author === 'object' && typeof (author as { name?: unknown }).name === 'string') facts.author ??= (author as { name: string }).name;
  if (o['@graph']) visitJsonLd(o['@graph'], facts, depth + 1);
}
