import Fastify, { type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TalentStore } from '../store/schema.js';
import { readPackageVersion } from '../cli/package-version.js';
import { errorReply } from './error-reply.js';
import { bearerMatches } from './api-token.js';
import { isLoopbackHost } from './is-loopback-host.js';
import { serveWebApp, defaultWebRoot } from './serve-web-app.js';
import { registerApiRoutes } from './routes/register-api-routes.js';
import { VIEW_SCHEMAS } from './view-schemas.js';
import { registerResponseCache } from './response-cache.js';

export interface ServerOptions {
  store: TalentStore;
  /** Bearer token write endpoints require; null or absent leaves them open (loopback only). */
  token?: string | null;
  /** Folder of the built dashboard (web/dist); null serves the API alone. */
  webRoot?: string | null;
  /** Largest request body accepted, in bytes (pasted articles included). */
  bodyLimit?: number;
  /** Fastify's logger (pino); off by default so tests and the CLI stay quiet. */
  logger?: boolean;
  /** Let "Add an article" fetch URLs on loopback/private networks (tests only). */
  allowPrivateNetwork?: boolean;
  /** Limits of URL fetches made by "Add an article". */
  fetchTimeoutMs?: number;
  maxArticleBytes?: number;
  /**
   * Refuse requests whose Host header is not a loopback name while writes are open: a web page
   * elsewhere cannot reach the API through DNS rebinding. On by default when no token is set.
   */
  checkLoopbackHost?: boolean;
  /** Seconds-long reuse of GET /api answers (see response-cache.ts); 0 turns it off. */
  cacheTtlMs?: number;
}

/** What route handlers need, resolved from the options. */
export interface RouteContext {
  store: TalentStore;
  allowPrivateNetwork: boolean;
  fetchTimeoutMs: number;
  maxArticleBytes: number;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Marks a route that changes the store: it needs the bearer token when one is set. */
    write?: boolean;
  }
}

export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;
export const DEFAULT_CACHE_TTL_MS = 5_000;

/**
 * The REST API (and, when built, the dashboard) over one store. Routes declare their JSON schemas,
 * from which /api/openapi.json and the docs at /api/docs are generated; every error is
 * `{error: {code, message}}`. The caller listens (`app.listen`) and closes the store.
 */
export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  const token = options.token ?? null;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    // Query strings like ?sector=AI&sector=芯片 are not needed; keep the default parser.
    routerOptions: { ignoreTrailingSlash: true },
  });

  app.setErrorHandler((err, request, reply) => {
    const { status, body, internal } = errorReply(err);
    if (internal) request.log.error({ err }, 'request failed');
    void reply.status(status).type('application/json').send(body);
  });

  const checkHost = options.checkLoopbackHost ?? token === null;
  app.addHook('onRequest', async (request, reply) => {
    if (checkHost && !isLoopbackHost(hostName(request.headers.host))) {
      return reply.status(403).send({ error: { code: 'forbidden', message: `Host ${request.headers.host ?? '(none)'} is not served: open the dashboard at http://localhost` } });
    }
    if (token !== null && request.routeOptions.config?.write && !bearerMatches(request.headers.authorization, token)) {
      return reply
        .status(401)
        .header('www-authenticate', 'Bearer')
        .send({ error: { code: 'unauthorized', message: 'This endpoint changes the store: send Authorization: Bearer <token> (TALENTFLOW_TOKEN, or the token serve printed)' } });
    }
  });

  // After the host and token checks, so a cached answer is never a way around them.
  registerResponseCache(app, { ttlMs: options.cacheTtlMs ?? DEFAULT_CACHE_TTL_MS, staleMs: 60_000, maxEntries: 1000 });

  for (const schema of VIEW_SCHEMAS) app.addSchema(schema);
  await app.register(swagger, {
    // Shared schemas keep their $id as the component name (FactView, not def-3).
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Talentflow API',
        description: 'Career moves between organisations, extracted from the news: people, organisations, flows, articles and the review queue.',
        version: readPackageVersion(),
      },
      components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } } },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const context: RouteContext = {
    store: options.store,
    allowPrivateNetwork: options.allowPrivateNetwork ?? false,
    fetchTimeoutMs: options.fetchTimeoutMs ?? 15_000,
    maxArticleBytes: options.maxArticleBytes ?? 5 * 1024 * 1024,
  };
  await app.register(async (api) => registerApiRoutes(api, context), { prefix: '/api' });

  const webRoot = options.webRoot === undefined ? defaultWebRoot() : options.webRoot;
  await serveWebApp(app, webRoot);
  return app;
}

/** The name part of a Host header (`localhost:4173` → `localhost`, `[::1]:80` → `::1`). */
function hostName(header: string | undefined): string {
  if (!header) return '';
  if (header.startsWith('[')) return header.slice(1, header.indexOf(']'));
  const colon = header.lastIndexOf(':');
  return colon > 0 ? header.slice(0, colon) : header;
}
