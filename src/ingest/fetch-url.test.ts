import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchUrl } from './fetch-url.js';

// Every request in these tests goes to a server on 127.0.0.1; nothing leaves the machine.
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const hop = /^\/hop\/(\d+)$/.exec(url.pathname);
    if (hop) {
      const n = Number(hop[1]);
      res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/article' });
      res.end();
    } else if (url.pathname === '/article') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<html><body><p>沈一帆已于上月离职。</p></body></html>');
    } else if (url.pathname === '/big') {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(2 * 1024 * 1024) });
      res.end(Buffer.alloc(2 * 1024 * 1024, 0x61));
    } else if (url.pathname === '/big-chunked') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      let sent = 0;
      const more = () => {
        while (sent < 4 * 1024 * 1024) {
          sent += 64 * 1024;
          if (!res.write(Buffer.alloc(64 * 1024, 0x61))) return void res.once('drain', more);
        }
        res.end();
      };
      more();
    } else if (url.pathname === '/to-file') {
      res.writeHead(301, { location: 'file:///etc/passwd' });
      res.end();
    } else if (url.pathname === '/slow') {
      // never answers; the client's timeout must end the request
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not here');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const LOCAL = { allowPrivateNetwork: true };

describe('fetchUrl', () => {
  it('downloads a page when private networks are allowed', async () => {
    const page = await fetchUrl(`${base}/article`, LOCAL);
    expect(page.bytes.toString('utf8')).toContain('沈一帆已于上月离职。');
    expect(page.contentType).toBe('text/html; charset=utf-8');
  });

  it('refuses the same loopback URL without allowPrivateNetwork, naming the address', async () => {
    await expect(fetchUrl(`${base}/article`)).rejects.toThrow('refused: 127.0.0.1 resolves to 127.0.0.1 (loopback address)');
  });

  it('refuses localhost by its resolved address, not its name', async () => {
    const port = new URL(base).port;
    await expect(fetchUrl(`http://localhost:${port}/article`)).rejects.toThrow(/resolves to (127\.0\.0\.1|::1) \(loopback address\)/);
  });

  it('refuses private, link-local and unique-local literals before connecting', async () => {
    await expect(fetchUrl('http://169.254.169.254/latest/meta-data/')).rejects.toThrow('(link-local address)');
    await expect(fetchUrl('http://10.0.0.1/')).rejects.toThrow('(private address)');
    await expect(fetchUrl('http://[fd00::1]/')).rejects.toThrow('(unique-local address)');
    await expect(fetchUrl('http://0.0.0.0/')).rejects.toThrow('(unspecified address)');
  });

  it('follows up to five redirects', async () => {
    const page = await fetchUrl(`${base}/hop/4`, LOCAL);
    expect(page.finalUrl).toBe(`${base}/article`);
  });

  it('stops after five redirects', async () => {
    await expect(fetchUrl(`${base}/hop/5`, LOCAL)).rejects.toThrow('too many redirects (more than 5)');
  });

  it('checks every hop: a redirect to a file: URL is refused', async () => {
    await expect(fetchUrl(`${base}/to-file`, LOCAL)).rejects.toThrow('only http and https URLs are read (redirected to file: file:///etc/passwd)');
  });

  it('refuses a body whose declared length is over the cap', async () => {
    await expect(fetchUrl(`${base}/big`, { ...LOCAL, maxBytes: 1024 * 1024 })).rejects.toThrow('is 2 MB, over the 1 MB size cap');
  });

  it('stops a streamed body once it passes the cap', async () => {
    await expect(fetchUrl(`${base}/big-chunked`, { ...LOCAL, maxBytes: 1024 * 1024 })).rejects.toThrow('is over the 1 MB size cap (download stopped)');
  });

  it('gives up after the timeout', async () => {
    await expect(fetchUrl(`${base}/slow`, { ...LOCAL, timeoutMs: 300 })).rejects.toThrow('timed out after 0.3 s');
  });

  it('reports HTTP errors and non-http schemes', async () => {
    await expect(fetchUrl(`${base}/missing`, LOCAL)).rejects.toThrow(`${base}/missing: HTTP 404 Not Found`);
    await expect(fetchUrl('ftp://127.0.0.1/x', LOCAL)).rejects.toThrow('only http and https URLs are read');
  });
});
