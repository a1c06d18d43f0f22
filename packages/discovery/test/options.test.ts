// The federation.discovery section: defaults, validation naming the key, limits.
import { describe, expect, it } from 'vitest';
import { DiscoveryError, defaultDiscoveryOptions, limits, parseDiscoveryOptions, parseAddress } from '../src/index.js';

function rejects(section: unknown): DiscoveryError<'CONFIG_INVALID'> {
  try {
    parseDiscoveryOptions(section);
  } catch (error) {
    if (DiscoveryError.is(error, 'CONFIG_INVALID')) return error;
    throw error;
  }
  throw new Error(`accepted ${JSON.stringify(section)}`);
}

describe('parseDiscoveryOptions', () => {
  it('reads the design example and fills in defaults', () => {
    const options = parseDiscoveryOptions({
      enabled_methods: ['bootstrap', 'mdns', 'dns'],
      bootstrap_nodes: ['node1.example.org:7000'],
      dns_domain: '_continuum._tcp.example.org',
      dns_servers: ['127.0.0.1:5353'],
    });
    expect(options.enabled_methods).toEqual(['bootstrap', 'mdns', 'dns']);
    expect(options.dns_domain).toBe('_continuum._tcp.example.org');
    expect(options.max_discovered_nodes).toBe(defaultDiscoveryOptions.max_discovered_nodes);
    expect(options.mdns_service_name).toBe('_continuum._tcp.local');
    expect(options.dht_protocol_prefix).toBe('/continuum');
  });

  it('an empty section is the defaults', () => {
    expect(parseDiscoveryOptions({})).toEqual(defaultDiscoveryOptions);
    expect(parseDiscoveryOptions()).toEqual(defaultDiscoveryOptions);
  });

  it.each([
    [{ enabled_methods: ['dns', 'carrier-pigeon'] }, 'enabled_methods[1]'],
    [{ enabled_methods: ['dns'] }, 'dns_domain'],
    [{ dns_domain: 'not a domain' }, 'dns_domain'],
    [{ dns_servers: ['127.0.0.1:99999'] }, 'dns_servers[0]'],
    [{ dns_servers: ['resolver.example.org'] }, 'dns_servers[0]'],
    [{ bootstrap_nodes: ['node1.example.org'] }, 'bootstrap_nodes[0]'],
    [{ bootstrap_nodes: ['127.0.0.1:7000', '/ip4/1.2.3.4/tcp/x'] }, 'bootstrap_nodes[1]'],
    [{ bootstrap_nodes: ['/ip4/1.2.3.4/tcp/7000/p2p/notapeerid'] }, 'bootstrap_nodes[0]'],
    [{ max_discovered_nodes: 0 }, 'max_discovered_nodes'],
    [{ max_discovered_nodes: 1.5 }, 'max_discovered_nodes'],
    [{ dns_timeout_ms: '2s' }, 'dns_timeout_ms'],
    [{ dns_refresh_min_ms: 60_000, dns_refresh_max_ms: 1_000 }, 'dns_refresh_min_ms'],
    [{ bootstrap_backoff_initial_ms: 9_000, bootstrap_backoff_max_ms: 1_000 }, 'bootstrap_backoff_initial_ms'],
    [{ mdns_service_name: '_p2p' }, 'mdns_service_name'],
    [{ dht_protocol_prefix: '/ipfs' }, 'dht_protocol_prefix'],
    [{ dht_mode: 'sometimes' }, 'dht_mode'],
    [{ enabled_method: ['dns'] }, 'enabled_method'],
  ])('%j is refused naming %s', (section, field) => {
    const error = rejects(section);
    expect(error.details.field).toBe(field);
    expect(error.message).toContain(`federation.discovery.${field}`);
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ code: 'CONFIG_INVALID', details: { field } });
  });

  it('not a mapping is refused', () => {
    expect(rejects([]).code).toBe('CONFIG_INVALID');
    expect(rejects(null).code).toBe('CONFIG_INVALID');
  });
});

