import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'node:http';
import { call, listen, tempStore, type TestServer } from './test-server.js';

function getWithHost(url: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

// The server's contract, independent of the data: OpenAPI, error shape, limits, tokens, SPA serving.
describe('the API server contract', () => {
  let temp: Awaited<ReturnType<typeof tempStore>>;
  let server: TestServer;
  let secured: TestServer;
  let withWeb: TestServer;

  beforeAll(async () => {
    temp = await tempStore();
    server = await listen({ store: temp.store, bodyLimit: 64 * 1024 });
    secured = await listen({ store: temp.store, token: 'test-token-0123456789' });
    const webRoot = join(temp.dir, 'web');
    mkdirSync(join(webRoot, 'assets'), { recursive: true });
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Talentflow</title><div id="root"></div>');
    writeFileSync(join(webRoot, 'assets', 'app-1234.js'), 'console.log(1)');
    withWeb = await listen({ store: temp.store, webRoot });
  });

  afterAll(async () => {
    await Promise.all([server?.close(), secured?.close(), withWeb?.close()]);
    await temp?.store.close();
    temp?.remove();
  });

  it('publishes an OpenAPI 3 document generated from the route schemas', async () => {
    const { status, body } = await call(`${server.url}/api/openapi.json`);
    expect(status).toBe(200);
    expect(body.openapi).toMatch(/^3\./);
    const paths = Object.keys(body.paths);
    for (const path of ['/api/overview', '/api/moves', '/api/flows', '/api/net-flows', '/api/orgs/{org}', '/api/orgs/{org}/alumni', '/api/orgs/{org}/activity', '/api/orgs/{org}/network', '/api/people/{person}', '/api/articles', '/api/articles/{id}', '/api/review', '/api/review/facts/{factKey}', '/api/review/merge-people', '/api/review/merge-orgs', '/api/review/aliases', '/api/search']) {
      expect(paths, path).toContain(path);
    }
    // Query parameters are documented from the schemas, and write routes say they need the token.
    const moves = body.paths['/api/moves'].get;
    expect(moves.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['limit', 'offset', 'since', 'until']));
    expect(body.paths['/api/review/facts/{factKey}'].post.security).toEqual([{ bearerAuth: [] }]);
    expect(Object.keys(body.components.schemas)).toEqual(expect.arrayContaining(['FactView', 'ClaimView', 'PersonTimeline', 'OrgDetail']));
  });

  it('serves browsable API docs at /api/docs', async () => {
    const response = await fetch(`${server.url}/api/docs/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('swagger');
  });

  it('answers an unknown organisation with 404 and the JSON error shape', async () => {
    const { status, body } = await call(`${server.url}/api/orgs/${encodeURIComponent('没有这家公司')}`);
    expect(status).toBe(404);
    expect(body).toEqual({ error: { code: 'not_found', message: expect.stringContaining('没有这家公司') } });
  });

  it('refuses a page size over the limit with 400, naming the parameter, without a stack', async () => {
    const { status, body } = await call(`${server.url}/api/moves?limit=100000`);
    expect(status).toBe(400);
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.message).toContain('limit');
    expect(JSON.stringify(body)).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('answers unknown API paths and malformed JSON with the same error shape', async () => {
    const missing = await call(`${server.url}/api/nothing-here`);
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
    const malformed = await call(`${server.url}/api/review/aliases`, { method: 'POST', raw: '{"target": "org", ' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error).toMatchObject({ code: 'bad_request' });
  });

  it('caps request bodies', async () => {
    const { status, body } = await call(`${server.url}/api/articles`, { body: { text: '字'.repeat(100_000), published: '2025-01-01' } });
    expect(status).toBe(413);
    expect(body.error.code).toBe('payload_too_large');
  });

  it('requires the bearer token for writes when one is set, and leaves reads open', async () => {
    const body = { target: 'org', id: 1, alias: 'Example' };
    const without = await call(`${secured.url}/api/review/aliases`, { body });
    expect(without.status).toBe(401);
    expect(without.body.error.code).toBe('unauthorized');
    const wrong = await call(`${secured.url}/api/review/aliases`, { body, headers: { authorization: 'Bearer not-the-token-000000' } });
    expect(wrong.status).toBe(401);
    // With the token the request reaches the route (and fails there: no organisation 1 in an empty store).
    const right = await call(`${secured.url}/api/review/aliases`, { body, headers: { authorization: 'Bearer test-token-0123456789' } });
    expect(right.status).toBe(404);
    expect((await call(`${secured.url}/api/overview`)).status).toBe(200);
  });

  it('refuses a foreign Host header while writes are open (DNS rebinding)', async () => {
    // fetch() cannot set Host; node:http can, as a rebinding page's browser would send it.
    const foreign = await getWithHost(`${server.url}/api/overview`, 'attacker.example');
    expect(foreign.status).toBe(403);
    expect(JSON.parse(foreign.body).error.code).toBe('forbidden');
    expect((await getWithHost(`${server.url}/api/overview`, `localhost:${new URL(server.url).port}`)).status).toBe(200);
  });

  it('serves the dashboard with a single-page fallback for shared links, but not for missing assets', async () => {
    const page = await fetch(`${withWeb.url}/org/${encodeURIComponent('字节跳动')}?lang=en`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const dotted = await fetch(`${withWeb.url}/org/Character.AI`, { headers: { accept: 'text/html' } });
    expect(dotted.status).toBe(200);
    const asset = await fetch(`${withWeb.url}/assets/app-1234.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${withWeb.url}/assets/gone-0000.js`)).status).toBe(404);
    const api = await call(`${withWeb.url}/api/nope`, { headers: { accept: 'text/html' } });
    expect(api.status).toBe(404);
    expect(api.body.error.code).toBe('not_found');
  });
});
