import type { FastifyInstance } from 'fastify';
import type { RouteContext } from '../create-server.js';
import { findPeople, getPersonTimeline } from '../../analyze/index.js';
import { ERROR_RESPONSES } from '../json-schemas.js';
import { schemaList, schemaRef } from '../view-schemas.js';
import { personKey } from './query-values.js';

/** People: find by name, and one person's career timeline with evidence, sources and conflicts. */
export function registerPersonRoutes(api: FastifyInstance, { store }: RouteContext): void {
  api.get<{ Querystring: { name: string } }>('/people', {
    schema: {
      tags: ['people'],
      summary: 'People with this name or alias (same-named people kept apart are all listed)',
      querystring: { type: 'object', properties: { name: { type: 'string', minLength: 1, maxLength: 100 } }, required: ['name'], additionalProperties: false },
      response: { 200: { type: 'object', properties: { items: schemaList(schemaRef('PersonRef')) }, required: ['items'] }, ...ERROR_RESPONSES },
    },
  }, async (request) => ({ items: await findPeople(store, request.query.name) }));

  api.get<{ Params: { person: string } }>('/people/:person', {
    schema: {
      tags: ['people'],
      summary: 'A career timeline: every step with its evidence quoted, its sources, reported vs confirmed, and conflicts',
      params: { type: 'object', properties: { person: { type: 'string', minLength: 1, maxLength: 100, description: 'Person id, or a name' } }, required: ['person'] },
      response: { 200: schemaRef('PersonTimeline'), ...ERROR_RESPONSES },
    },
  }, async (request) => getPersonTimeline(store, personKey(request.params.person)));
}
