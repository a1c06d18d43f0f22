/** What the API handlers need from the node; every part is an interface, so tests pass doubles. */
import type { Consensus } from '../consensus/consensus.js';
import type { JoinTokenData } from '../federation/tokens.js';
import type { JoinAnswer } from '../join/client.js';
import type { Coordinator } from '../coordinator/coordinator.js';
import type { DaemonMetrics } from '../metrics/registry.js';
import type { NodeViews } from '../status/types.js';
import type { Tier } from '../territory/tiers.js';
import type { WorkDeps } from './work-context.js';
import type { KvWatchHub } from '../events/kv-watch.js';
import type { Logger } from '../logging/logger.js';

export interface ApiDeps {
  /** The bearer token (content of the data dir's api-token file). */
  readonly apiToken: string;
  readonly self: { readonly peerId: string; readonly name: string; readonly tier: Tier; readonly territory: string };
  readonly consensus: Consensus;
  readonly coordinator: Coordinator;
  readonly metrics: DaemonMetrics;
  readonly views: NodeViews;
  /** Wall clock (ms), stamped into proposed commands. */
  readonly now: () => number;
  /** Bound on a consensus call; defaults to limits.consensusTimeoutMs. */
  readonly consensusTimeoutMs?: number;
  /** Cryptographically random bytes (join token ids and secrets). */
  readonly randomBytes: (length: number) => Uint8Array;
  /** This node's dialable addresses, each ending in /p2p/<peer id> (put into join tokens). */
  readonly selfAddresses: () => string[];
  /** Joins a federation with a token (the join protocol's client); absent: 503. */
  /** The discovery report (GET /v1/discovery); absent: 404. */
  readonly discovery?: () => unknown;
  readonly join?: (token: JoinTokenData, signal: AbortSignal, options?: { council?: boolean }) => Promise<JoinAnswer>;
  /** KV watches from the applied log (absent: a watch is 503). */
  readonly kvWatch?: KvWatchHub;
  /** The API's logger (failures answered with 500 are logged). */
  readonly logger?: Logger;
  /** Ingest, content, audit and query routes (absent: not mounted). */
  readonly work?: WorkDeps;
}
