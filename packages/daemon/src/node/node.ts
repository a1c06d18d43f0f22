/**
 * `createNode(config)`: one CONTINUUM node with a phased lifecycle. `start()` runs the
 * phases in order — identity (data dir), host (libp2p), consensus, coordinator and
 * heartbeats, API — and `stop()` undoes them in reverse order, once, through one
 * AbortController. A failed start undoes the phases that had started.
 *
 * Consensus and discovery are parameters: the Raft driver (over packages/raft) and the
 * discovery package plug in here. Without a consensus factory the node runs with
 * UnavailableConsensus: it serves health, metrics and status, and answers every
 * consensus call with 503 UNAVAILABLE.
 */
import { randomBytes } from 'node:crypto';
import type { ConnectionGater } from '@libp2p/interface';
import { cpus, loadavg } from 'node:os';
import type { ApiServer } from '../api/server.js';
import { startApiServer } from '../api/server.js';
import { hostPortPattern } from '../config/schema.js';
import type { ContinuumConfig, ContinuumConfigInput } from '../config/schema.js';
import { validateConfig } from '../config/validate.js';
import type { Consensus } from '../consensus/consensus.js';
import { UnavailableConsensus } from '../consensus/unavailable.js';
import { Coordinator } from '../coordinator/coordinator.js';
import { ContinuumError } from '../errors.js';
import { createHost } from '../host/host.js';
import { GossipChannels } from '../host/gossip-channels.js';
import type { ContinuumHost, HostOptions } from '../host/host.js';
import { loadSwarmKeyFile } from '../host/pnet.js';
import type { OpenedDataDir } from '../identity/data-dir.js';
import { openWithConfig } from '../identity/data-dir.js';
import type { DaemonMetrics } from '../metrics/registry.js';
import { createMetrics } from '../metrics/registry.js';
import { checkLimits, limits } from '../limits.js';
import { PenaltyBox } from '../protocol/penalties.js';
import type { NodeViews } from '../status/types.js';
import { requestJoin } from '../join/client.js';
import { joinHandler, joinProtocol } from '../join/server.js';
import { HeartbeatGossip } from './heartbeats.js';
import type { HeardBeat } from './heartbeats.js';
import { runHealthRound } from './health-round.js';
import type { HealthRoundOutcome } from './health-round.js';
import { SelfDescription } from './self-description.js';
import { hostPeers, measureLatency } from './views.js';
import { startWork } from './work.js';
import { createDiscovery } from '@continuum/discovery';
import type { Discovery } from '@continuum/discovery';
import { RaftDriver } from '../raft-driver/driver.js';
import { KvWatchHub } from '../events/kv-watch.js';
import { createNodeLogger } from '../logging/create.js';
import { componentLoggers, silentLogger, type ComponentLoggers, type Logger } from '../logging/logger.js';
import { startLogObserver } from './log-observer.js';

export interface ConsensusContext {
  readonly config: ContinuumConfig;
  readonly dataDir: OpenedDataDir;
  readonly host: ContinuumHost;
  /** The node's gossip topics (members-only, outsider rate limit, held until admitted). */
  readonly gossip: GossipChannels;
  readonly penalties: PenaltyBox;
  readonly signal: AbortSignal;
}

/** A consensus implementation the node starts and stops (the Raft driver). */
export interface ConsensusComponent extends Consensus {
  start?(): Promise<void>;
  stop?(): Promise<void>;
  /** After this node joined: catch up from the members that admitted it. */
  followFrom?(peers: readonly string[]): Promise<void>;
}

