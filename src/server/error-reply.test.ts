import { describe, expect, it } from 'vitest';
import { errorReply } from './error-reply.js';
import { NotFoundError, SourceError, StoreError, UsageError } from '../errors.js';

describe('errorReply', () => {
  it('answers 404 with the message when an organisation is not in the store', () => {
    const r = errorReply(new NotFoundError('organisation 不存在公司 is not in the store'));
    expect(r).toEqual({ status: 404, internal: false, body: { error: { code: 'not_found', message: 'organisation 不存在公司 is not in the store' } } });
  });

  it('answers 400 for a bad parameter and 422 for a source that cannot be read', () => {
    expect(errorReply(new UsageError('limit must be at most 200')).status).toBe(400);
    const source = errorReply(new SourceError('http://127.0.0.1/', 'refused: loopback address'));
    expect(source.status).toBe(422);
    expect(source.body.error.message).toBe('http://127.0.0.1/: refused: loopback address');
  });

  it('keeps fastify client errors (body too large) with their status', () => {
    const err = Object.assign(new Error('Request body is too large'), { statusCode: 413, code: 'FST_ERR_CTP_BODY_TOO_LARGE' });
    expect(errorReply(err)).toMatchObject({ status: 413, body: { error: { code: 'payload_too_large' } } });
  });

  it('hides the message and stack of a bug behind a generic 500', () => {
    const r = errorReply(new TypeError("Cannot read properties of undefined (reading 'id')"));
    expect(r.status).toBe(500);
    expect(r.internal).toBe(true);
    expect(JSON.stringify(r.body)).not.toContain('undefined');
  });

  it('reports store failures as internal but with their message', () => {
    const r = errorReply(new StoreError('talentflow.db: database is locked'));
    expect(r).toMatchObject({ status: 500, internal: true, body: { error: { code: 'store_error', message: 'talentflow.db: database is locked' } } });
  });
});
