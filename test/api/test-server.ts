import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { openStore } from '../../src/store/open-store.js';
import type { TalentStore } from '../../src/store/schema.js';
import { ingestDocuments, type IngestSummary } from '../../src/pipeline/ingest-documents.js';
import { createServer, type ServerOptions } from '../../src/server/create-server.js';

/** The sample articles, read from the shared folder beside the repository at run time. */
export const SEEDS_DIR = fileURLToPath(new URL('../../../shared/corpus/seeds', import.meta.url));

/** A fresh SQLite store in its own temporary folder. */
export async function tempStore(): Promise<{ store: TalentStore; path: string; dir: string; remove(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'talentflow-api-'));
  const path = join(dir, 'talent.db');
  const store = await openStore(path);
  return { store, path, dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Ingests the sample corpus through the real pipeline (reader, extractor, resolution). */
export async function ingestSeeds(store: TalentStore): Promise<IngestSummary> {
  const summary = await ingestDocuments(store, [SEEDS_DIR]);
  if (summary.documents.failed > 0) throw new Error(`seed ingest failed: ${JSON.stringify(summary.failures)}`);
  return summary;
}

export interface TestServer {
  app: FastifyInstance;
  /** http://127.0.0.1:<random port> */
  url: string;
  close(): Promise<void>;
}

/** A real server on a random loopback port. */
export async function listen(options: ServerOptions): Promise<TestServer> {
  const app = await createServer({ webRoot: null, ...options });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address !== 'object') throw new Error('server has no address');
  return { app, url: `http://127.0.0.1:${address.port}`, close: () => app.close() };
}

/** GET or POST JSON; answers the status and the parsed body. */
export async function call<T = any>(url: string, init: { method?: string; body?: unknown; headers?: Record<string, string>; raw?: string } = {}): Promise<{ status: number; body: T; headers: Headers }> {
  const headers: Record<string, string> = { ...(init.headers ?? {}) };
  if (init.body !== undefined || init.raw !== undefined) headers['content-type'] ??= 'application/json';
  const response = await fetch(url, { method: init.method ?? (init.body !== undefined ? 'POST' : 'GET'), headers, body: init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body)) });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: body as T, headers: response.headers };
}
