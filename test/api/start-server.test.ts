import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { ingestSampleIfEmpty } from '../../src/server/sample-corpus.js';
import { UsageError } from '../../src/errors.js';
import { SEEDS_DIR, tempStore } from './test-server.js';

// What `talentflow serve --sample` does before and while it listens.
describe('starting the server', () => {
  let temp: Awaited<ReturnType<typeof tempStore>>;
  let running: RunningServer;

  beforeAll(async () => {
    temp = await tempStore();
    running = await startServer(temp.store, { host: '127.0.0.1', port: 0, webRoot: null });
  });

  afterAll(async () => {
    await running?.close();
    await temp?.store.close();
    temp?.remove();
  });

  it('prints a localhost address for a loopback host and leaves writes open there', async () => {
    expect(running.url).toMatch(/^http:\/\/localhost:\d+$/);
    if (!process.env.TALENTFLOW_TOKEN) expect(running.token).toEqual({ token: null, origin: 'none' });
    const response = await fetch(`${running.url.replace('localhost', '127.0.0.1')}/api/health`);
    expect(await response.json()).toEqual({ ok: true });
  });

  it('says which port is taken instead of failing with a stack', async () => {
    const port = Number(new URL(running.url).port);
    const attempt = startServer(temp.store, { host: '127.0.0.1', port, webRoot: null });
    await expect(attempt).rejects.toBeInstanceOf(UsageError);
    await expect(attempt).rejects.toThrow(`port ${port} on 127.0.0.1 is in use`);
  });

  it('fills an empty store with the sample articles once, and leaves a filled store alone', async () => {
    const first = await ingestSampleIfEmpty(temp.store, SEEDS_DIR);
    expect(first?.documents.new).toBe(5);
    expect(await ingestSampleIfEmpty(temp.store, SEEDS_DIR)).toBeNull();
  });

  it('serves an empty store when there is no sample corpus beside the repository', async () => {
    const other = await tempStore();
    try {
      expect(await ingestSampleIfEmpty(other.store, `${other.dir}/no-such-folder`)).toBeNull();
    } finally {
      await other.store.close();
      other.remove();
    }
  });
});
