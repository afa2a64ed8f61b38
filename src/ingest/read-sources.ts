// PLACEHOLDER (owned by the ingest helper, who replaces this file): the contract only.
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { createHash } from 'node:crypto';
import type { Document } from './document.js';
import { SourceError } from '../errors.js';

export interface ReadOptions {
  /** Publication date override (YYYY, YYYY-MM or YYYY-MM-DD), as `--published`. */
  published?: string;
  /** Largest source accepted, in bytes. */
  maxBytes?: number;
  /** Allow URLs that resolve to loopback/private/link-local addresses. */
  allowPrivateNetwork?: boolean;
  /** Per-URL fetch timeout. */
  timeoutMs?: number;
}

export type ReadResult = { ok: true; document: Document } | { ok: false; source: string; error: SourceError };

/** Reads files, folders (recursively), `-` (stdin), URLs and RSS feeds into Documents, one result per article. */
export async function* readSources(inputs: string[], _options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  for (const input of inputs) {
    const text = await readFile(input, 'utf8');
    yield {
      ok: true,
      document: {
        id: basename(input, extname(input)),
        source: input,
        text,
        encoding: 'utf-8',
        format: 'text',
        contentHash: createHash('sha256').update(text).digest('hex'),
        messages: [],
      },
    };
  }
}
