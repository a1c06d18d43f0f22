// Bootstrap discovery: `host:port` entries without a peer id, retries with backoff.
import { afterEach, describe, expect, it } from 'vitest';
import { connected, startNode, stopAll, type TestNode } from './helpers/node.js';
import { startDnsmasq, type Dnsmasq } from './helpers/dnsmasq.js';
import { waitFor } from './helpers/wait.js';

let dns: Dnsmasq | undefined;
afterEach(async () => {
  await stopAll();
  await dns?.stop();
  dns = undefined;
});

const report = (node: TestNode) => () => JSON.stringify(node.discovery.report.toJSON(), null, 1);

describe('bootstrap discovery', () => {
  it('finds a node from host:port alone and learns its peer id from the handshake', async () => {
    const seed = await startNode();
    const joiner = await startNode({ section: { enabled_methods: ['bootstrap'], bootstrap_nodes: [`127.0.0.1:${seed.port}`] } });
    await waitFor(() => joiner.discovery.report.peersFoundBy('bootstrap').includes(seed.id), report(joiner));
    expect(connected(joiner, seed)).toBe(true);
    expect(joiner.discovery.report.toJSON().peers[0]?.addresses).toEqual([`${seed.address}`]);
  });

  it('resolves a host name in host:port through dns_servers', async () => {
    const seed = await startNode();
    dns = await startDnsmasq({ hosts: [{ name: 'seed.fed.test', address: '127.0.0.1' }] });
    const joiner = await startNode({
      section: { enabled_methods: ['bootstrap'], bootstrap_nodes: [`seed.fed.test:${seed.port}`], dns_servers: [dns.server] },
    });
    await waitFor(() => joiner.discovery.report.peersFoundBy('bootstrap').includes(seed.id), report(joiner));
  });

  it('accepts a multiaddr with a peer id and skips its own address', async () => {
    const seed = await startNode();
    const joiner = await startNode({ section: { enabled_methods: ['bootstrap'], bootstrap_nodes: [seed.address] } });
    await waitFor(() => joiner.discovery.report.peersFoundBy('bootstrap').includes(seed.id), report(joiner));
  });

  it('retries an unreachable node with backoff until it comes up, while start-up completes at once', async () => {
    const placeholder = await startNode();
    const port = placeholder.port;
    await placeholder.node.stop();
    const joiner = await startNode({
      section: { enabled_methods: ['bootstrap'], bootstrap_nodes: [`127.0.0.1:${port}`], bootstrap_backoff_initial_ms: 50, bootstrap_backoff_max_ms: 200 },
    });
    // start() has returned with nothing reachable; the report says what failed.
    await waitFor(() => joiner.discovery.report.failures('bootstrap').length >= 3, report(joiner));
    const failures = joiner.discovery.report.failures('bootstrap');
    expect(failures.every((f) => f.code === 'DIAL_FAILED' && f.target === `127.0.0.1:${port}`)).toBe(true);
    expect(failures.map((f) => f.reason.split(':')[0])).toEqual(expect.arrayContaining(['attempt 1', 'attempt 2', 'attempt 3']));
    expect(joiner.discovery.report.peersFoundBy('bootstrap')).toEqual([]);
  });

  it('redials after the bootstrap peer goes away, and finds whoever answers there next', async () => {
    const first = await startNode();
    const joiner = await startNode({
      section: { enabled_methods: ['bootstrap'], bootstrap_nodes: [`127.0.0.1:${first.port}`], bootstrap_backoff_initial_ms: 50, bootstrap_backoff_max_ms: 200 },
    });
    await waitFor(() => connected(joiner, first), report(joiner));
    await first.node.stop();
    const second = await startNode({ port: first.port });
    await waitFor(() => joiner.discovery.report.peersFoundBy('bootstrap').includes(second.id) && connected(joiner, second), report(joiner));
  });
});
