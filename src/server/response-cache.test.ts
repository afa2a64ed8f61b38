import { describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { registerResponseCache } from './response-cache.js';

/** A tiny app whose GET answers a counter, so a cached answer is visible as an old count. */
async function counterApp(ttlMs: number, staleMs = 0, now?: () => number) {
  const app = Fastify();
  registerResponseCache(app, { ttlMs, staleMs, maxEntries: 2, ...(now ? { now } : {}) });
  let count = 0;
  app.get('/api/orgs/:name', async (request) => ({ name: (request.params as { name: string }).name, count: ++count }));
  app.post('/api/review/aliases', async () => ({ ok: true }));
  app.post('/api/fails', async (_request, reply) => reply.status(400).send({ error: { code: 'bad_request', message: 'no' } }));
  await app.ready();
  const get = async (name: string) => {
    const response = await app.inject({ url: `/api/orgs/${encodeURIComponent(name)}` });
    return { count: response.json().count as number, hit: response.headers['x-cache'] === 'hit', stale: response.headers['x-cache'] === 'stale' };
  };
  return { app, get };
}

describe('the response cache', () => {
  it('answers the same organisation page twice from one query', async () => {
    const { get } = await counterApp(60_000);
    expect(await get('字节跳动')).toMatchObject({ count: 1, hit: false });
    expect(await get('字节跳动')).toMatchObject({ count: 1, hit: true });
    expect(await get('零一万物')).toMatchObject({ count: 2, hit: false });
  });

  it('forgets everything after a successful write, but not after a refused one', async () => {
    const { app, get } = await counterApp(60_000);
    await get('字节跳动');
    await app.inject({ method: 'POST', url: '/api/fails' });
    expect((await get('字节跳动')).hit).toBe(true);
    await app.inject({ method: 'POST', url: '/api/review/aliases' });
    expect(await get('字节跳动')).toMatchObject({ count: 2, hit: false });
  });

  it('gives a stale answer at once and refreshes it once in the background', async () => {
    let time = 1_000;
    const { get } = await counterApp(5_000, 60_000, () => time);
    expect(await get('字节跳动')).toMatchObject({ count: 1, hit: false });
    time += 6_000;
    expect(await get('字节跳动')).toMatchObject({ count: 1, stale: true });
    // The background refresh lands as a fresh answer (polled: it runs on its own).
    let answer = await get('字节跳动');
    for (let i = 0; i < 100 && answer.count === 1; i++) answer = await get('字节跳动');
    expect(answer).toMatchObject({ count: 2, hit: true });
    expect(await get('字节跳动')).toMatchObject({ count: 2, hit: true });
    time += 61_000 + 5_000;
    expect(await get('字节跳动')).toMatchObject({ count: 3, hit: false });
  });

  it('keeps at most maxEntries answers, dropping the least recently used', async () => {
    const { get } = await counterApp(60_000);
    await get('a');
    await get('b');
    await get('a');
    await get('c');
    expect((await get('a')).hit).toBe(true);
    expect((await get('b')).hit).toBe(false);
  });

  it('is off with a zero lifetime', async () => {
    const { get } = await counterApp(0);
    await get('字节跳动');
    expect(await get('字节跳动')).toMatchObject({ count: 2, hit: false });
  });
});
