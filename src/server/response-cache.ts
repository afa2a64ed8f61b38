import type { FastifyInstance } from 'fastify';

export interface ResponseCacheOptions {
  /** How long an answer is fresh; 0 turns the cache off. */
  ttlMs: number;
  /**
   * How long past that an answer may still be given while one refresh runs in the background
   * (stale-while-revalidate): a slow view costs its query time once per period, not per request.
   */
  staleMs: number;
  /** Most answers kept (least recently used go first). */
  maxEntries: number;
  /** The clock (tests set their own). */
  now?: () => number;
}

interface Entry {
  body: string;
  contentType: string;
  freshUntil: number;
  staleUntil: number;
  refreshing: boolean;
}

/** Marks the server's own background refresh, which must reach the route, not the cache. */
const REFRESH_HEADER = 'x-talentflow-cache-refresh';

/**
 * Reuses the JSON answers of GET /api requests: many people opening the same organisation page cost
 * one query. Any write through this server (a POST that succeeds) empties the cache at once, so a
 * reviewer sees their own decision; a write by another process (an ingest running beside the
 * server) shows within `ttlMs` plus one refresh.
 */
export function registerResponseCache(app: FastifyInstance, options: ResponseCacheOptions): void {
  if (options.ttlMs <= 0) return;
  const entries = new Map<string, Entry>();
  const clock = options.now ?? Date.now;
  let generation = 0;

  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' || !request.url.startsWith('/api/') || request.headers[REFRESH_HEADER]) return;
    const entry = entries.get(request.url);
    const now = clock();
    if (!entry || entry.staleUntil <= now) {
      if (entry) entries.delete(request.url);
      return;
    }
    // Refresh its place in the LRU order.
    entries.delete(request.url);
    entries.set(request.url, entry);
    if (entry.freshUntil <= now && !entry.refreshing) {
      entry.refreshing = true;
      const started = generation;
      void app
        .inject({ method: 'GET', url: request.url, headers: { [REFRESH_HEADER]: '1', host: 'localhost' } })
        .catch(() => undefined)
        .finally(() => {
          // A failed refresh leaves the old answer to expire; a write meanwhile has emptied the cache.
          if (started === generation && entries.get(request.url) === entry) entry.refreshing = false;
        });
    }
    return reply.header('content-type', entry.contentType).header('x-cache', entry.freshUntil > now ? 'hit' : 'stale').send(entry.body);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method === 'POST' && reply.statusCode < 400) {
      entries.clear();
      generation++;
    }
    if (request.method !== 'GET' || reply.statusCode !== 200 || typeof payload !== 'string' || reply.getHeader('x-cache')) return payload;
    const contentType = String(reply.getHeader('content-type') ?? '');
    if (!request.url.startsWith('/api/') || !contentType.startsWith('application/json')) return payload;
    const now = clock();
    entries.delete(request.url);
    entries.set(request.url, { body: payload, contentType, freshUntil: now + options.ttlMs, staleUntil: now + options.ttlMs + options.staleMs, refreshing: false });
    while (entries.size > options.maxEntries) entries.delete(entries.keys().next().value!);
    return payload;
  });
}
