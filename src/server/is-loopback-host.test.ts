import { describe, expect, it } from 'vitest';
import { isLoopbackHost } from './is-loopback-host.js';

describe('isLoopbackHost', () => {
  it('accepts the names and addresses only this machine can reach', () => {
    for (const host of ['127.0.0.1', 'localhost', '127.1.2.3', '::1', '[::1]', 'LOCALHOST', '::ffff:127.0.0.1', 'app.localhost']) {
      expect(isLoopbackHost(host), host).toBe(true);
    }
  });

  it('treats wildcard, private and public addresses as beyond loopback', () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.10', '10.0.0.1', 'example.com', '8.8.8.8', 'localhost.evil.com']) {
      expect(isLoopbackHost(host), host).toBe(false);
    }
  });
});