export interface NodeOptions {
  /** The consensus factory; default: the Raft driver (src/raft-driver) over the data dir. */
  readonly consensus?: (context: ConsensusContext) => ConsensusComponent;
  /** Peer discovery modules; default: `createDiscovery(config.federation.discovery)` (with its services). */
  readonly peerDiscovery?: HostOptions['peerDiscovery'];
  /** Extra libp2p services, e.g. the discovery package's kad-dht. */
  readonly services?: HostOptions['services'];
  /** Run without consensus (UnavailableConsensus: 503 on consensus calls); for API-only tests. */
  readonly withoutConsensus?: boolean;
  /**
   * Extra connection rules (tests: the fault harness's partitions), combined with the
   * penalty box's gater: a dial or connection is refused when either refuses it. The
   * production daemon passes none.
   */
  readonly connectionGater?: ConnectionGater;
  /** Wall clock in ms (default Date.now); the HLC, heartbeats, tokens and ingest read it. */
  readonly now?: () => number;
  /** Bind the API to this port instead of node.api's (0 picks a free port; tests). */
  readonly apiPortOverride?: number;
  /** Bound on each consensus wait of the API and the join protocol (default limits.consensusTimeoutMs). */
  readonly consensusTimeoutMs?: number;
  /**
   * The root logger (components get children). Default: pino at `logging.level`, written
   * to `<data_dir>/logs/continuum.log` and, with `logConsole`, to standard error.
   */
  readonly logger?: Logger;
  /** With the default logger: also log to standard error (the daemon process does). */
  readonly logConsole?: boolean;
}

export type NodeState = 'new' | 'starting' | 'running' | 'stopping' | 'stopped';

export interface ContinuumNode {
  readonly state: NodeState;
  readonly config: ContinuumConfig;
  /** Running only. */
  readonly host: ContinuumHost;
  readonly consensus: Consensus;
  readonly coordinator: Coordinator;
  readonly metrics: DaemonMetrics;
  readonly api: ApiServer;
  readonly penalties: PenaltyBox;
  readonly peerId: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** One coordinator round now (the loop runs one every health_check_interval). */
  healthRound(): Promise<HealthRoundOutcome>;
}

interface Running {
  dataDir: OpenedDataDir;
  host: ContinuumHost;
  consensus: ConsensusComponent;
  coordinator: Coordinator;
  heartbeats: HeartbeatGossip;
  metrics: DaemonMetrics;
  api: ApiServer;
  penalties: PenaltyBox;
}

function lifecycle(state: NodeState, operation: string): ContinuumError<'LIFECYCLE'> {
  return new ContinuumError('LIFECYCLE', `cannot ${operation} a node that is ${state}`, { state, operation });
}

/** A KV watch hub fed by the KV changes the driver's applier announces (batches and snapshot restores). */
function watchAppliedLog(driver: RaftDriver): KvWatchHub {
  const { applier } = driver;
  const hub = new KvWatchHub({ revision: () => applier.state.kvRevision, appliedIndex: () => applier.appliedIndex });
  applier.onKvChanges((changes, resync) => hub.record(changes, resync));
  return hub;
}

function apiAddress(config: ContinuumConfig, override: number | undefined): { host: string; port: number } {
  const match = hostPortPattern.exec(config.node.api);
  const host = config.node.api.slice(0, config.node.api.lastIndexOf(':')).replace(/^\[|\]$/g, '');
  return { host, port: override ?? Number(match?.[1] ?? 7700) };
}

type GaterRule = (...args: never[]) => boolean | Promise<boolean>;

/**
 * A gater refusing whatever `first` or `second` refuses (`second` absent: `first`). Its
 * deny* rules refuse when either does; `filterMultiaddrForPeer` keeps an address only
 * when both keep it.
 */
export function combineGaters(first: ConnectionGater, second: ConnectionGater | undefined): ConnectionGater {
  if (second === undefined) return first;
  const names = new Set([...Object.keys(first), ...Object.keys(second)] as Array<keyof ConnectionGater>);
  const combined: Record<string, GaterRule> = {};
  for (const name of names) {
    const a = first[name] as GaterRule | undefined;
    const b = second[name] as GaterRule | undefined;
    combined[name] = name === 'filterMultiaddrForPeer'
      ? async (...args: never[]) => (await a?.(...args)) !== false && (await b?.(...args)) !== false
      : async (...args: never[]) => (await a?.(...args)) === true || (await b?.(...args)) === true;
  }
  return combined as ConnectionGater;
}

