export { HeartbeatGossip, heartbeatTopic } from './heartbeats.js';
export type { HeartbeatBody } from './heartbeats.js';
export { leaderCommands, runHealthRound } from './health-round.js';
export type { HealthRoundContext, HealthRoundOutcome } from './health-round.js';
export { createNode } from './node.js';
export { runDaemon } from './run.js';
export type { RunDaemonOptions } from './run.js';
export type { ConsensusComponent, ConsensusContext, ContinuumNode, NodeOptions, NodeState } from './node.js';
export * from '../logging/index.js';
