import type { FastifyError } from 'fastify';
import { NotFoundError, SourceError, StoreError, TalentflowError, UsageError } from '../errors.js';

/** The one error shape every API response uses: `{error: {code, message}}`, never a stack. */
export interface ErrorBody {
  error: { code: string; message: string };
}

export interface ErrorReply {
  status: number;
  body: ErrorBody;
  /** True when the error is a bug or an outage the operator should see in the log. */
  internal: boolean;
}

/** Maps any thrown value to an HTTP status and the JSON error body. */
export function errorReply(err: unknown): ErrorReply {
  if (err instanceof NotFoundError) return reply(404, 'not_found', err.message);
  if (err instanceof UsageError) return reply(400, 'bad_request', err.message);
  if (err instanceof SourceError) return reply(422, 'source_error', err.message);
  if (err instanceof StoreError) return { ...reply(500, 'store_error', err.message), internal: true };
  if (err instanceof TalentflowError) return reply(400, 'bad_request', err.message);
  const fastifyError = err as Partial<FastifyError> | null;
  if (fastifyError && typeof fastifyError === 'object') {
    if (fastifyError.validation) return reply(400, 'invalid_request', fastifyError.message ?? 'invalid request');
    const status = fastifyError.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return reply(status, CLIENT_ERROR_CODES[status] ?? 'bad_request', fastifyError.message ?? 'bad request');
    }
  }
  return { ...reply(500, 'internal', 'Internal server error'), internal: true };
}

const CLIENT_ERROR_CODES: Record<number, string> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  406: 'not_acceptable',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'too_many_requests',
};

function reply(status: number, code: string, message: string): ErrorReply {
  return { status, body: { error: { code, message } }, internal: false };
}
