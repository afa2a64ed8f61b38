import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { SourceError } from '../errors.js';
import { nonPublicKind } from './check-address.js';
import { formatSize } from './format-size.js';

export interface FetchOptions {
  /** Largest body accepted, in bytes (default 20 MB); the download is aborted past it. */
  maxBytes?: number;
  /** Time for the whole fetch, redirects and body included (default 15 s). */
  timeoutMs?: number;
  /** Allow addresses that resolve to loopback, private, link-local… networks (default false). */
  allowPrivateNetwork?: boolean;
  /** Redirects followed at most (default 5). */
  maxRedirects?: number;
}

export interface FetchedPage {
  /** The address asked for. */
  url: string;
  /** The address the body came from, after redirects. */
  finalUrl: string;
  bytes: Buffer;
  contentType?: string;
}

/**
 * Downloads one http(s) page safely: every hop's host is resolved and refused when any of its
 * addresses is not public (unless allowPrivateNetwork), redirects are followed by hand (at most 5,
 * each re-checked), the body is streamed and cut off past maxBytes, and the whole fetch is bounded
 * by timeoutMs. Throws SourceError naming the URL and the problem.
 */
export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const maxBytes = options.maxBytes ?? 20 * 1024 * 1024;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxRedirects = options.maxRedirects ?? 5;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let current = url;
    for (let hop = 0; ; hop++) {
      const target = parseHttpUrl(url, current);
      await assertPublicHost(url, target, options.allowPrivateNetwork ?? false);
      const res = await fetch(target, {
        redirect: 'manual',
        signal: controller.signal,
        headers: { accept: ACCEPT, 'user-agent': USER_AGENT },
      }).catch((e: unknown) => {
        throw networkError(url, e, controller.signal.aborted, timeoutMs);
      });
      if (REDIRECT.has(res.status)) {
        await res.body?.cancel();
        const location = res.headers.get('location');
        if (!location) throw new SourceError(url, `HTTP ${res.status} redirect without a Location header`);
        if (hop >= maxRedirects) throw new SourceError(url, `too many redirects (more than ${maxRedirects})`);
        current = new URL(location, target).href;
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel();
        throw new SourceError(url, `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
      }
      const declared = Number(res.headers.get('content-length') ?? NaN);
      if (declared > maxBytes) {
        await res.body?.cancel();
        throw new SourceError(url, `is ${formatSize(declared)}, over the ${formatSize(maxBytes)} size cap`);
      }
      const bytes = await readCapped(url, res, maxBytes, controller, timeoutMs);
      const page: FetchedPage = { url, finalUrl: target.href, bytes };
      const contentType = res.headers.get('content-type');
      if (contentType) page.contentType = contentType;
      return page;
    }
  } finally {
    clearTimeout(timer);
  }
}

/** True for strings readSources treats as URLs. */
export function isHttpUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

const REDIRECT = new Set([301, 302, 303, 307, 308]);
const ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5';
const USER_AGENT = 'talentflow/0.1 (news reader; +https://github.com/talentflow)';

function parseHttpUrl(asked: string, href: string): URL {
  let u: URL;
  try {
    u = new URL(href);
  } catch {
    throw new SourceError(asked, `not a valid URL: ${href}`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new SourceError(asked, `only http and https URLs are read${href === asked ? '' : ` (redirected to ${u.protocol} ${href})`}`);
  }
  return u;
}

async function assertPublicHost(asked: string, target: URL, allowPrivate: boolean): Promise<void> {
  const host = target.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
    } catch (e) {
      const code = (e as { code?: string }).code;
      throw new SourceError(asked, code === 'ENOTFOUND' ? `host ${host} not found` : `cannot resolve host ${host} (${code ?? String(e)})`);
    }
  }
  if (allowPrivate) return;
  for (const address of addresses) {
    const kind = nonPublicKind(address);
    if (kind) {
      throw new SourceError(
        asked,
        `refused: ${host} resolves to ${address} (${kind} address); pass allowPrivateNetwork (--allow-private-network) to read it`,
      );
    }
  }
}

async function readCapped(url: string, res: Response, maxBytes: number, controller: AbortController, timeoutMs: number): Promise<Buffer> {
  if (!res.body) return Buffer.alloc(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        controller.abort();
        throw new SourceError(url, `is over the ${formatSize(maxBytes)} size cap (download stopped)`);
      }
      chunks.push(value);
    }
  } catch (e) {
    if (e instanceof SourceError) throw e;
    throw networkError(url, e, controller.signal.aborted, timeoutMs);
  }
  return Buffer.concat(chunks, total);
}

function networkError(url: string, e: unknown, aborted: boolean, timeoutMs: number): SourceError {
  if (aborted) return new SourceError(url, `timed out after ${timeoutMs / 1000} s`);
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code;
  const words: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset',
    ENOTFOUND: 'host not found',
    ETIMEDOUT: 'connection timed out',
    EHOSTUNREACH: 'host unreachable',
    CERT_HAS_EXPIRED: 'TLS certificate expired',
  };
  return new SourceError(url, `cannot fetch: ${(code && words[code]) ?? cause?.message ?? (e instanceof Error ? e.message : String(e))}`, { cause: e });
}
