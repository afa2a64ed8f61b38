import type { FastifyInstance } from 'fastify';
import type { RouteContext } from '../create-server.js';
import { countSectors, getOrg, getOrgActivity, getOrgNetwork, listAlumni, listArrivals, listDepartures, listFounders } from '../../analyze/index.js';
import { ERROR_RESPONSES, PAGE_QUERY_PROPERTIES, PARTIAL_DATE, pageOf } from '../json-schemas.js';
import { schemaList, schemaRef } from '../view-schemas.js';
import { periodOf, type PageQuery, type PeriodQuery } from './query-values.js';

/** The organisation path parameter: its canonical name or an alias (字节跳动, ByteDance, 字节). */
const ORG_PARAMS = {
  type: 'object',
  properties: { org: { type: 'string', minLength: 1, maxLength: 200, description: 'Organisation name or alias' } },
  required: ['org'],
} as const;

const PERIOD_PAGE_QUERY = {
  type: 'object',
  properties: { ...PAGE_QUERY_PROPERTIES, since: PARTIAL_DATE, until: PARTIAL_DATE },
  additionalProperties: false,
} as const;

type OrgParams = { Params: { org: string } };

/** One organisation: detail, activity over time, alumni (the 字节帮 view), founders, sectors, network. */
export function registerOrgRoutes(api: FastifyInstance, { store }: RouteContext): void {
  api.get<OrgParams>('/orgs/:org', {
    schema: { tags: ['organisations'], summary: 'An organisation with parent, subsidiaries, aliases, units and counts', params: ORG_PARAMS, response: { 200: schemaRef('OrgDetail'), ...ERROR_RESPONSES } },
  }, async (request) => getOrg(store, request.params.org));

  api.get<OrgParams & { Querystring: PeriodQuery & { period: 'month' | 'quarter' } }>('/orgs/:org/activity', {
    schema: {
      tags: ['organisations'],
      summary: 'Departures and arrivals per month or quarter',
      params: ORG_PARAMS,
      querystring: { type: 'object', properties: { period: { type: 'string', enum: ['month', 'quarter'], default: 'quarter' }, since: PARTIAL_DATE, until: PARTIAL_DATE }, additionalProperties: false },
      response: { 200: schemaRef('OrgActivity'), ...ERROR_RESPONSES },
    },
  }, async (request) => getOrgActivity(store, request.params.org, { ...periodOf(request.query), period: request.query.period }));

  api.get<OrgParams & { Querystring: PageQuery & PeriodQuery }>('/orgs/:org/alumni', {
    schema: {
      tags: ['organisations'],
      summary: 'People who left the organisation (units and subsidiaries included), where they went, what they founded',
      params: ORG_PARAMS,
      querystring: PERIOD_PAGE_QUERY,
      response: {
        200: { ...pageOf(schemaRef('Alumnus'), 'A page of alumni'), properties: { ...pageOf(schemaRef('Alumnus'), '').properties, org: schemaRef('OrgRef') } },
        ...ERROR_RESPONSES,
      },
    },
  }, async (request) => {
    const { limit, offset } = request.query;
    const result = await listAlumni(store, request.params.org, { ...periodOf(request.query), limit, offset });
    return { ...result, limit, offset };
  });

  for (const [path, list, summary] of [
    ['departures', listDepartures, '`left` claims of the organisation, latest first'],
    ['arrivals', listArrivals, '`joined` and `founded` claims of the organisation, latest first'],
  ] as const) {
    api.get<OrgParams & { Querystring: PageQuery & PeriodQuery }>(`/orgs/:org/${path}`, {
      schema: { tags: ['organisations'], summary, params: ORG_PARAMS, querystring: PERIOD_PAGE_QUERY, response: { 200: pageOf(schemaRef('ClaimView'), `A page of ${path}`), ...ERROR_RESPONSES } },
    }, async (request) => {
      const { limit, offset } = request.query;
      const page = await list(store, request.params.org, { ...periodOf(request.query), limit, offset });
      return { ...page, limit, offset };
    });
  }

  api.get<OrgParams & { Querystring: PageQuery & PeriodQuery & { sector?: string } }>('/orgs/:org/founders', {
    schema: {
      tags: ['organisations'],
      summary: 'Alumni who founded companies: what, when, in which sector',
      params: ORG_PARAMS,
      querystring: { ...PERIOD_PAGE_QUERY, properties: { ...PERIOD_PAGE_QUERY.properties, sector: { type: 'string', minLength: 1, maxLength: 100 } } },
      response: { 200: pageOf(schemaRef('Founder'), 'A page of founders'), ...ERROR_RESPONSES },
    },
  }, async (request) => {
    const { limit, offset, sector } = request.query;
    const page = await listFounders(store, { ...periodOf(request.query), limit, offset, alumniOf: request.params.org, ...(sector ? { sector } : {}) });
    return { ...page, limit, offset };
  });

  api.get<OrgParams & { Querystring: PeriodQuery }>('/orgs/:org/sectors', {
    schema: {
      tags: ['organisations'],
      summary: 'Sectors of the companies the alumni founded, with counts',
      params: ORG_PARAMS,
      querystring: { type: 'object', properties: { since: PARTIAL_DATE, until: PARTIAL_DATE }, additionalProperties: false },
      response: {
        200: { type: 'object', properties: { sectors: schemaList({ type: 'object', properties: { sector: { type: 'string' }, founded: { type: 'integer' } }, required: ['sector', 'founded'] }) }, required: ['sectors'] },
        ...ERROR_RESPONSES,
      },
    },
  }, async (request) => ({ sectors: await countSectors(store, { ...periodOf(request.query), alumniOf: request.params.org }) }));

  api.get<OrgParams & { Querystring: { limit: number } }>('/orgs/:org/network', {
    schema: {
      tags: ['organisations'],
      summary: 'Ego network: the organisation, people who left or joined it, and where they went next',
      params: ORG_PARAMS,
      querystring: { type: 'object', properties: { limit: { type: 'integer', minimum: 1, maximum: 500, default: 80, description: 'People drawn at most' } }, additionalProperties: false },
      response: { 200: schemaRef('OrgNetwork'), ...ERROR_RESPONSES },
    },
  }, async (request) => getOrgNetwork(store, request.params.org, { limit: request.query.limit }));
}
