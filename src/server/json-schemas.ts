/**
 * JSON schemas shared by the routes. Fastify validates requests and serialises responses with them,
 * and @fastify/swagger turns them into /api/openapi.json, so the document is never written by hand.
 */

export const ERROR_SCHEMA = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { type: 'string' }, message: { type: 'string' } },
    },
  },
} as const;

/** The error responses every route can give, for the OpenAPI document. */
export const ERROR_RESPONSES = {
  400: { description: 'Invalid request', ...ERROR_SCHEMA },
  404: { description: 'Not found', ...ERROR_SCHEMA },
  500: { description: 'Server error', ...ERROR_SCHEMA },
} as const;

export const WRITE_ERROR_RESPONSES = {
  ...ERROR_RESPONSES,
  401: { description: 'Missing or wrong bearer token (required when the server listens beyond loopback)', ...ERROR_SCHEMA },
} as const;

export const MAX_PAGE_SIZE = 200;

/** limit/offset query parameters of every list endpoint. */
export const PAGE_QUERY_PROPERTIES = {
  limit: { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: 50, description: `Page size (at most ${MAX_PAGE_SIZE})` },
  offset: { type: 'integer', minimum: 0, maximum: 10_000_000, default: 0, description: 'Rows to skip' },
} as const;

/** A page of `item`: the rows, the total matching, and the limit/offset that produced it. */
export function pageOf(item: object, description: string) {
  return {
    description,
    type: 'object',
    required: ['items', 'total', 'limit', 'offset'],
    properties: {
      items: { type: 'array', items: item },
      total: { type: 'integer' },
      limit: { type: 'integer' },
      offset: { type: 'integer' },
    },
  } as const;
}

const nullableString = { type: ['string', 'null'] } as const;
const nullableInteger = { type: ['integer', 'null'] } as const;

/** Partial dates (YYYY, YYYY-MM, YYYY-MM-DD) as query parameters. */
export const PARTIAL_DATE = { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' } as const;

export const RELATION = { type: 'string', enum: ['joined', 'left', 'founded', 'stepped_down'] } as const;

export const SCHEMA_TYPES = { nullableString, nullableInteger } as const;

/**
 * An object whose listed fields are documented, and whose further fields pass through unchanged:
 * the analytics may add fields without the serializer silently dropping them.
 */
export function openObject(properties: Record<string, object>, required: string[] = []) {
  return { type: 'object', properties, required, additionalProperties: true } as const;
}
