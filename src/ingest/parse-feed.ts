import { DOMParser } from 'linkedom';
import type { PartialDate } from '../time/partial-date.js';
import { parseDateString } from './parse-date-string.js';

export interface FeedItem {
  title?: string;
  /** The article's address (RSS `<link>`, Atom `<link rel="alternate" href>`). */
  link?: string;
  /** RSS `<guid>` or Atom `<id>`: a stable key when there is no link. */
  guid?: string;
  published?: PartialDate;
  author?: string;
  /** The item's body as HTML: `content:encoded`/Atom `content`, else `description`/`summary`. */
  contentHtml?: string;
}

/** True when a text is an RSS 2.0, RSS 1.0 (RDF) or Atom document. */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2048).trimStart();
  return /^(?:\uFEFF)?(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)\b/i.test(head);
}

/** The items of an RSS or Atom feed, in document order. */
export function parseFeed(xml: string): FeedItem[] {
  const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as XmlNode;
  const items: FeedItem[] = [];
  for (const node of [...doc.getElementsByTagName('item'), ...doc.getElementsByTagName('entry')]) {
    const fields = new Map<string, XmlNode[]>();
    for (const child of node.children) {
      const name = child.nodeName.toLowerCase();
      const list = fields.get(name);
      if (list) list.push(child);
      else fields.set(name, [child]);
    }
    const text = (...names: string[]) => {
      for (const n of names) {
        for (const el of fields.get(n) ?? []) {
          const t = el.textContent?.trim();
          if (t) return t;
        }
      }
      return undefined;
    };
    const item: FeedItem = {};
    const title = text('title');
    if (title) item.title = title;
    const link = atomLink(fields.get('link') ?? []) ?? text('link');
    if (link && /^https?:\/\//i.test(link)) item.link = link;
    const guid = text('guid', 'id');
    if (guid) item.guid = guid;
    const published = parseDateString(text('pubdate', 'published', 'dc:date', 'updated') ?? '');
    if (published) item.published = published;
    const author = text('dc:creator', 'author');
    if (author) item.author = author.replace(/\s+/g, ' ');
    const content = text('content:encoded', 'content', 'description', 'summary');
    if (content) item.contentHtml = content;
    items.push(item);
  }
  return items;
}

interface XmlNode {
  nodeName: string;
  textContent: string | null;
  children: Iterable<XmlNode>;
  getAttribute(name: string): string | null;
  getElementsByTagName(name: string): Iterable<XmlNode>;
}

function atomLink(links: XmlNode[]): string | undefined {
  let fallback: string | undefined;
  for (const l of links) {
    const href = l.getAttribute('href');
    if (!href) continue;
    const rel = l.getAttribute('rel');
    if (!rel || rel === 'alternate') return href;
    fallback ??= href;
  }
  return fallback;
}
