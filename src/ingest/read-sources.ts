import { readFileSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Document } from './document.js';
import { SourceError, UsageError } from '../errors.js';
import { parsePartialDate } from '../time/partial-date.js';
import {
  articleDocument,
  DEFAULT_MAX_BYTES,
  documentFromBytes,
  documentFromText,
  documentsFromText,
  formatFromName,
  type DocumentOptions,
} from './build-document.js';
import { shortHash } from './content-hash.js';
import { decodeBytes } from './decode-bytes.js';
import { describeFsError } from './describe-fs-error.js';
import { documentId } from './document-id.js';
import { fetchUrl, isHttpUrl } from './fetch-url.js';
import { formatSize } from './format-size.js';
import { htmlToArticle } from './html-to-article.js';
import { listArticleFiles } from './list-article-files.js';
import { looksLikeFeed, parseFeed, type FeedItem } from './parse-feed.js';
import { declaredCharset } from './sniff-charset.js';

export { documentFromBytes, documentFromText };
export type { DocumentOptions };

export interface ReadOptions {
  /** Publication date override (YYYY, YYYY-MM or YYYY-MM-DD), as `--published`. */
  published?: string;
  /** Largest source accepted, in bytes (default 20 MB). */
  maxBytes?: number;
  /** Allow URLs that resolve to loopback/private/link-local addresses. */
  allowPrivateNetwork?: boolean;
  /** Per-URL fetch timeout (default 15 s). */
  timeoutMs?: number;
  /** What `-` reads (default process.stdin); for servers and tests. */
  stdin?: AsyncIterable<Uint8Array | string>;
}

export type ReadResult = { ok: true; document: Document } | { ok: false; source: string; error: SourceError };

/**
 * Reads files, folders (recursively, sorted by path), `-` (stdin), http(s) URLs and RSS/Atom feeds
 * (files or URLs) into Documents, yielding one result per article. A source that cannot be read
 * yields `{ ok: false }` with a SourceError naming it, and reading goes on with the next.
 * Throws UsageError only for invalid options (a `published` that is not a date).
 */
export async function* readSources(inputs: string[], options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  if (options.published !== undefined && !parsePartialDate(options.published)) {
    throw new UsageError(`--published ${options.published}: expected YYYY, YYYY-MM or YYYY-MM-DD`);
  }
  for (const input of inputs) {
    if (input === '-') yield* guard('-', () => readStdin(options));
    else if (isHttpUrl(input)) yield* guard(input, () => readUrl(input, options));
    else yield* readPath(input, options);
  }
}

async function* readPath(path: string, options: ReadOptions): AsyncGenerator<ReadResult> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    yield failure(path, describeFsError(e));
    return;
  }
  if (!info.isDirectory()) {
    yield* guard(path, () => readFileSource(path, info.size, options));
    return;
  }
  let files: string[];
  try {
    files = await listArticleFiles(path);
  } catch (e) {
    yield failure(path, describeFsError(e));
    return;
  }
  if (files.length === 0) {
    yield failure(path, 'directory without articles (no .txt .md .markdown .html .htm .json files in it)');
    return;
  }
  for (const file of files) {
    const loaded = loadFile(file, options);
    if (loaded instanceof SourceError) yield { ok: false, source: loaded.source, error: loaded };
    else yield* guard(file, () => documentsFromSourceBytes(loaded, file, options));
  }
}

async function* readFileSource(path: string, size: number, options: ReadOptions): AsyncGenerator<ReadResult> {
  const loaded = loadFile(path, options, size);
  if (loaded instanceof SourceError) throw loaded;
  yield* documentsFromSourceBytes(loaded, path, options);
}

/**
 * A file's bytes, or the SourceError saying why not. The size is checked by stat first, so a huge
 * file never enters memory. Reads are synchronous on purpose: articles are small and many, and
 * the thread-pool round trips of async reads cost more than the reads (3× slower on the sample corpus).
 */
function loadFile(path: string, options: ReadOptions, knownSize?: number): Buffer | SourceError {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    const size = knownSize ?? statSync(path).size;
    if (size > max) return new SourceError(path, `is ${formatSize(size)}, over the ${formatSize(max)} size cap`);
    if (size === 0) return new SourceError(path, 'empty file');
    return readFileSync(path);
  } catch (e) {
    return new SourceError(path, describeFsError(e), { cause: e });
  }
}

async function* readStdin(options: ReadOptions): AsyncGenerator<ReadResult> {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of options.stdin ?? process.stdin) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    total += b.length;
    if (total > max) throw new SourceError('-', `stdin is over the ${formatSize(max)} size cap`);
    chunks.push(b);
  }
  yield* documentsFromSourceBytes(Buffer.concat(chunks, total), '-', options);
}

