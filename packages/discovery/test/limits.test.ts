// The bounds of limits.ts that live outside option validation, each hit once.
import { afterEach, describe, expect, it } from 'vitest';
import { generateKeyPair } from '@libp2p/crypto/keys';
import { peerIdFromPrivateKey } from '@libp2p/peer-id';
import type { Connection, PeerId } from '@libp2p/interface';
import { createNodeResolver, DiscoveryReport, limits, type DnsResolver } from '../src/index.js';
import { PeerDialer, type DialerComponents } from '../src/dialer.js';
import { startNode, stopAll, type TestNode } from './helpers/node.js';
import { startDnsmasq, type Dnsmasq } from './helpers/dnsmasq.js';
import { waitFor } from './helpers/wait.js';

let dns: Dnsmasq | undefined;
afterEach(async () => {
  await stopAll();
  await dns?.stop();
  dns = undefined;
});

const report = (node: TestNode) => () => JSON.stringify(node.discovery.report.toJSON(), null, 1);
const newPeerId = async (): Promise<PeerId> => peerIdFromPrivateKey(await generateKeyPair('Ed25519'));

/** A resolver with fixed answers, for bounds a real server would make tedious to reach. */
function fixedResolver(answers: { srv?: number; txt?: string[] }): DnsResolver {
  return {
    servers: ['fixed'],
    resolveSrv: async () => Array.from({ length: answers.srv ?? 0 }, (_, i) => ({ name: '127.0.0.1', port: 1 + i, priority: 0, weight: 1 })),
    resolveAddresses: async (host) => [{ address: host, family: 4, ttlSeconds: 60 }],
    resolveTxt: async () => answers.txt ?? [],
    cancel: () => undefined,
  };
}

describe('limits', () => {
  it('limits.maxSrvRecordsCount: SRV records past it are ignored and reported', async () => {
    const node = await startNode({
      section: { enabled_methods: ['dns'], dns_domain: 'many.test', dns_max_peers: limits.maxSrvRecordsCount },
      hooks: { resolver: fixedResolver({ srv: limits.maxSrvRecordsCount + 6 }) },
    });
    await waitFor(() => node.discovery.report.toJSON().methods.some((m) => m.method === 'dns' && m.lastRunAt !== null), report(node), 30_000);
    const failures = node.discovery.report.failures('dns');
    expect(failures.filter((f) => f.code === 'RECORD_INVALID' && f.reason.includes(`only the first ${limits.maxSrvRecordsCount}`))).toHaveLength(1);
    // Every used record pointed at a closed port on 127.0.0.1 (ports 1..64).
    expect(failures.filter((f) => f.code === 'DIAL_FAILED')).toHaveLength(limits.maxSrvRecordsCount);
  });

  it('limits.maxDnsaddrRecordsCount: dnsaddr records past it are ignored', async () => {
    const id = (await newPeerId()).toString();
    const txt = Array.from({ length: limits.maxDnsaddrRecordsCount + 5 }, (_, i) => `dnsaddr=/ip4/127.0.0.1/tcp/${i + 1}/p2p/${id}`);
    const node = await startNode({
      section: { enabled_methods: ['dns'], dns_domain: 'none.test', dnsaddr_domain: 'fed.test', dns_max_peers: limits.maxSrvRecordsCount },
      hooks: { resolver: fixedResolver({ txt }) },
    });
    await waitFor(() => node.discovery.report.toJSON().methods.some((m) => m.method === 'dns' && m.lastRunAt !== null), report(node), 30_000);
    expect(node.discovery.report.failures('dns').filter((f) => f.code === 'DIAL_FAILED')).toHaveLength(limits.maxDnsaddrRecordsCount);
  });

  it('limits.maxAddressesPerTargetCount: a name with more A records yields that many addresses', async () => {
    const count = limits.maxAddressesPerTargetCount + 3;
    dns = await startDnsmasq({ hosts: Array.from({ length: count }, (_, i) => ({ name: 'many.fed.test', address: `127.0.0.${i + 1}` })) });
    const resolver = createNodeResolver({ servers: [dns.server], timeoutMs: 1_000 });
    const found = await resolver.resolveAddresses('many.fed.test');
    expect(found).toHaveLength(limits.maxAddressesPerTargetCount);
    expect(found.every((a) => a.family === 4 && a.ttlSeconds === 1)).toBe(true);
  });

  it('limits.maxConcurrentDialsCount and limits.maxQueuedDialsCount bound the dialer', async () => {
    const self = await newPeerId();
    const pending: Array<() => void> = [];
    let opened = 0;
    const components = {
      peerId: self,
      peerStore: { merge: async () => undefined },
      connectionManager: {
        getConnections: () => [],
        openConnection: () => {
          opened++;
          return new Promise<Connection>((_, reject) => pending.push(() => reject(new Error('released'))));
        },
      },
    } as unknown as DialerComponents;
    const dialReport = new DiscoveryReport({ now: Date.now, maxDiscoveredNodes: 10_000, enabledMethods: ['dht'] });
    const dialer = new PeerDialer(components, dialReport, 60_000);
    dialer.acquire();
    const extra = 7;
    const total = limits.maxConcurrentDialsCount + limits.maxQueuedDialsCount + extra;
    const peers = await Promise.all(Array.from({ length: total }, newPeerId));
    for (const id of peers) dialer.enqueue('dht', { id, multiaddrs: [] });
    await waitFor(() => opened === limits.maxConcurrentDialsCount, () => `opened ${opened}`);
    expect(dialReport.failures().filter((f) => f.reason.startsWith('dial queue full'))).toHaveLength(extra);
    // Finishing one dial starts the next queued one, never more than the bound at once.
    pending.shift()?.();
    await waitFor(() => opened === limits.maxConcurrentDialsCount + 1, () => `opened ${opened}`);
    dialer.release();
    for (const release of pending.splice(0)) release();
  });
});
