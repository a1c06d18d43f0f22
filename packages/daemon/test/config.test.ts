import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { configDefaults, loadConfigFile, parseConfig, renderConfig, validateConfig } from '../src/config/index.js';
import { ContinuumError } from '../src/errors.js';
import { defaultAnalysisWorkers } from '../src/ingest/analysis-pool.js';
import { limits } from '../src/limits.js';
import { workLimits } from '../src/work-limits.js';

// The design's config, verbatim (DESIGN.md "Config").
const designConfig = `
node:
  name: sf-1
  tier: leaf
  territory: US-CA-SF
  data_dir: ./data
  listen: [/ip4/0.0.0.0/tcp/7000, /ip4/0.0.0.0/tcp/7001/ws]
  api: 127.0.0.1:7700
federation:
  coordinator: {health_check_interval: 10.0, unhealthy_threshold: 3, load_balance_algorithm: least_loaded}
  raft: {election_timeout_ms: [150, 300], heartbeat_interval_ms: 50}
  replication: {conflict_resolution: last_write_wins}
  discovery:
    enabled_methods: [bootstrap, mdns, dns]
    bootstrap_nodes: [node1.example.org:7000]
    dns_domain: _continuum._tcp.example.org
    dns_servers: [127.0.0.1:5353]
  gossip: {fanout: 3, gossip_interval_ms: 100, sync_interval_seconds: 30.0}
`;

// The federation architecture's "Large Cluster" example (minus shard_count: 10, see below).
const largeCluster = `
node: {name: big-1, tier: national, territory: DK}
federation:
  coordinator:
    health_check_interval: 30.0
    load_balance_algorithm: latency
  raft:
    election_timeout_ms: [300, 600]
  replication:
    conflict_resolution: merge_union
  discovery:
    enabled_methods: [dns, bootstrap]
    dns_domain: _continuum._tcp.example.com
    max_discovered_nodes: 500
  gossip:
    fanout: 3
    gossip_interval_ms: 200
    sync_interval_seconds: 60.0
    message_buffer_size: 5000
`;

function configError(run: () => unknown): { path: string; reason: string } {
  try {
    run();
  } catch (error) {
    if (ContinuumError.is(error, 'CONFIG_INVALID')) return error.details;
    throw error;
  }
  throw new Error('expected CONFIG_INVALID');
}

const minimal = { node: { name: 'sf-1', territory: 'US-CA-SF' } };