describe('limits are enforced by the validator', () => {
  it('max_discovered_nodes up to limits.maxDiscoveredNodesCount', () => {
    expect(parseDiscoveryOptions({ max_discovered_nodes: limits.maxDiscoveredNodesCount }).max_discovered_nodes).toBe(limits.maxDiscoveredNodesCount);
    expect(rejects({ max_discovered_nodes: limits.maxDiscoveredNodesCount + 1 }).details.field).toBe('max_discovered_nodes');
  });

  it('bootstrap_nodes up to limits.maxBootstrapNodesCount entries', () => {
    const nodes = (n: number) => Array.from({ length: n }, (_, i) => `10.0.${Math.floor(i / 200)}.${(i % 200) + 1}:7000`);
    expect(parseDiscoveryOptions({ bootstrap_nodes: nodes(limits.maxBootstrapNodesCount) }).bootstrap_nodes).toHaveLength(limits.maxBootstrapNodesCount);
    expect(rejects({ bootstrap_nodes: nodes(limits.maxBootstrapNodesCount + 1) }).details.field).toBe('bootstrap_nodes');
  });

  it('dns_servers up to limits.maxDnsServersCount entries', () => {
    const servers = (n: number) => Array.from({ length: n }, (_, i) => `127.0.0.${i + 1}:5353`);
    expect(parseDiscoveryOptions({ dns_servers: servers(limits.maxDnsServersCount) }).dns_servers).toHaveLength(limits.maxDnsServersCount);
    expect(rejects({ dns_servers: servers(limits.maxDnsServersCount + 1) }).details.field).toBe('dns_servers');
  });

  it('addresses up to limits.maxAddressChars characters', () => {
    const long = `${'a'.repeat(limits.maxAddressChars - 5)}:7000`;
    expect(long.length).toBe(limits.maxAddressChars);
    expect(rejects({ bootstrap_nodes: [`${long}0`] }).details.field).toBe('bootstrap_nodes[0]');
  });

  it('domains up to limits.maxDomainNameChars characters', () => {
    const labels = (chars: number) => Array.from({ length: Math.ceil(chars / 50) }, () => 'a'.repeat(49)).join('.').slice(0, chars).replace(/\.$/, 'b');
    const fits = labels(limits.maxDomainNameChars);
    expect(fits.length).toBe(limits.maxDomainNameChars);
    expect(parseDiscoveryOptions({ dns_domain: fits }).dns_domain).toBe(fits);
    expect(rejects({ dns_domain: `${fits}a` }).details.field).toBe('dns_domain');
  });

  it('intervals between limits.minIntervalMs and limits.maxIntervalMs', () => {
    expect(parseDiscoveryOptions({ pex_interval_ms: limits.minIntervalMs }).pex_interval_ms).toBe(limits.minIntervalMs);
    expect(rejects({ pex_interval_ms: limits.minIntervalMs - 1 }).details.field).toBe('pex_interval_ms');
    expect(rejects({ mdns_interval_ms: limits.maxIntervalMs + 1 }).details.field).toBe('mdns_interval_ms');
  });

  it('pex_max_peers up to limits.maxPexPeersCount and dns_max_peers up to limits.maxSrvRecordsCount', () => {
    expect(rejects({ pex_max_peers: limits.maxPexPeersCount + 1 }).details.field).toBe('pex_max_peers');
    expect(rejects({ dns_max_peers: limits.maxSrvRecordsCount + 1 }).details.field).toBe('dns_max_peers');
  });
});

describe('parseAddress', () => {
  it('reads host:port, [v6]:port, names and multiaddrs', () => {
    expect(parseAddress('127.0.0.1:7000')).toMatchObject({ kind: 'host', host: '127.0.0.1', port: 7000, family: 4 });
    expect(parseAddress('[::1]:7000')).toMatchObject({ kind: 'host', host: '::1', port: 7000, family: 6 });
    expect(parseAddress('node1.example.org:7000')).toMatchObject({ kind: 'host', host: 'node1.example.org', family: 0 });
    expect(parseAddress('/ip4/127.0.0.1/tcp/7000')).toMatchObject({ kind: 'multiaddr', peerId: null });
    const id = '12D3KooWDpJ7As7BWAwRMfu1VU2WCqNjvq387JEYKDBj4kx6nXTN';
    expect(parseAddress(`/ip4/127.0.0.1/tcp/7000/p2p/${id}`)).toMatchObject({ kind: 'multiaddr', peerId: id });
  });

  it.each(['7000', 'host:', ':7000', 'host:0', 'host:70000', '[1.2.3.4]:7000', '::1:7000', 'a b:7000'])('refuses %s', (text) => {
    expect(() => parseAddress(text)).toThrow();
  });
});
