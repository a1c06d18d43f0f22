// DNS SRV discovery against a real dnsmasq that the test starts: a node finds others
// only through DNS.
import { afterEach, describe, expect, it } from 'vitest';
import { startNode, stopAll, connected, type TestNode } from './helpers/node.js';
import { startDnsmasq, type Dnsmasq } from './helpers/dnsmasq.js';
import { waitFor } from './helpers/wait.js';

const domain = '_continuum._tcp.fed.test';
let dns: Dnsmasq | undefined;

afterEach(async () => {
  await stopAll();
  await dns?.stop();
  dns = undefined;
});

function dnsSection(server: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { enabled_methods: ['dns'], dns_domain: domain, dns_servers: [server], dns_refresh_min_ms: 200, dns_timeout_ms: 500, ...extra };
}

function describeReport(node: TestNode): () => string {
  return () => JSON.stringify(node.discovery.report.toJSON(), null, 1);
}

describe('DNS SRV discovery', () => {
  it('finds a node through SRV and A records served by dnsmasq', async () => {
    const target = await startNode();
    dns = await startDnsmasq({
      srv: [{ name: domain, target: 'n1.fed.test', port: target.port, priority: 10, weight: 10 }],
      hosts: [{ name: 'n1.fed.test', address: '127.0.0.1' }],
    });
    const finder = await startNode({ section: dnsSection(dns.server) });
    await waitFor(() => finder.discovery.report.peersFoundBy('dns').includes(target.id), describeReport(finder));
    expect(connected(finder, target)).toBe(true);
    const peer = finder.discovery.report.toJSON().peers.find((p) => p.peerId === target.id);
    expect(peer?.foundBy).toBe('dns');
    expect(peer?.addresses[0]).toBe(`/ip4/127.0.0.1/tcp/${target.port}/p2p/${target.id}`);
  });

  it('tries the lower priority value first and stops once dns_max_peers are connected', async () => {
    const preferred = await startNode();
    const fallback = await startNode();
    dns = await startDnsmasq({
      srv: [
        { name: domain, target: 'fallback.fed.test', port: fallback.port, priority: 20, weight: 100 },
        { name: domain, target: 'preferred.fed.test', port: preferred.port, priority: 10, weight: 1 },
      ],
      hosts: [{ name: 'preferred.fed.test', address: '127.0.0.1' }, { name: 'fallback.fed.test', address: '127.0.0.1' }],
    });
    const finder = await startNode({ section: dnsSection(dns.server, { dns_max_peers: 1 }) });
    await waitFor(() => finder.discovery.report.toJSON().methods.some((m) => m.method === 'dns' && m.lastRunAt !== null), describeReport(finder));
    expect(finder.discovery.report.peersFoundBy('dns')).toEqual([preferred.id]);
    expect(connected(finder, fallback)).toBe(false);
  });

  it('within one priority, weight decides: a mid draw picks the 99-weight target over the 1-weight one', async () => {
    const light = await startNode();
    const heavy = await startNode();
    dns = await startDnsmasq({
      srv: [
        { name: domain, target: 'light.fed.test', port: light.port, priority: 10, weight: 1 },
        { name: domain, target: 'heavy.fed.test', port: heavy.port, priority: 10, weight: 99 },
      ],
      hosts: [{ name: 'light.fed.test', address: '127.0.0.1' }, { name: 'heavy.fed.test', address: '127.0.0.1' }],
    });
    // Draw floor(0.5 * 101) = 50: past the light record's running sum in either answer order.
    const finder = await startNode({ section: dnsSection(dns.server, { dns_max_peers: 1 }), hooks: { random: () => 0.5 } });
    await waitFor(() => finder.discovery.report.toJSON().methods.some((m) => m.method === 'dns' && m.lastRunAt !== null), describeReport(finder));
    expect(finder.discovery.report.peersFoundBy('dns')).toEqual([heavy.id]);
    expect(connected(finder, light)).toBe(false);
  });

  it('falls back to the next priority when the preferred target does not answer', async () => {
    const fallback = await startNode();
    const gone = await startNode();
    const deadPort = gone.port;
    await gone.node.stop();
    dns = await startDnsmasq({
      srv: [
        { name: domain, target: 'dead.fed.test', port: deadPort, priority: 10, weight: 1 },
        { name: domain, target: 'fallback.fed.test', port: fallback.port, priority: 20, weight: 1 },
      ],
      hosts: [{ name: 'dead.fed.test', address: '127.0.0.1' }, { name: 'fallback.fed.test', address: '127.0.0.1' }],
    });
    const finder = await startNode({ section: dnsSection(dns.server, { dns_max_peers: 1 }) });
    await waitFor(() => finder.discovery.report.peersFoundBy('dns').includes(fallback.id), describeReport(finder));
    const failures = finder.discovery.report.failures('dns');
    expect(failures.some((f) => f.code === 'DIAL_FAILED' && f.target === `dead.fed.test:${deadPort}`)).toBe(true);
  });

  it('follows a record that changes while the node runs', async () => {
    const first = await startNode();
    const second = await startNode();
    const hosts = [{ name: 'n.fed.test', address: '127.0.0.1' }];
    dns = await startDnsmasq({ srv: [{ name: domain, target: 'n.fed.test', port: first.port, priority: 10, weight: 1 }], hosts });
    const finder = await startNode({ section: dnsSection(dns.server, { dns_max_peers: 1 }) });
    await waitFor(() => finder.discovery.report.peersFoundBy('dns').includes(first.id), describeReport(finder));
    expect(finder.discovery.report.has(second.id)).toBe(false);
    await dns.restart({ srv: [{ name: domain, target: 'n.fed.test', port: second.port, priority: 10, weight: 1 }], hosts });
    await waitFor(() => finder.discovery.report.peersFoundBy('dns').includes(second.id), describeReport(finder));
    expect(connected(finder, second)).toBe(true);
  });

  it('uses dnsaddr TXT records as libp2p does', async () => {
    const target = await startNode();
    dns = await startDnsmasq({
      txt: [{ name: '_dnsaddr.fed.test', text: `dnsaddr=${target.address}` }, { name: '_dnsaddr.fed.test', text: 'dnsaddr=/not/a/multiaddr' }],
    });
    const finder = await startNode({ section: dnsSection(dns.server, { dnsaddr_domain: 'fed.test' }) });
    await waitFor(() => finder.discovery.report.peersFoundBy('dns').includes(target.id), describeReport(finder));
    const failures = finder.discovery.report.failures('dns');
    // No SRV records exist for the domain, and one TXT record is not a multiaddr.
    expect(failures.some((f) => f.code === 'RESOLVE_FAILED' && f.target.startsWith(domain))).toBe(true);
    expect(failures.some((f) => f.code === 'RECORD_INVALID' && f.target.includes('/not/a/multiaddr'))).toBe(true);
  });
});