describe('config', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('reads the design config with every key', () => {
    const config = parseConfig(designConfig);
    expect(config.node).toEqual({
      name: 'sf-1', tier: 'leaf', territory: 'US-CA-SF', data_dir: './data',
      listen: ['/ip4/0.0.0.0/tcp/7000', '/ip4/0.0.0.0/tcp/7001/ws'], api: '127.0.0.1:7700', analysis_workers: null,
    });
    expect(config.federation.raft.election_timeout_ms).toEqual([150, 300]);
    expect(config.federation.discovery.dns_servers).toEqual(['127.0.0.1:5353']);
    expect(config.federation.gossip.message_buffer_size).toBe(configDefaults.federation.gossip.message_buffer_size);
  });

  it('reads the large-cluster example of the federation architecture', () => {
    const config = parseConfig(largeCluster);
    expect(config.federation.coordinator).toEqual({
      health_check_interval: 30, unhealthy_threshold: 3, load_balance_algorithm: 'latency',
      council_size: configDefaults.federation.coordinator.council_size, council_replace_after: configDefaults.federation.coordinator.council_replace_after,
    });
    expect(config.federation.raft.heartbeat_interval_ms).toBe(50);
  });

  it('fills every default from one place', () => {
    const config = validateConfig(minimal);
    expect(config.node.tier).toBe(configDefaults.node.tier);
    expect(config.node.api).toBe(configDefaults.node.api);
    expect(config.federation.coordinator.unhealthy_threshold).toBe(configDefaults.federation.coordinator.unhealthy_threshold);
    expect(config.security).toEqual({ pnet_key_file: null, api_token_file: null });
  });

  it('names the key of an unknown key, a wrong value and a wrong type', () => {
    expect(configError(() => validateConfig({ ...minimal, extra: 1 }))).toMatchObject({ path: 'extra' });
    expect(configError(() => validateConfig({ node: { ...minimal.node, colour: 'red' } }))).toMatchObject({ path: 'node.colour' });
    expect(configError(() => parseConfig(`${designConfig}\n  raft2: {}\n`)).path).toBe('federation.raft2');
    expect(configError(() => validateConfig({ ...minimal, federation: { coordinator: { council_size: 0 } } })).path).toBe('federation.coordinator.council_size');
    expect(configError(() => validateConfig({ ...minimal, federation: { coordinator: { council_replace_after: -1 } } })).path).toBe('federation.coordinator.council_replace_after');
    expect(configError(() => validateConfig({ ...minimal, federation: { coordinator: { load_balance_algorithm: 'random' } } })).path)
      .toBe('federation.coordinator.load_balance_algorithm');
    expect(configError(() => validateConfig({ ...minimal, federation: { gossip: { fanout: 'three' } } })).path).toBe('federation.gossip.fanout');
    expect(configError(() => validateConfig({ node: { ...minimal.node, listen: ['/ip4/1.2.3.4/tcp/1', 'nonsense'] } })).path).toBe('node.listen.1');
    expect(configError(() => validateConfig({ node: { ...minimal.node, api: 'localhost' } })).path).toBe('node.api');
    expect(configError(() => validateConfig({ node: { name: 'x' } })).path).toBe('node.territory');
  });

  it('validates the territory and its fit with the tier', () => {
    expect(configError(() => validateConfig({ node: { name: 'x', territory: 'XX-1' } }))).toMatchObject({ path: 'node.territory' });
    expect(configError(() => validateConfig({ node: { name: 'x', tier: 'national', territory: 'US-CA' } })).reason).toMatch(/country/);
  });

  it('checks timeouts against each other', () => {
    const raft = (value: object) => validateConfig({ ...minimal, federation: { raft: value } });
    expect(configError(() => raft({ election_timeout_ms: [300, 150] })).path).toBe('federation.raft.election_timeout_ms');
    expect(configError(() => raft({ heartbeat_interval_ms: 200 })).path).toBe('federation.raft.heartbeat_interval_ms');
    expect(configError(() => raft({ shard_count: 10 })).reason).toMatch(/shard/);
  });

  it('requires a DNS domain when DNS discovery is on', () => {
    expect(configError(() => validateConfig({ ...minimal, federation: { discovery: { enabled_methods: ['dns'] } } })).path)
      .toBe('federation.discovery.dns_domain');
  });

  it('refuses YAML errors, duplicate keys and oversized text', () => {
    expect(configError(() => parseConfig('node: [unclosed')).path).toBe('');
    expect(configError(() => parseConfig('node: {name: a}\nnode: {name: b}\n')).reason).toMatch(/YAML/);
    expect(configError(() => parseConfig(`#${'x'.repeat(limits.maxConfigFileBytes)}`)).reason).toMatch(/larger/);
  });

  it('round-trips through renderConfig and resolves paths relative to the file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'continuum-config-'));
    dirs.push(dir);
    const config = parseConfig(designConfig);
    await writeFile(join(dir, 'config.yaml'), renderConfig(config));
    const loaded = await loadConfigFile(join(dir, 'config.yaml'));
    expect(loaded.node.data_dir).toBe(join(dir, 'data'));
    expect({ ...loaded, node: { ...loaded.node, data_dir: './data' } }).toEqual(config);
    await expect(loadConfigFile(join(dir, 'missing.yaml'))).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
  });

  it('takes node.analysis_workers from 0 (inline) to maxAnalysisWorkersCount, unset meaning one per core but one', () => {
    expect(validateConfig(minimal).node.analysis_workers).toBeNull();
    expect(validateConfig({ node: { ...minimal.node, analysis_workers: 0 } }).node.analysis_workers).toBe(0);
    expect(validateConfig({ node: { ...minimal.node, analysis_workers: workLimits.maxAnalysisWorkersCount } }).node.analysis_workers).toBe(workLimits.maxAnalysisWorkersCount);
    for (const bad of [-1, 1.5, workLimits.maxAnalysisWorkersCount + 1, 'two']) {
      expect(configError(() => validateConfig({ node: { ...minimal.node, analysis_workers: bad } })).path).toBe('node.analysis_workers');
    }
    expect([1, 2, 3, 8, 64].map((cores) => defaultAnalysisWorkers(cores))).toEqual([1, 1, 2, 4, 4]);
  });

  it('accepts council peers as peer ids or /p2p/ multiaddrs, bounded', () => {
    const id = '12D3KooWGRUVh8XnD5PGgm4xjcBuTNWaebHbfvX3oGjCDVSuNmcJ';
    expect(validateConfig({ ...minimal, federation: { council: [id, `/ip4/127.0.0.1/tcp/7000/p2p/${id}`] } }).federation.council).toHaveLength(2);
    expect(configError(() => validateConfig({ ...minimal, federation: { council: ['/ip4/127.0.0.1/tcp/7000'] } })).path).toBe('federation.council.0');
    expect(configError(() => validateConfig({ ...minimal, federation: { council: Array(limits.maxCouncilPeers + 1).fill(id) } })).path).toBe('federation.council');
  });
});
