import { BlockList, isIP } from 'node:net';

/**
 * What kind of non-public address an IP is (`loopback`, `private`, `link-local`…), or null for a
 * public one. URL fetching refuses the non-public kinds unless allowed, so that a URL cannot make
 * the server read its own admin ports, the cloud metadata service or the office network.
 */
export function nonPublicKind(address: string): string | null {
  let ip = address.replace(/^\[|\]$/g, '');
  const zone = ip.indexOf('%');
  if (zone >= 0) ip = ip.slice(0, zone);
  let family = isIP(ip);
  if (family === 0) return 'invalid';
  if (family === 6) {
    const mapped = MAPPED_V4.exec(ip);
    if (mapped) {
      ip = mapped[1]!;
      family = 4;
    }
  }
  for (const [kind, list] of RANGES) {
    if (list.check(ip, family === 4 ? 'ipv4' : 'ipv6')) return kind;
  }
  return null;
}

const MAPPED_V4 = /^::ffff:(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})$/i;

const RANGE_TABLE: [kind: string, ranges: [net: string, prefix: number, family: 'ipv4' | 'ipv6'][]][] = [
  ['unspecified', [['0.0.0.0', 8, 'ipv4'], ['::', 128, 'ipv6']]],
  ['loopback', [['127.0.0.0', 8, 'ipv4'], ['::1', 128, 'ipv6']]],
  ['private', [['10.0.0.0', 8, 'ipv4'], ['172.16.0.0', 12, 'ipv4'], ['192.168.0.0', 16, 'ipv4']]],
  ['carrier-grade NAT', [['100.64.0.0', 10, 'ipv4']]],
  ['link-local', [['169.254.0.0', 16, 'ipv4'], ['fe80::', 10, 'ipv6']]],
  ['unique-local', [['fc00::', 7, 'ipv6']]],
  ['multicast', [['224.0.0.0', 4, 'ipv4'], ['ff00::', 8, 'ipv6']]],
  ['reserved', [['240.0.0.0', 4, 'ipv4'], ['192.0.0.0', 24, 'ipv4'], ['198.18.0.0', 15, 'ipv4']]],
];

const RANGES: [string, BlockList][] = RANGE_TABLE.map(([kind, ranges]) => {
  const list = new BlockList();
  for (const [net, prefix, family] of ranges) list.addSubnet(net, prefix, family);
  return [kind, list];
});
