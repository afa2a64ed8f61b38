import type { FastifyInstance } from 'fastify';

export interface ResponseCacheOptions {
  /** How long an answer is reused; 0 turns the cache off. */
  ttlMs: number;
  /** Most answers kept (least recently used go first). */
  maxEntries: number;
}

interface Entry {
  body: string;
  contentType: string;
  expires: number;
}

/**
 * Reuses the JSON answers of GET /api requests for a few seconds: many people opening the same
 * organisation page cost one query. Any write through this server (POST) empties the cache at once,
 * so a reviewer sees their own decision; a write by another process (an ingest running beside the
 * server) shows within `ttlMs`.
 */
export function registerResponseCache(app: FastifyInstance, options: ResponseCacheOptions): void {
  if (options.ttlMs <= 0) return;
  const entries = new Map<string, Entry>();

  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' || !request.url.startsWith('/api/')) return;
    const entry = entries.get(request.url);
    if (!entry) return;
    if (entry.expires <= Date.now()) {
      entries.delete(request.url);
      return;
    }
    // Refresh its place in the LRU order.
    entries.delete(request.url);
    entries.set(request.url, entry);
    return reply.header('content-type', entry.contentType).header('x-cache', 'hit').send(entry.body);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method === 'POST' && reply.statusCode < 400) entries.clear();
    if (request.method !== 'GET' || reply.statusCode !== 200 || typeof payload !== 'string' || reply.getHeader('x-cache') === 'hit') return payload;
    const contentType = String(reply.getHeader('content-type') ?? '');
    if (!request.url.startsWith('/api/') || !contentType.startsWith('application/json')) return payload;
    entries.set(request.url, { body: payload, contentType, expires: Date.now() + options.ttlMs });
    while (entries.size > options.maxEntries) entries.delete(entries.keys().next().value!);
    return payload;
  });
}
