import { describe, expect, it } from 'vitest';
import { clientIp, CLIENT_IP_HEADER } from './clientIp';

const from = (address?: string) => clientIp(new Request('http://localhost/', { headers: address ? { [CLIENT_IP_HEADER]: address } : {} }));

describe('the client address rate limits count', () => {
  it('is the IPv4 address, an IPv6 address’s /64, and nothing a client could pass off as one', () => {
    expect(from('203.0.113.7')).toBe('203.0.113.7');
    expect(from('::ffff:203.0.113.7')).toBe('203.0.113.7');
    // Hopping within its /64 does not make a host someone new.
    expect(from('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(from('2001:db8:1:2:ffff:aaaa:1234:5678')).toBe('2001:db8:1:2::/64');
    expect(from('2001:db8:1:3::1')).not.toBe(from('2001:db8:1:2::1'));
    expect(from('not an address')).toBe('unknown');
    expect(from()).toBe('unknown');
  });
});
