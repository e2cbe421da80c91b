import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

/**
 * Hosts of their own on one machine: network namespaces joined by a bridge, each with an address in a private /24 that
 * only they use. The bridge's own address (…1) is the "database host" in the root namespace. Needs root and `ip`.
 */
export interface Hosts {
  /** The address of the root namespace on the bridge, where a test's Postgres listens. */
  serverAddress: string;
  subnet: string;
  namespaces: string[];
  /** Takes a host's link down (its cable pulled) or up again. */
  setLink(host: number, up: boolean): void;
  remove(): void;
}

/** Why hosts cannot be made here, or null when they can. */
export function namespacesUnavailable(): string | null {
  if (process.getuid?.() !== 0) return 'needs root to create network namespaces';
  const probe = spawnSync('ip', ['netns', 'list']);
  return probe.status === 0 ? null : `ip netns is not available (${String(probe.stderr || probe.error).trim()})`;
}

const ip = (...args: string[]) => execFileSync('ip', args, { stdio: ['ignore', 'ignore', 'pipe'] });

export function createHosts(count: number): Hosts {
  const tag = randomBytes(2).toString('hex');
  const octet = 100 + (parseInt(tag, 16) % 150);
  const prefix = `10.231.${octet}`;
  const bridge = `plbr${tag}`;
  const links = Array.from({ length: count }, (_, i) => `plv${tag}${i}`);
  const namespaces = Array.from({ length: count }, (_, i) => `pl${tag}h${i}`);
  const remove = () => {
    for (const ns of namespaces) spawnSync('ip', ['netns', 'del', ns]);
    spawnSync('ip', ['link', 'del', bridge]);
  };
  try {
    ip('link', 'add', bridge, 'type', 'bridge');
    ip('addr', 'add', `${prefix}.1/24`, 'dev', bridge);
    ip('link', 'set', bridge, 'up');
    namespaces.forEach((ns, i) => {
      ip('netns', 'add', ns);
      ip('link', 'add', links[i]!, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', ns);
      ip('link', 'set', links[i]!, 'master', bridge, 'up');
      ip('-n', ns, 'addr', 'add', `${prefix}.${11 + i}/24`, 'dev', 'eth0');
      ip('-n', ns, 'link', 'set', 'eth0', 'up');
      ip('-n', ns, 'link', 'set', 'lo', 'up');
    });
  } catch (error) {
    remove();
    throw error;
  }
  return {
    serverAddress: `${prefix}.1`,
    subnet: `${prefix}.0/24`,
    namespaces,
    setLink: (host, up) => void ip('link', 'set', links[host]!, up ? 'up' : 'down'),
    remove,
  };
}