async function* readUrl(url: string, options: ReadOptions): AsyncGenerator<ReadResult> {
  const page = await fetchUrl(url, fetchOptions(options));
  const extra: DocumentOptions = { url: page.finalUrl };
  if (page.contentType) extra.contentType = page.contentType;
  const isHtml = page.contentType ? /html/i.test(page.contentType) : undefined;
  if (isHtml) extra.format = 'html';
  yield* documentsFromSourceBytes(page.bytes, url, options, extra);
}

/** Decodes one source's bytes and yields its articles: one for a page or text, several for JSON arrays and feeds. */
async function* documentsFromSourceBytes(bytes: Buffer, source: string, options: ReadOptions, extra: DocumentOptions = {}): AsyncGenerator<ReadResult> {
  const format = extra.format ?? formatFromName(source);
  const charset = declaredCharset(bytes, extra.contentType, format === 'html' || format === undefined);
  const { text, encoding } = decodeBytes(bytes, source, charset);
  if (format === 'feed' || (format !== 'json' && looksLikeFeed(text))) {
    yield* feedDocuments(text, encoding, source, options);
    return;
  }
  const docOptions = documentOptions(options, { ...extra, ...(format ? { format } : {}) });
  for (const document of documentsFromText(text, encoding, source, docOptions)) yield { ok: true, document };
}

/**
 * One document per feed item: from the item's own content when it holds real article text
 * (at least MIN_FEED_TEXT characters once cleaned), else by fetching the item's link.
 */
async function* feedDocuments(xml: string, encoding: string, source: string, options: ReadOptions): AsyncGenerator<ReadResult> {
  const items = parseFeed(xml);
  if (items.length === 0) throw new SourceError(source, 'feed without items');
  const feedId = documentId(source, xml);
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const itemSource = item.link ?? `${source}#${i + 1}`;
    yield* guard(itemSource, () => feedItemDocument(item, i, feedId, encoding, itemSource, options));
  }
}

async function* feedItemDocument(item: FeedItem, index: number, feedId: string, encoding: string, itemSource: string, options: ReadOptions): AsyncGenerator<ReadResult> {
  const given: Parameters<typeof articleDocument>[5] = {};
  if (item.title) given.title = item.title;
  if (item.author) given.author = item.author;
  if (item.link) given.url = item.link;
  if (item.published) given.published = { date: item.published, source: 'html-meta' };
  const id = item.link ? `url-${shortHash(item.link)}` : item.guid ? `feed-${shortHash(item.guid)}` : `${feedId}-${index + 1}`;
  if (item.contentHtml && htmlToArticle(item.contentHtml).text.replace(/\s+/g, '').length >= MIN_FEED_TEXT) {
    const document = articleDocument(item.contentHtml, encoding, 'html', itemSource, documentOptions(options, { id }), given);
    yield { ok: true, document };
    return;
  }
  if (!item.link) throw new SourceError(itemSource, 'feed item has neither article text nor a link');
  const page = await fetchUrl(item.link, fetchOptions(options));
  const charset = declaredCharset(page.bytes, page.contentType, true);
  const decoded = decodeBytes(page.bytes, item.link, charset);
  const document = articleDocument(decoded.text, decoded.encoding, 'html', item.link, documentOptions(options, { id, url: page.finalUrl }), given);
  yield { ok: true, document };
}

/** Feed items shorter than this (in non-space characters) are summaries: the linked page is read instead. */
const MIN_FEED_TEXT = 200;

function documentOptions(options: ReadOptions, extra: DocumentOptions): DocumentOptions {
  const o: DocumentOptions = { ...extra };
  if (options.published !== undefined) o.published = options.published;
  if (options.maxBytes !== undefined) o.maxBytes = options.maxBytes;
  return o;
}

function fetchOptions(options: ReadOptions) {
  const o: { maxBytes?: number; timeoutMs?: number; allowPrivateNetwork?: boolean } = {};
  if (options.maxBytes !== undefined) o.maxBytes = options.maxBytes;
  if (options.timeoutMs !== undefined) o.timeoutMs = options.timeoutMs;
  if (options.allowPrivateNetwork !== undefined) o.allowPrivateNetwork = options.allowPrivateNetwork;
  return o;
}

/** Runs one source's reader, turning any error into a failed result so the next source is still read. */
async function* guard(source: string, read: () => AsyncGenerator<ReadResult>): AsyncGenerator<ReadResult> {
  try {
    yield* read();
  } catch (e) {
    if (e instanceof SourceError) yield { ok: false, source: e.source, error: e };
    else yield failure(source, `could not be read: ${e instanceof Error ? e.message : String(e)}`, e);
  }
}

function failure(source: string, problem: string, cause?: unknown): ReadResult {
  return { ok: false, source, error: new SourceError(source, problem, cause === undefined ? undefined : { cause }) };
}
