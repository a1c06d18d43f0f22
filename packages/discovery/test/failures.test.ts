// Start-up never waits for discovery: a resolver that never answers, a malformed SRV
// record and an unreachable bootstrap node all end up in the report, and the node runs.
import { afterEach, describe, expect, it } from 'vitest';
import { startNode, stopAll, type TestNode } from './helpers/node.js';
import { startDnsmasq, startSilentResolver, type Dnsmasq } from './helpers/dnsmasq.js';
import { waitFor } from './helpers/wait.js';

let dns: Dnsmasq | undefined;
let silent: { close(): Promise<void> } | undefined;
afterEach(async () => {
  await stopAll();
  await dns?.stop();
  await silent?.close();
  dns = undefined;
  silent = undefined;
});

const report = (node: TestNode) => () => JSON.stringify(node.discovery.report.toJSON(), null, 1);
const domain = '_continuum._tcp.fed.test';

describe('failing discovery does not block start-up', () => {
  it('a resolver that never answers: the node starts, the lookup times out into the report', async () => {
    const server = await startSilentResolver();
    silent = server;
    const seed = await startNode();
    const node = await startNode({
      section: {
        enabled_methods: ['dns', 'bootstrap'], dns_domain: domain, dns_servers: [server.server], dns_timeout_ms: 1_500,
        bootstrap_nodes: [`127.0.0.1:${seed.port}`],
      },
    });
    // createLibp2p has returned while the DNS query is still unanswered, and the other
    // method already works beside it.
    expect(node.discovery.report.failures('dns')).toEqual([]);
    await waitFor(() => node.discovery.report.peersFoundBy('bootstrap').includes(seed.id), report(node));
    await waitFor(() => node.discovery.report.failures('dns').length > 0, report(node));
    const [failure] = node.discovery.report.failures('dns');
    expect(failure?.code).toBe('RESOLVE_FAILED');
    expect(failure?.reason).toContain('ETIMEOUT');
    expect(failure?.target).toContain(server.server);
  });

  it('a malformed SRV record is reported and the node keeps running', async () => {
    dns = await startDnsmasq({ raw: [{ name: domain, type: 33, hex: '0001' }] });
    const node = await startNode({ section: { enabled_methods: ['dns'], dns_domain: domain, dns_servers: [dns.server] } });
    await waitFor(() => node.discovery.report.failures('dns').length > 0, report(node));
    const [failure] = node.discovery.report.failures('dns');
    expect(failure?.code).toBe('RESOLVE_FAILED');
    expect(failure?.reason).toContain('EBADRESP');
    expect(node.node.status).toBe('started');
  });

  it('an SRV record whose target is "." or has no address is reported, the good one used', async () => {
    const target = await startNode();
    dns = await startDnsmasq({
      srvNotOffered: [domain],
      srv: [
        { name: domain, target: 'nowhere.fed.test', port: 7000, priority: 5, weight: 1 },
        { name: domain, target: 'n1.fed.test', port: target.port, priority: 10, weight: 1 },
      ],
      hosts: [{ name: 'n1.fed.test', address: '127.0.0.1' }],
    });
    const node = await startNode({ section: { enabled_methods: ['dns'], dns_domain: domain, dns_servers: [dns.server] } });
    await waitFor(() => node.discovery.report.peersFoundBy('dns').includes(target.id), report(node));
    const failures = node.discovery.report.failures('dns');
    expect(failures.some((f) => f.code === 'RESOLVE_FAILED' && f.target === 'nowhere.fed.test')).toBe(true);
    expect(failures.some((f) => f.code === 'RECORD_INVALID' && f.reason.includes('not offered'))).toBe(true);
  });
});
