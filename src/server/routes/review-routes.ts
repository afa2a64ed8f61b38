import type { FastifyInstance } from 'fastify';
import type { RouteContext } from '../create-server.js';
import { listReviewDecisions, listReviewQueue, recordReviewDecision } from '../../analyze/index.js';
import type { ReviewDecisionInput } from '../../analyze/index.js';
import { ERROR_RESPONSES, PAGE_QUERY_PROPERTIES, PARTIAL_DATE, WRITE_ERROR_RESPONSES, pageOf } from '../json-schemas.js';
import { schemaRef } from '../view-schemas.js';
import type { PageQuery } from './query-values.js';

type Correction = Extract<ReviewDecisionInput, { action: 'correct' }>['changes'];

interface FactDecisionBody {
  action: 'accept' | 'reject' | 'correct';
  correction?: Correction;
  author?: string;
}

const AUTHOR = { type: 'string', maxLength: 100, description: 'Who decided (kept with the decision)' } as const;
const DECISION_RESPONSE = { 200: { type: 'object', properties: { decision: schemaRef('ReviewDecision') }, required: ['decision'] }, ...WRITE_ERROR_RESPONSES } as const;
const MERGE_BODY = {
  type: 'object',
  properties: {
    from: { type: 'integer', minimum: 1, description: 'The duplicate, merged away' },
    into: { type: 'integer', minimum: 1, description: 'The one kept' },
    author: AUTHOR,
  },
  required: ['from', 'into'],
  additionalProperties: false,
} as const;

/**
 * The review queue and the reviewer's decisions. Decisions are stored apart from extraction (by
 * fact key, stable across re-extraction) and re-applied after every re-ingest.
 */
export function registerReviewRoutes(api: FastifyInstance, { store }: RouteContext): void {
  api.get<{ Querystring: PageQuery }>('/review', {
    schema: {
      tags: ['review'],
      summary: 'Facts awaiting review, lowest confidence first',
      querystring: { type: 'object', properties: PAGE_QUERY_PROPERTIES, additionalProperties: false },
      response: { 200: pageOf(schemaRef('ReviewItem'), 'A page of the review queue'), ...ERROR_RESPONSES },
    },
  }, async (request) => {
    const { limit, offset } = request.query;
    return { ...(await listReviewQueue(store, { limit, offset })), limit, offset };
  });

  api.get<{ Querystring: PageQuery }>('/review/decisions', {
    schema: {
      tags: ['review'],
      summary: 'The decisions taken, oldest first (the order they are re-applied in)',
      querystring: { type: 'object', properties: PAGE_QUERY_PROPERTIES, additionalProperties: false },
      response: { 200: pageOf(schemaRef('ReviewDecision'), 'A page of decisions'), ...ERROR_RESPONSES },
    },
  }, async (request) => {
    const { limit, offset } = request.query;
    // listReviewDecisions answers them all (they are re-applied in order); the page is cut here.
    const all = await listReviewDecisions(store);
    return { items: all.slice(offset, offset + limit), total: all.length, limit, offset };
  });

  api.post<{ Params: { factKey: string }; Body: FactDecisionBody }>('/review/facts/:factKey', {
    config: { write: true },
    schema: {
      tags: ['review'],
      summary: 'Accept, reject or correct one fact',
      security: [{ bearerAuth: [] }],
      params: { type: 'object', properties: { factKey: { type: 'string', minLength: 1, maxLength: 200 } }, required: ['factKey'] },
      body: {
        type: 'object',
        properties: {
          action: { type: 'string', enum: ['accept', 'reject', 'correct'] },
          correction: {
            type: 'object',
            description: 'Fields to change (action "correct"); an empty string clears org, unit, role or date',
            properties: {
              person: { type: 'string', minLength: 1, maxLength: 100 },
              relation: { type: 'string', enum: ['joined', 'left', 'founded', 'stepped_down'] },
              org: { type: 'string', maxLength: 200 },
              unit: { type: 'string', maxLength: 200 },
              role: { type: 'string', maxLength: 200 },
              date: { anyOf: [PARTIAL_DATE, { type: 'string', maxLength: 0 }] },
              status: { type: 'string', enum: ['confirmed', 'reported'] },
            },
            additionalProperties: false,
          },
          author: AUTHOR,
        },
        required: ['action'],
        additionalProperties: false,
      },
      response: DECISION_RESPONSE,
    },
  }, async (request) => {
    const { action, correction, author } = request.body;
    const factKey = request.params.factKey;
    const who = author ? { author } : {};
    const decision: ReviewDecisionInput =
      action === 'correct' ? { action, factKey, changes: clearEmpty(correction ?? {}), ...who } : { action, factKey, ...who };
    return { decision: await recordReviewDecision(store, decision) };
  });

  for (const [path, action, summary] of [
    ['/review/merge-people', 'merge_people', 'Merge two people: `from` becomes `into` (facts, aliases, timeline)'],
    ['/review/merge-orgs', 'merge_orgs', 'Merge two organisations: `from` becomes `into`'],
  ] as const) {
    api.post<{ Body: { from: number; into: number; author?: string } }>(path, {
      config: { write: true },
      schema: { tags: ['review'], summary, security: [{ bearerAuth: [] }], body: MERGE_BODY, response: DECISION_RESPONSE },
    }, async (request) => {
      const { from, into, author } = request.body;
      return { decision: await recordReviewDecision(store, { action, from, into, ...(author ? { author } : {}) }) };
    });
  }

  api.post<{ Body: { target: 'person' | 'org'; id: number; alias: string; author?: string } }>('/review/aliases', {
    config: { write: true },
    schema: {
      tags: ['review'],
      summary: 'Add an alias to a person or an organisation',
      security: [{ bearerAuth: [] }],
      body: {
        type: 'object',
        properties: {
          target: { type: 'string', enum: ['person', 'org'] },
          id: { type: 'integer', minimum: 1 },
          alias: { type: 'string', minLength: 1, maxLength: 200 },
          author: AUTHOR,
        },
        required: ['target', 'id', 'alias'],
        additionalProperties: false,
      },
      response: DECISION_RESPONSE,
    },
  }, async (request) => {
    const { target, id, alias, author } = request.body;
    return { decision: await recordReviewDecision(store, { action: 'add_alias', target, id, alias, ...(author ? { author } : {}) }) };
  });
}

/** An empty string in a correction means "clear this field" (null); person and relation cannot be cleared. */
function clearEmpty(correction: Correction): Correction {
  const out: Correction = {};
  for (const [key, value] of Object.entries(correction) as Array<[keyof Correction, string]>) {
    (out as Record<string, unknown>)[key] = value === '' && key !== 'person' && key !== 'relation' ? null : value;
  }
  return out;
}
