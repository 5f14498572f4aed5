import { describe, expect, it } from 'vitest';
import { PUBLIC_ONLY, blockedReason, parseCidrs, refusal } from './addresses.ts';

describe('webhook address policy (SSRF)', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['::1', 'loopback'],
    ['10.2.3.4', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local (cloud metadata)'],
    ['100.100.100.200', 'carrier-grade NAT'],
    ['0.0.0.0', 'unspecified'],
    ['fd00:ec2::254', 'unique local (ULA)'],
    ['fc12::1', 'unique local (ULA)'],
    ['fe80::1', 'link-local'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['64:ff9b::a9fe:a9fe', 'link-local (cloud metadata)'],
    ['224.0.0.1', 'multicast'],
  ])('%s is blocked as %s', (ip, reason) => {
    expect(blockedReason(ip)).toBe(reason);
    expect(refusal(ip, PUBLIC_ONLY)).toContain(reason);
  });

  it.each(['93.184.215.14', '8.8.8.8', '172.32.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('%s is public', (ip) => {
    expect(blockedReason(ip)).toBeNull();
    expect(refusal(ip, PUBLIC_ONLY)).toBeNull();
  });

  it('lets configuration allow private addresses, or only listed ranges', () => {
    expect(refusal('127.0.0.1', { allowPrivate: true, allowCidrs: [] })).toBeNull();
    const cidrs = parseCidrs('10.1.0.0/16, 127.0.0.1');
    expect(cidrs).toEqual(['10.1.0.0/16', '127.0.0.1/32']);
    expect(refusal('10.1.2.3', { allowPrivate: false, allowCidrs: cidrs })).toBeNull();
    expect(refusal('127.0.0.1', { allowPrivate: false, allowCidrs: cidrs })).toBeNull();
    expect(refusal('10.2.0.1', { allowPrivate: false, allowCidrs: cidrs })).toContain('private');
    expect(() => parseCidrs('10.0.0.0/33')).toThrow(/not an IP address or CIDR/);
    expect(() => parseCidrs('example.com')).toThrow(/example\.com/);
  });
});
