/**
 * The config schema (zod 4). Unknown keys are errors; missing keys take the defaults of
 * defaults.ts. Cross-key rules (timeouts, tier/territory) are in validate.ts.
 */
import { multiaddr } from '@multiformats/multiaddr';
import { z } from 'zod';
import { limits } from '../limits.js';
import { workLimits } from '../work-limits.js';
import { parseTerritoryId } from '../territory/territory.js';
import { configDefaults as d, conflictResolutions, discoveryMethods, loadBalanceAlgorithms, logLevelValues, tierValues } from './defaults.js';

const nodeName = z
  .string()
  .min(1)
  .max(limits.maxNodeNameLength)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'letters, digits, ".", "_" or "-", starting with a letter or digit');

const territory = z.string().superRefine((value, context) => {
  const parsed = parseTerritoryId(value);
  if (!parsed.ok) context.addIssue({ code: 'custom', message: parsed.reason });
});

const listenAddress = z.string().superRefine((value, context) => {
  try {
    multiaddr(value);
  } catch {
    context.addIssue({ code: 'custom', message: `"${value}" is not a multiaddr` });
  }
});

/** host:port, IPv6 hosts in brackets. */
export const hostPortPattern = /^(?:\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):(\d{1,5})$/;
const hostPort = z.string().superRefine((value, context) => {
  const match = hostPortPattern.exec(value);
  const port = Number(match?.[1] ?? -1);
  if (match === null || port > 65535) context.addIssue({ code: 'custom', message: `"${value}" is not host:port` });
});

const positiveMs = z.number().int().positive().max(3_600_000);

const nodeSection = z.strictObject({
  name: nodeName,
  tier: z.enum(tierValues).default(d.node.tier),
  territory,
  data_dir: z.string().min(1).default(d.node.data_dir),
  listen: z.array(listenAddress).max(limits.maxListenAddresses).default([...d.node.listen]),
  api: hostPort.default(d.node.api),
  analysis_workers: z.number().int().min(0).max(workLimits.maxAnalysisWorkersCount).nullable().default(d.node.analysis_workers),
});

const coordinatorSection = z.strictObject({
  health_check_interval: z.number().positive().max(3600).default(d.federation.coordinator.health_check_interval),
  unhealthy_threshold: z.number().int().min(1).max(1000).default(d.federation.coordinator.unhealthy_threshold),
  load_balance_algorithm: z.enum(loadBalanceAlgorithms).default(d.federation.coordinator.load_balance_algorithm),
  council_size: z.number().int().min(1).max(limits.maxCouncilPeers).default(d.federation.coordinator.council_size),
  council_replace_after: z.number().min(0).max(30 * 24 * 3600).default(d.federation.coordinator.council_replace_after),
});

const raftSection = z.strictObject({
  election_timeout_ms: z.tuple([positiveMs, positiveMs]).default([...d.federation.raft.election_timeout_ms]),
  heartbeat_interval_ms: positiveMs.default(d.federation.raft.heartbeat_interval_ms),
  shard_count: z.literal(1, 'sharded Raft is not supported: shard_count must be 1').default(d.federation.raft.shard_count),
});

const discoverySection = z.strictObject({
  enabled_methods: z.array(z.enum(discoveryMethods)).max(discoveryMethods.length).default([...d.federation.discovery.enabled_methods]),
  bootstrap_nodes: z.array(z.string().min(1).max(limits.maxAddressLength)).max(limits.maxBootstrapNodes).default([]),
  dns_domain: z.string().min(1).max(253).optional(),
  dns_servers: z.array(hostPort).max(limits.maxDnsServers).default([]),
  max_discovered_nodes: z.number().int().min(1).max(limits.maxConnections * 100).default(d.federation.discovery.max_discovered_nodes),
});

const gossipSection = z.strictObject({
  fanout: z.number().int().min(1).max(64).default(d.federation.gossip.fanout),
  gossip_interval_ms: positiveMs.default(d.federation.gossip.gossip_interval_ms),
  sync_interval_seconds: z.number().positive().max(86_400).default(d.federation.gossip.sync_interval_seconds),
  message_buffer_size: z.number().int().min(1).max(1_000_000).default(d.federation.gossip.message_buffer_size),
});

/** A council peer: a peer id, or a multiaddr ending in /p2p/<peer id>. */
const councilPeer = z.string().superRefine((value, context) => {
  const peerId = value.startsWith('/') ? /\/p2p\/([1-9A-HJ-NP-Za-km-z]{32,128})$/.exec(value)?.[1] : value;
  if (peerId === undefined || !/^[1-9A-HJ-NP-Za-km-z]{32,128}$/.test(peerId)) {
    context.addIssue({ code: 'custom', message: `"${value.slice(0, 80)}" is not a peer id or a multiaddr ending in /p2p/<peer id>` });
  }
});

const federationSection = z.strictObject({
  council: z.array(councilPeer).max(limits.maxCouncilPeers).default([]),
  coordinator: coordinatorSection.prefault({}),
  raft: raftSection.prefault({}),
  replication: z
    .strictObject({ conflict_resolution: z.enum(conflictResolutions).default(d.federation.replication.conflict_resolution) })
    .prefault({}),
  discovery: discoverySection.prefault({}),
  gossip: gossipSection.prefault({}),
});

const securitySection = z.strictObject({
  pnet_key_file: z.string().min(1).nullable().default(d.security.pnet_key_file),
  api_token_file: z.string().min(1).nullable().default(d.security.api_token_file),
});

const loggingSection = z.strictObject({
  level: z.enum(logLevelValues).default(d.logging.level),
});

export const configSchema = z.strictObject({
  node: nodeSection,
  federation: federationSection.prefault({}),
  security: securitySection.prefault({}),
  logging: loggingSection.prefault({}),
});

/** A validated config, keys as in the YAML file, every default filled in. */
export type ContinuumConfig = z.output<typeof configSchema>;
/** What a caller may write: only node.name and node.territory are required. */
export type ContinuumConfigInput = z.input<typeof configSchema>;
export type DiscoveryConfig = ContinuumConfig['federation']['discovery'];
