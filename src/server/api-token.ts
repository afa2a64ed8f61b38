import { randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { homedir } from 'node:os';
import { isLoopbackHost } from './is-loopback-host.js';

export interface ApiTokenChoice {
  /** The token write endpoints require, or null when they are open (loopback, no token set). */
  token: string | null;
  /** Where the token came from, so `serve` can say so (and print a generated one). */
  origin: 'env' | 'file' | 'generated' | 'none';
  file?: string;
}

/**
 * Decides whether write endpoints need `Authorization: Bearer <token>`: always when TALENTFLOW_TOKEN
 * is set; otherwise only when the server listens beyond loopback, with a token generated at the
 * first such start and kept (mode 600) in `tokenFile` so later starts and clients reuse it.
 */
export function chooseApiToken(host: string, env: NodeJS.ProcessEnv = process.env, tokenFile = defaultTokenFile(env)): ApiTokenChoice {
  const fromEnv = env.TALENTFLOW_TOKEN?.trim();
  if (fromEnv) return { token: fromEnv, origin: 'env' };
  if (isLoopbackHost(host)) return { token: null, origin: 'none' };
  const saved = readSavedToken(tokenFile);
  if (saved) return { token: saved, origin: 'file', file: tokenFile };
  const token = randomBytes(24).toString('base64url');
  mkdirSync(dirname(tokenFile), { recursive: true, mode: 0o700 });
  writeFileSync(tokenFile, `${token}\n`, { mode: 0o600 });
  chmodSync(tokenFile, 0o600);
  return { token, origin: 'generated', file: tokenFile };
}

/** Constant-time check of an `Authorization` header against the expected token. */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) return false;
  const given = Buffer.from(match[1]);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function defaultTokenFile(env: NodeJS.ProcessEnv): string {
  const base = env.XDG_CONFIG_HOME || join(homedir(), '.config');
  return join(base, 'talentflow', 'api-token');
}

function readSavedToken(file: string): string | null {
  try {
    const token = readFileSync(file, 'utf8').trim();
    return token.length >= 16 ? token : null;
  } catch {
    return null;
  }
}