export function createNode(input: ContinuumConfig | ContinuumConfigInput, options: NodeOptions = {}): ContinuumNode {
  const brokenLimits = checkLimits();
  if (brokenLimits.length > 0) throw new ContinuumError('INTERNAL', `limits.ts is inconsistent: ${brokenLimits.join('; ')}`, { reason: brokenLimits.join('; ') });
  const config = validateConfig(input);
  const now = options.now ?? (() => Date.now());
  const controller = new AbortController();
  const stack: Array<() => Promise<void> | void> = [];
  let state: NodeState = 'new';
  let running: Running | undefined;
  let log: ComponentLoggers | undefined;
  let description: SelfDescription | undefined;

  const need = (): Running => {
    if (running === undefined) throw lifecycle(state, 'use');
    return running;
  };

  async function unwind(): Promise<void> {
    while (stack.length > 0) {
      const undo = stack.pop();
      try {
        await undo?.();
      } catch {
        // Keep stopping the remaining phases; a failed close must not leak the others.
      }
    }
  }

  async function startPhases(): Promise<Running> {
    const dataDir = await openWithConfig(config);
    const created = options.logger === undefined
      ? createNodeLogger({ level: config.logging.level, dataDir: dataDir.paths.dataDir, console: options.logConsole === true, base: { node: config.node.name } })
      : undefined;
    stack.push(() => created?.close());
    const loggers = componentLoggers(options.logger ?? created?.logger ?? silentLogger);
    log = loggers;
    stack.push(() => loggers.node.info('stopped'));
    loggers.node.info('starting', { name: config.node.name, tier: config.node.tier, territory: config.node.territory, data_dir: dataDir.paths.dataDir, log_level: config.logging.level });
    const swarmKey = config.security.pnet_key_file === null ? undefined : await loadSwarmKeyFile(config.security.pnet_key_file);
    const penalties = new PenaltyBox((peer) => {
      loggers.host.warn('peer refused: too many penalties, its connections are closed and new ones refused', { peer });
      for (const connection of host.getConnections()) if (connection.remotePeer.toString() === peer) void connection.close().catch(() => undefined);
    });
    let members: () => ReadonlyMap<string, unknown> = () => new Map();
    const discovery: Discovery | undefined = options.peerDiscovery === undefined && options.services === undefined
      ? createDiscovery(config.federation.discovery, { isAllowed: (peer) => members().has(peer.toString()) })
      : undefined;
    const host: ContinuumHost = await createHost({
      privateKey: dataDir.identity.privateKey, listen: config.node.listen, swarmKey, connectionGater: combineGaters(penalties.gater(), options.connectionGater),
      peerDiscovery: discovery?.peerDiscovery ?? options.peerDiscovery,
      services: (discovery?.services ?? options.services) as HostOptions['services'],
    });
    stack.push(() => host.stop());
    const penalise: typeof penalties.penalise = (penalty) => {
      loggers.host.debug('peer penalised', { peer: penalty.peer, protocol: penalty.protocol, code: penalty.error.code });
      penalties.penalise(penalty);
    };
    const gossip = new GossipChannels({
      pubsub: host.services.pubsub, isMember: (peer) => members().has(peer), admitted: () => members().has(host.peerId.toString()),
      admitOutsider: (peer, protocol) => penalties.admitStream(peer, protocol), penalise,
      onReceiverBug: (topic, error) => loggers.host.error('gossip receiver failed', { topic, err: error }),
    });
    const context = { config, dataDir, host, gossip, penalties, signal: controller.signal };
    const consensus: ConsensusComponent = options.consensus?.(context)
      ?? (options.withoutConsensus === true ? new UnavailableConsensus() : new RaftDriver({ ...context, now, logger: loggers.raft }));
    members = () => consensus.state.members;
    await consensus.start?.();
    stack.push(() => consensus.stop?.());
    const kvWatch = consensus instanceof RaftDriver ? watchAppliedLog(consensus) : undefined;
    stack.push(() => kvWatch?.close());
    const coordinatorConfig = config.federation.coordinator;
    const coordinator = new Coordinator({
      healthCheckIntervalSeconds: coordinatorConfig.health_check_interval, unhealthyThreshold: coordinatorConfig.unhealthy_threshold,
      algorithm: coordinatorConfig.load_balance_algorithm, now,
    });
    const onHeard = consensus instanceof RaftDriver ? (peer: string, beat: HeardBeat): void => consensus.peerHeard(peer, beat) : undefined;
    const foundingHooks = consensus instanceof RaftDriver ? consensus.foundingHooks : undefined;
    const heartbeats = new HeartbeatGossip(gossip, coordinator, () => consensus.status().commitIndex, now, onHeard, foundingHooks);
    heartbeats.start();
    stack.push(() => heartbeats.stop());
    const work = await startWork({ config, dataDir: dataDir.paths.dataDir, host, gossip, consensus, penalise, now, signal: controller.signal });
    stack.push(() => work.stop());
    const views: NodeViews = { peers: () => hostPeers(host, coordinator), gossip: () => heartbeats.stats(), replication: () => work.replication() };
    const metrics = createMetrics({ coordinator: () => coordinator.stats(), raft: () => consensus.status(), gossip: views.gossip, replication: views.replication });
    const self = { peerId: host.peerId.toString(), name: config.node.name, tier: config.node.tier, territory: config.node.territory };
    const timeout = options.consensusTimeoutMs === undefined ? {} : { timeoutMs: options.consensusTimeoutMs };
    await host.handle(joinProtocol, joinHandler({ consensus, selfPeerId: self.peerId, now, penalise: penalties.penalise, signal: controller.signal, ...timeout }));
    stack.push(() => host.unhandle(joinProtocol));
    const joinAs = { name: config.node.name, tier: config.node.tier, territory: config.node.territory };
    const api = await startApiServer({
      apiToken: dataDir.apiToken, self, consensus, coordinator, metrics, views, now, logger: loggers.api,
      ...(kvWatch === undefined ? {} : { kvWatch }),
      ...(options.consensusTimeoutMs === undefined ? {} : { consensusTimeoutMs: options.consensusTimeoutMs }),
      randomBytes: (length) => new Uint8Array(randomBytes(length)),
      selfAddresses: () => host.getMultiaddrs().map((address) => address.toString()),
      join: async (token, signal, joinOptions) => {
        const answer = await requestJoin(host, token, { ...joinAs, addresses: host.getMultiaddrs().map((address) => address.toString()), council: joinOptions?.council === true }, signal);
        if (answer.ok) loggers.node.info('joined the federation', { federation_id: token.federationId, council: joinOptions?.council === true });
        else loggers.node.warn('join refused', { federation_id: token.federationId });
        if (answer.ok && consensus.followFrom !== undefined) await consensus.followFrom(answer.council.map((member) => member.peerId ?? "").filter((peer) => peer !== ""));
        return answer;
      },
      ...(discovery === undefined ? {} : { discovery: () => discovery.report.toJSON() }),
      work: work.api,
    }, apiAddress(config, options.apiPortOverride));
    stack.push(() => api.close());
    stack.push(work.attach(api.server, dataDir.apiToken));
    // A round waits for consensus at most a bounded time; a round still running when the
    // next is due makes the loop skip that one rather than pile rounds up.
    let busy = false;
    const timer = setInterval(() => {
      if (busy) return;
      busy = true;
      void round().catch((error: unknown) => loggers.coordinator.warn('health round failed', { err: error })).finally(() => { busy = false; });
    }, coordinator.healthCheckIntervalMs);
    timer.unref();
    stack.push(() => clearInterval(timer));
    stack.push(startLogObserver({ loggers, consensus, host, self: self.peerId }));
    description = new SelfDescription(consensus, self.peerId, joinAs, now);
    void describeAtStart();
    loggers.api.info('API listening', { api: `${api.host}:${api.port}` });
    loggers.host.info('listening', { peer_id: self.peerId, listen: host.getMultiaddrs().map((address) => address.toString()) });
    return { dataDir, host, consensus, coordinator, heartbeats, metrics, api, penalties };
  }

  /**
   * Makes this node's committed record match its config (founders start as placeholders); false when it could not propose (no quorum yet).
   * One check at a time: without a quorum a check waits up to consensusTimeoutMs, and the health rounds (whose heartbeats
   * tell the others this node is alive) must not wait behind it.
   */
  let describing: Promise<boolean> | undefined;
  function describeSelf(): Promise<boolean> {
    describing ??= describeOnce().finally(() => { describing = undefined; });
    return describing;
  }

  async function describeOnce(): Promise<boolean> {
    const signal = AbortSignal.any([controller.signal, AbortSignal.timeout(limits.consensusTimeoutMs)]);
    try {
      const outcome = await description?.check(signal);
      if (outcome?.kind === 'described') log?.node.info('described this node to the federation', { name: config.node.name, tier: config.node.tier, territory: config.node.territory, index: outcome.index });
      if (outcome?.kind === 'refused') log?.node.warn('the federation refused this node\'s description (config node.name, tier, territory)', { reason: outcome.reason });
      return true;
    } catch {
      return false;
    }
  }

  /** At start (founders elect their first leader now), retried every second for a while; the health rounds retry after that. */
  async function describeAtStart(): Promise<void> {
    for (let attempt = 0; attempt < 30 && !controller.signal.aborted; attempt += 1) {
      if (await describeSelf()) return;
      await new Promise((resolve) => setTimeout(resolve, 1_000).unref());
    }
  }

  async function round(): Promise<HealthRoundOutcome> {
    const parts = need();
    const status = parts.consensus.status();
    const selfHeartbeat = { loadScore: (loadavg()[0] ?? 0) / Math.max(1, cpus().length), degraded: status.leaderId === undefined };
    const outcome = await runHealthRound({
      coordinator: parts.coordinator, consensus: parts.consensus, now, signal: controller.signal, selfHeartbeat: () => selfHeartbeat,
      council: { size: config.federation.coordinator.council_size, replaceAfterMs: config.federation.coordinator.council_replace_after * 1000 },
      self: { peerId: parts.host.peerId.toString(), tier: config.node.tier, territory: config.node.territory },
    });
    await parts.heartbeats.publish({ ...selfHeartbeat, appliedIndex: status.appliedIndex, raftLeader: status.role === 'leader', raftTerm: status.term }).catch(() => undefined);
    void describeSelf();
    await measureLatency(parts.host, parts.coordinator, controller.signal);
    if (outcome.proposed.length > 0) log?.coordinator.debug('health round proposed changes', { proposed: outcome.proposed.length, changes: outcome.changes.length });
    if (outcome.failedProposals > 0) log?.coordinator.warn('health round: proposals failed', { failed: outcome.failedProposals });
    return outcome;
  }

  const node: ContinuumNode = {
    get state() { return state; },
    config,
    get host() { return need().host; },
    get consensus() { return need().consensus; },
    get coordinator() { return need().coordinator; },
    get metrics() { return need().metrics; },
    get api() { return need().api; },
    get penalties() { return need().penalties; },
    get peerId() { return need().host.peerId.toString(); },
    async start() {
      if (state !== 'new') throw lifecycle(state, 'start');
      state = 'starting';
      try {
        running = await startPhases();
        if (controller.signal.aborted) throw lifecycle('stopping', 'finish starting');
        state = 'running';
        log?.node.info('started', { peer_id: running.host.peerId.toString() });
      } catch (error) {
        log?.node.error('start failed', { err: error });
        controller.abort();
        await unwind();
        state = 'stopped';
        throw error;
      }
    },
    async stop() {
      if (state === 'stopped' || state === 'stopping' || state === 'new' || state === 'starting') {
        if (state === 'starting') controller.abort();
        state = state === 'new' ? 'stopped' : state;
        return;
      }
      state = 'stopping';
      log?.node.info('stopping');
      controller.abort();
      await unwind();
      running = undefined;
      state = 'stopped';
    },
    healthRound: () => round(),
  };
  return node;
}
