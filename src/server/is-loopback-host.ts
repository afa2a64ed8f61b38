import { isIP } from 'node:net';

/**
 * True when a listen address (or a Host header's name) can only be reached from this machine:
 * `localhost`, 127.0.0.0/8 or ::1. Anything else, 0.0.0.0 and :: included, is "beyond loopback"
 * and makes write endpoints require a bearer token.
 */
export function isLoopbackHost(host: string): boolean {
  const name = stripBrackets(host.trim().toLowerCase());
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  const family = isIP(name);
  if (family === 4) return name.startsWith('127.');
  if (family === 6) return name === '::1' || name === '0:0:0:0:0:0:0:1' || isMappedLoopback(name);
  return false;
}

function stripBrackets(name: string): string {
  return name.startsWith('[') && name.endsWith(']') ? name.slice(1, -1) : name;
}

/** ::ffff:127.0.0.1, the IPv4 loopback seen through an IPv6 socket. */
function isMappedLoopback(name: string): boolean {
  return name.startsWith('::ffff:') && name.slice(7).startsWith('127.');
}
