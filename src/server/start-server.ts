import type { FastifyInstance } from 'fastify';
import type { TalentStore } from '../store/schema.js';
import { UsageError } from '../errors.js';
import { createServer, type ServerOptions } from './create-server.js';
import { chooseApiToken, type ApiTokenChoice } from './api-token.js';
import { isLoopbackHost } from './is-loopback-host.js';

export interface StartOptions extends Omit<ServerOptions, 'store' | 'token'> {
  host: string;
  port: number;
}

export interface RunningServer {
  app: FastifyInstance;
  /** The address to open in a browser (http://localhost:4173 on loopback). */
  url: string;
  token: ApiTokenChoice;
  close(): Promise<void>;
}

/** Creates the server over `store`, chooses the write token for the host, and listens. */
export async function startServer(store: TalentStore, options: StartOptions): Promise<RunningServer> {
  const token = chooseApiToken(options.host);
  const app = await createServer({ ...options, store, token: token.token });
  try {
    await app.listen({ host: options.host, port: options.port });
  } catch (err) {
    await app.close();
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UsageError(`port ${options.port} on ${options.host} is in use: choose another with --port`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new UsageError(`cannot listen on ${options.host}: no such address on this machine (--host)`);
    if (code === 'EACCES') throw new UsageError(`not allowed to listen on port ${options.port}: choose a port above 1023 with --port`);
    throw err;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const shownHost = isLoopbackHost(options.host) ? 'localhost' : options.host.includes(':') ? `[${options.host}]` : options.host;
  return { app, url: `http://${shownHost}:${port}`, token, close: () => app.close() };
}
