// The public API of @continuum/daemon.
import './host/node20.js';
export * from './errors.js';
export { checkLimits, limits } from './limits.js';
export type { Limits } from './limits.js';
export type { SampleKind } from './samples/sample-posts.js';

export * from './config/index.js';
export { ancestorsOf, contains, globalTerritory, isTerritoryId, parseTerritoryId } from './territory/territory.js';
export type { Territory, TerritoryKind, TerritoryParse } from './territory/territory.js';
export { checkParent, checkPlacement, isTier, tierRank, tiers } from './territory/tiers.js';
export type { Placement, Tier } from './territory/tiers.js';
export { countryCodes, isCountryCode } from './territory/countries.js';

export { dataDirPaths, initDataDir, openDataDir, openWithConfig } from './identity/data-dir.js';
export type { DataDirPaths, InitOptions, OpenedDataDir } from './identity/data-dir.js';
export { createApiTokenFile, createPrivateKeyFile, loadApiTokenFile, loadPrivateKeyFile, tokenMatches } from './identity/keys.js';
export type { Identity } from './identity/keys.js';

export { createHost } from './host/host.js';
export type { ContinuumHost, HostOptions, HostServices } from './host/host.js';
export { gossipService, membersOnlyValidator } from './host/gossip.js';
export { GossipChannels } from './host/gossip-channels.js';
export type { ChannelSpec, GossipChannel, GossipChannelsOptions, GossipPublisher } from './host/gossip-channels.js';
export type { GossipMessage, GossipOverrides, GossipSub } from './host/gossip.js';
export { createSwarmKeyFile, generateSwarmKey, loadSwarmKeyFile, parseSwarmKey } from './host/pnet.js';

export { decodeFrame, encodeFrame, invalidFrame, readFrames, writeFrame } from './protocol/framing.js';
export type { FrameContext, FrameReadOptions, FrameSink } from './protocol/framing.js';
export { federationHandler } from './protocol/handler.js';
export type { FederationHandlerOptions, ProtocolCall } from './protocol/handler.js';
export { PenaltyBox } from './protocol/penalties.js';
export type { PenaliseHook, Penalty } from './protocol/penalties.js';

export * from './federation/index.js';
export * from './coordinator/index.js';

export { raftRoles } from './consensus/consensus.js';
export type { Consensus, ConsensusCallOptions, ConsensusStatus, Proposal, RaftRole } from './consensus/consensus.js';
export { UnavailableConsensus } from './consensus/unavailable.js';
export type { GossipStats, NodeViews, PeerView, ReplicationStats } from './status/types.js';
export { createMetrics, metricNames } from './metrics/registry.js';
export type { DaemonMetrics, MetricSources } from './metrics/registry.js';
export * from './api/index.js';
export * from './node/index.js';
export * from './join/index.js';

export { RaftDriver, raftDir } from './raft-driver/driver.js';
export type { RaftDriverOptions } from './raft-driver/driver.js';
export { raftTiming } from './raft-driver/timing.js';
export type { RaftTiming } from './raft-driver/timing.js';
export { advertisedAddresses, bootstrapCouncil, founderName, foundFromDataDir } from './raft-driver/bootstrap.js';
export type { CouncilBootstrap } from './raft-driver/bootstrap.js';
export { raftProtocol } from './raft-driver/transport.js';
export { fedlogProtocol, fedlogTopic } from './raft-driver/fedlog-wire.js';
export { forwardProtocol } from './raft-driver/forward.js';
export { Applier } from './raft-driver/applier.js';
export type { LogEntry } from './raft-driver/applier.js';
export { FedlogFollower, answerFedlog } from './raft-driver/fedlog.js';
export type { FedlogAnswer, FedlogSources } from './raft-driver/fedlog.js';
export { nextConfChange } from './raft-driver/membership.js';
export * from './work-exports.js';
