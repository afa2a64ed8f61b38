import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { bearerMatches, chooseApiToken } from './api-token.js';

const tempFile = () => join(mkdtempSync(join(tmpdir(), 'tf-token-')), 'talentflow', 'api-token');

describe('chooseApiToken', () => {
  it('leaves writes open on 127.0.0.1 when no token is set', () => {
    expect(chooseApiToken('127.0.0.1', {}, tempFile())).toEqual({ token: null, origin: 'none' });
  });

  it('uses TALENTFLOW_TOKEN wherever the server listens', () => {
    expect(chooseApiToken('127.0.0.1', { TALENTFLOW_TOKEN: 'from-env-123' }, tempFile()).token).toBe('from-env-123');
    expect(chooseApiToken('0.0.0.0', { TALENTFLOW_TOKEN: 'from-env-123' }, tempFile()).origin).toBe('env');
  });

  it('generates a token on the first start beyond loopback and reuses it on the next', () => {
    const file = tempFile();
    const first = chooseApiToken('0.0.0.0', {}, file);
    expect(first.origin).toBe('generated');
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(readFileSync(file, 'utf8').trim()).toBe(first.token);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const second = chooseApiToken('192.168.1.20', {}, file);
    expect(second).toMatchObject({ token: first.token, origin: 'file' });
  });
});

describe('bearerMatches', () => {
  it('accepts exactly "Bearer <token>"', () => {
    expect(bearerMatches('Bearer s3cret-token', 's3cret-token')).toBe(true);
    expect(bearerMatches('bearer s3cret-token', 's3cret-token')).toBe(true);
  });
  it('refuses a missing, different or differently sized token', () => {
    expect(bearerMatches(undefined, 's3cret-token')).toBe(false);
    expect(bearerMatches('Bearer s3cret-tokem', 's3cret-token')).toBe(false);
    expect(bearerMatches('Bearer s3cret', 's3cret-token')).toBe(false);
    expect(bearerMatches('Basic s3cret-token', 's3cret-token')).toBe(false);
  });
});
