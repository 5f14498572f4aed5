/**
 * Which addresses a webhook may reach (SSRF): the public internet only, unless configuration
 * allows more. Blocked: unspecified, loopback, private (RFC 1918), carrier-grade NAT, link-local
 * (169.254/16 holds the cloud metadata endpoint 169.254.169.254), IPv6 unique local (fc00::/7,
 * with AWS's fd00:ec2::254) and link-local, multicast, documentation and reserved ranges; an
 * IPv4-mapped or NAT64 IPv6 address is judged by the IPv4 address inside it. Pure (node:net's
 * BlockList does the prefix arithmetic).
 */
import { BlockList, isIP } from 'node:net';

const BLOCKED_V4: readonly [string, number, string][] = [
  ['0.0.0.0', 8, 'unspecified'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'carrier-grade NAT'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local (cloud metadata)'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.88.99.0', 24, '6to4 relay'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
];
const BLOCKED_V6: readonly [string, number, string][] = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['fc00::', 7, 'unique local (ULA)'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'site-local'],
  ['ff00::', 8, 'multicast'],
  ['2001:db8::', 32, 'documentation'],
  ['100::', 64, 'discard'],
];

const lists = new Map<string, BlockList>();
function listOf(reason: string): BlockList {
  let l = lists.get(reason);
  if (!l) lists.set(reason, (l = new BlockList()));
  return l;
}
for (const [net, prefix, reason] of BLOCKED_V4) listOf(reason).addSubnet(net, prefix, 'ipv4');
for (const [net, prefix, reason] of BLOCKED_V6) listOf(reason).addSubnet(net, prefix, 'ipv6');

/** The IPv4 address an IPv6 address stands for (::ffff:a.b.c.d, 64:ff9b::/96 NAT64, ::a.b.c.d), else null. */
function embeddedV4(ip: string): string | null {
  const lower = ip.toLowerCase();
  const dotted = /^(?:::ffff:|64:ff9b::|::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted?.[1]) return dotted[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (hex?.[1] && hex[2]) {
    const hi = parseInt(hex[1], 16);
    const lo = parseInt(hex[2], 16);
    return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  }
  return null;
}

/** Why `ip` is not a public address (e.g. "loopback"), or null when it is public. Not an IP at all: "not an IP address". */
export function blockedReason(ip: string): string | null {
  const family = isIP(ip);
  if (family === 0) return 'not an IP address';
  if (family === 6) {
    const v4 = embeddedV4(ip);
    if (v4) return blockedReason(v4);
  }
  const type = family === 4 ? 'ipv4' : 'ipv6';
  for (const [reason, list] of lists) if (list.check(ip, type)) return reason;
  if (ip === '255.255.255.255') return 'broadcast';
  return null;
}

/** What configuration lets through besides public addresses. */
export interface AddressPolicy {
  /** Everything (QUORUM_WEBHOOKS_ALLOW_PRIVATE=1): for tests and trusted networks. */
  allowPrivate: boolean;
  /** CIDRs allowed although blocked by default (QUORUM_WEBHOOKS_ALLOW_CIDRS, e.g. 10.1.0.0/16). */
  allowCidrs: readonly string[];
}

export const PUBLIC_ONLY: AddressPolicy = { allowPrivate: false, allowCidrs: [] };

/** Parses `a.b.c.d/n, x::/n` (a bare address is its own /32 or /128); throws naming the bad entry. */
export function parseCidrs(text: string | undefined): string[] {
  if (!text?.trim()) return [];
  return text.split(',').map((raw) => {
    const entry = raw.trim();
    const [addr = '', prefix] = entry.split('/');
    const family = isIP(addr);
    const max = family === 4 ? 32 : 128;
    if (family === 0 || (prefix !== undefined && (!/^\d+$/.test(prefix) || Number(prefix) > max))) throw new Error(`"${entry}" is not an IP address or CIDR range`);
    return prefix === undefined ? `${addr}/${max}` : entry;
  });
}

function allowList(cidrs: readonly string[]): BlockList {
  const l = new BlockList();
  for (const c of cidrs) {
    const [addr = '', prefix = ''] = c.split('/');
    l.addSubnet(addr, Number(prefix), isIP(addr) === 4 ? 'ipv4' : 'ipv6');
  }
  return l;
}

/** Null when `ip` may be reached under `policy`, else why not. */
export function refusal(ip: string, policy: AddressPolicy): string | null {
  const reason = blockedReason(ip);
  if (reason === null || reason === 'not an IP address' || policy.allowPrivate) return reason === 'not an IP address' ? reason : null;
  if (policy.allowCidrs.length && allowList(policy.allowCidrs).check(ip, isIP(ip) === 4 ? 'ipv4' : 'ipv6')) return null;
  return `${ip} is a ${reason} address`;
}
