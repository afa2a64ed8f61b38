import type { FastifyInstance } from 'fastify';
import type { RouteContext } from '../create-server.js';
import { registerOverviewRoutes } from './overview-routes.js';
import { registerOrgRoutes } from './org-routes.js';
import { registerPersonRoutes } from './person-routes.js';
import { registerArticleRoutes } from './article-routes.js';
import { registerReviewRoutes } from './review-routes.js';
import { registerSearchRoutes } from './search-routes.js';

/** Every route under /api. Each module validates input, calls the analytics, and shapes the JSON. */
export async function registerApiRoutes(api: FastifyInstance, context: RouteContext): Promise<void> {
  api.get('/health', { schema: { tags: ['meta'], summary: 'Liveness', response: { 200: { type: 'object', properties: { ok: { type: 'boolean' } }, required: ['ok'] } } } }, async () => ({ ok: true }));
  registerOverviewRoutes(api, context);
  registerOrgRoutes(api, context);
  registerPersonRoutes(api, context);
  registerArticleRoutes(api, context);
  registerReviewRoutes(api, context);
  registerSearchRoutes(api, context);
}
