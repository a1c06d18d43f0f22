import { Resolver } from 'node:dns/promises';
import { isIP } from 'node:net';
import { DiscoveryError } from '../errors.js';
import { limits } from '../limits.js';
import type { SrvRecord } from './srv-order.js';

/** One A or AAAA answer; `ttlSeconds` is null when the resolver did not say. */
export interface ResolvedAddress {
  readonly address: string;
  readonly family: 4 | 6;
  readonly ttlSeconds: number | null;
}

/**
 * The DNS lookups discovery needs. Every method rejects only with DiscoveryError
 * RESOLVE_FAILED. `cancel()` aborts the lookups in flight (used on stop).
 */
export interface DnsResolver {
  readonly servers: readonly string[];
  resolveSrv(name: string): Promise<SrvRecord[]>;
  resolveAddresses(host: string): Promise<ResolvedAddress[]>;
  resolveTxt(name: string): Promise<string[]>;
  cancel(): void;
}

export interface NodeResolverInit {
  /** `ip`, `ip:port` or `[v6]:port`; empty means the system's servers. */
  readonly servers: readonly string[];
  readonly timeoutMs: number;
}

/** A DnsResolver over node:dns (c-ares), talking to the given servers or the system's. */
export function createNodeResolver(init: NodeResolverInit): DnsResolver {
  const resolver = new Resolver({ timeout: init.timeoutMs, tries: 1 });
  if (init.servers.length > 0) resolver.setServers([...init.servers]);
  const servers = resolver.getServers();
  const fail = (name: string, error: unknown): DiscoveryError<'RESOLVE_FAILED'> => {
    const code = (error as { code?: unknown } | null)?.code;
    const reason = typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
    return new DiscoveryError('RESOLVE_FAILED', `DNS lookup of ${name} failed: ${reason}`, { name, server: servers.join(','), reason }, { cause: error });
  };
  return {
    servers,
    async resolveSrv(name) {
      try {
        const answers = await resolver.resolveSrv(name);
        return answers.map((a) => ({ name: a.name, port: a.port, priority: a.priority, weight: a.weight }));
      } catch (error) {
        throw fail(name, error);
      }
    },
    async resolveAddresses(host) {
      const family = isIP(host);
      if (family !== 0) return [{ address: host, family: family as 4 | 6, ttlSeconds: null }];
      const [v4, v6] = await Promise.allSettled([resolver.resolve4(host, { ttl: true }), resolver.resolve6(host, { ttl: true })]);
      if (v4.status === 'rejected' && v6.status === 'rejected') throw fail(host, v4.reason);
      const found: ResolvedAddress[] = [
        ...(v4.status === 'fulfilled' ? v4.value.map((a) => ({ address: a.address, family: 4 as const, ttlSeconds: a.ttl })) : []),
        ...(v6.status === 'fulfilled' ? v6.value.map((a) => ({ address: a.address, family: 6 as const, ttlSeconds: a.ttl })) : []),
      ];
      if (found.length === 0) throw fail(host, new Error('no A or AAAA records'));
      return found.slice(0, limits.maxAddressesPerTargetCount);
    },
    async resolveTxt(name) {
      try {
        const records = await resolver.resolveTxt(name);
        return records.map((chunks) => chunks.join(''));
      } catch (error) {
        throw fail(name, error);
      }
    },
    cancel() {
      resolver.cancel();
    },
  };
}
