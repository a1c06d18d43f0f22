// A node that knows only a DNS name: a real dnsmasq serves the SRV record of the
// federation; the new daemon finds the council member through it (discovery method
// `dns`) and joins with a token that carries NO addresses (so the DNS-found connection
// is the only way in). Needs dnsmasq (scripts/test-prereqs.sh) and the built CLI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dnsmasqBinary, startDnsmasq } from './support/dnsmasq.js';
import type { Dnsmasq } from './support/dnsmasq.js';
import { ProcessCluster, cliBuilt, waitFor } from './support/process-cluster.js';

const cluster = new ProcessCluster();
let dns: Dnsmasq | undefined;

describe.skipIf(!cliBuilt() || dnsmasqBinary() === null)('joining through a DNS SRV name', () => {
  beforeAll(async () => {
    await cluster.init();
  });

  afterAll(async () => {
    await cluster.stop();
    await dns?.stop();
  }, 30_000);

  it('finds the council through SRV and joins with an address-less token', async () => {
    const first = await cluster.add('d1', ['--council', '--federation-id', 'fed-dns', '--discovery', 'bootstrap']);
    await cluster.start(first);
    dns = await startDnsmasq({
      srv: [{ name: '_continuum._tcp.fed.test', target: 'n1.fed.test', port: first.p2pPort, priority: 10, weight: 10 }],
      hosts: [{ name: 'n1.fed.test', address: '127.0.0.1' }],
    });
    const joiner = await cluster.add('d2', ['--discovery', 'dns', '--dns-domain', '_continuum._tcp.fed.test', '--dns-server', dns.server]);
    await cluster.start(joiner);
    const token = await cluster.api<{ token: string }>(first, 'POST', '/v1/tokens', { addresses: [] });
    expect(token.status).toBe(200);
    const joined = await waitFor('the DNS-found join', async () => {
      const answer = await cluster.api<{ federation_id: string }>(joiner, 'POST', '/v1/join', { token: token.body.token });
      return answer.status === 200 ? answer.body : undefined;
    }, 30_000, 500);
    expect(joined.federation_id).toBe('fed-dns');
    const put = await cluster.api(joiner, 'PUT', '/v1/kv/dns', 'found');
    expect(put.status).toBe(200);
    const read = await cluster.api<string>(first, 'GET', '/v1/kv/dns');
    expect(read).toEqual({ status: 200, body: 'found' });
  }, 90_000);
});
