import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fastifyStatic from '@fastify/static';

/**
 * Serves the built dashboard with a single-page fallback: any GET outside /api that is not a file
 * answers index.html, so a shared link like /org/字节跳动 opens the right page. Without a build the
 * API still works and other paths say how to build the dashboard.
 */
export async function serveWebApp(app: FastifyInstance, webRoot: string | null): Promise<void> {
  const built = webRoot !== null && existsSync(join(webRoot, 'index.html'));
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.url.startsWith('/api') && String(reply.getHeader('content-type') ?? '').startsWith('text/html')) {
      for (const [name, value] of Object.entries(PAGE_HEADERS)) reply.header(name, value);
    }
    return payload;
  });
  if (built) {
    await app.register(fastifyStatic, { root: webRoot, prefix: '/', wildcard: true, index: ['index.html'], cacheControl: false, setHeaders: cacheHeaders });
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const isApi = path === '/api' || path.startsWith('/api/');
    if (!isApi && built && (request.method === 'GET' || request.method === 'HEAD') && wantsPage(request.headers.accept, path)) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    const message = isApi || built ? `${request.method} ${path} is not a route of this server (see /api/docs)` : 'The dashboard is not built: run `npm run build` (the API is at /api, its docs at /api/docs)';
    return reply.status(404).send({ error: { code: 'not_found', message } });
  });
}

/**
 * Defence in depth for the dashboard's pages: only its own scripts run (article text is rendered as
 * text anyway), it talks only to its own API, and other sites cannot frame it.
 */
const PAGE_HEADERS = {
  'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
} as const;

/** The folder web/dist of this package, from src/server or dist/server alike. */
export function defaultWebRoot(): string {
  return fileURLToPath(new URL('../../web/dist/', import.meta.url));
}

/** Hashed assets never change; index.html must be revalidated so a new build is picked up. */
function cacheHeaders(reply: FastifyReply, path: string): void {
  reply.header('cache-control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
}

/**
 * A page navigation (the browser asks for text/html) gets index.html; a missing asset
 * (/assets/x.js) stays a 404 so a stale script is not answered with HTML.
 */
function wantsPage(accept: string | undefined, path: string): boolean {
  if (path.startsWith('/assets/')) return false;
  return accept === undefined || accept.includes('text/html') || accept.includes('*/*');
}
