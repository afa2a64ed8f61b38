import type { FastifyInstance } from 'fastify';
import type { RouteContext } from '../create-server.js';
import { search } from '../../analyze/index.js';
import { ERROR_RESPONSES, pageOf } from '../json-schemas.js';
import { schemaRef } from '../view-schemas.js';

type SearchKind = 'all' | 'people' | 'orgs' | 'articles';

/** Search across people, organisations and article text. */
export function registerSearchRoutes(api: FastifyInstance, { store }: RouteContext): void {
  api.get<{ Querystring: { q: string; kind: SearchKind; limit: number; offset: number } }>('/search', {
    schema: {
      tags: ['search'],
      summary: 'People, organisations and articles matching the text (Chinese works)',
      querystring: {
        type: 'object',
        properties: {
          q: { type: 'string', minLength: 1, maxLength: 200 },
          kind: { type: 'string', enum: ['all', 'people', 'orgs', 'articles'], default: 'all' },
          limit: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
          offset: { type: 'integer', minimum: 0, maximum: 1000, default: 0 },
        },
        required: ['q'],
        additionalProperties: false,
      },
      response: {
        200: {
          type: 'object',
          properties: {
            query: { type: 'string' },
            people: pageOf(schemaRef('PersonRef'), 'People'),
            orgs: pageOf(schemaRef('OrgRef'), 'Organisations'),
            documents: pageOf(schemaRef('DocumentHit'), 'Articles'),
          },
          required: ['query', 'people', 'orgs', 'documents'],
        },
        ...ERROR_RESPONSES,
      },
    },
  }, async (request) => {
    const { q, kind, limit, offset } = request.query;
    // search() takes a limit only: ask for the rows up to the end of this page and keep the page.
    const result = await search(store, q.trim(), { limit: offset + limit });
    const pageOfList = <T>(items: T[], wanted: boolean) => ({ items: wanted ? items.slice(offset, offset + limit) : [], total: wanted ? items.length : 0, limit, offset });
    return {
      query: q,
      people: pageOfList(result.people, kind === 'all' || kind === 'people'),
      orgs: pageOfList(result.orgs, kind === 'all' || kind === 'orgs'),
      documents: pageOfList(result.documents, kind === 'all' || kind === 'articles'),
    };
  });
}
