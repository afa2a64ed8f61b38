import type { FastifyInstance } from 'fastify';
import type { RouteContext } from '../create-server.js';
import { getFlows, getNetFlows, getOverview, listBoomerangs, listLatestMoves } from '../../analyze/index.js';
import { ERROR_RESPONSES, PAGE_QUERY_PROPERTIES, PARTIAL_DATE, pageOf } from '../json-schemas.js';
import { schemaList, schemaRef } from '../view-schemas.js';
import { periodOf, type PageQuery, type PeriodQuery } from './query-values.js';

/** Store-wide views: counts, the latest moves, net flows, flows between organisations, boomerangs. */
export function registerOverviewRoutes(api: FastifyInstance, { store }: RouteContext): void {
  api.get('/overview', {
    schema: { tags: ['overview'], summary: 'Counts of articles, facts, people, organisations, moves and the review queue', response: { 200: schemaRef('Overview'), ...ERROR_RESPONSES } },
  }, async () => getOverview(store));

  api.get<{ Querystring: PageQuery & PeriodQuery }>('/moves', {
    schema: {
      tags: ['overview'],
      summary: 'Moves (left A → joined or founded B), latest first',
      querystring: { type: 'object', properties: { ...PAGE_QUERY_PROPERTIES, since: PARTIAL_DATE, until: PARTIAL_DATE }, additionalProperties: false },
      response: { 200: pageOf(schemaRef('MoveView'), 'A page of moves'), ...ERROR_RESPONSES },
    },
  }, async (request) => {
    const { limit, offset } = request.query;
    const page = await listLatestMoves(store, { ...periodOf(request.query), limit, offset });
    return { ...page, limit, offset };
  });

  api.get<{ Querystring: PeriodQuery & { limit: number } }>('/net-flows', {
    schema: {
      tags: ['overview'],
      summary: 'Top net exporters and importers of talent (arrivals − departures)',
      querystring: { type: 'object', properties: { limit: { type: 'integer', minimum: 1, maximum: 100, default: 10 }, since: PARTIAL_DATE, until: PARTIAL_DATE }, additionalProperties: false },
      response: {
        200: { type: 'object', properties: { exporters: schemaList(schemaRef('NetFlow')), importers: schemaList(schemaRef('NetFlow')) }, required: ['exporters', 'importers'] },
        ...ERROR_RESPONSES,
      },
    },
  }, async (request) => getNetFlows(store, { ...periodOf(request.query), limit: request.query.limit }));

  api.get<{ Querystring: PeriodQuery & { top: number; by: 'org' | 'kind'; sector?: string; relation?: 'joined' | 'founded' } }>('/flows', {
    schema: {
      tags: ['overview'],
      summary: 'Flows between organisations or organisation kinds, for a Sankey',
      querystring: {
        type: 'object',
        properties: {
          since: PARTIAL_DATE,
          until: PARTIAL_DATE,
          top: { type: 'integer', minimum: 1, maximum: 500, default: 30, description: 'Largest flows kept' },
          by: { type: 'string', enum: ['org', 'kind'], default: 'org' },
          sector: { type: 'string', minLength: 1, maxLength: 100, description: 'Only moves into organisations of this sector' },
          relation: { type: 'string', enum: ['joined', 'founded'], description: 'Only moves that end with this relation' },
        },
        additionalProperties: false,
      },
      response: {
        200: { type: 'object', properties: { by: { type: 'string', enum: ['org', 'kind'] }, flows: schemaList(schemaRef('Flow')) }, required: ['by', 'flows'] },
        ...ERROR_RESPONSES,
      },
    },
  }, async (request) => {
    const { top, by, sector, relation } = request.query;
    const flows = await getFlows(store, { ...periodOf(request.query), top, by, sector, relation });
    return { by, flows };
  });

  api.get<{ Querystring: PageQuery & { org?: string } }>('/boomerangs', {
    schema: {
      tags: ['overview'],
      summary: 'People who went back to an organisation they had left',
      querystring: { type: 'object', properties: { ...PAGE_QUERY_PROPERTIES, org: { type: 'string', minLength: 1, maxLength: 200 } }, additionalProperties: false },
      response: { 200: pageOf(schemaRef('Boomerang'), 'A page of boomerangs'), ...ERROR_RESPONSES },
    },
  }, async (request) => {
    const { limit, offset, org } = request.query;
    const page = await listBoomerangs(store, { limit, offset, ...(org ? { org } : {}) });
    return { ...page, limit, offset };
  });
}
