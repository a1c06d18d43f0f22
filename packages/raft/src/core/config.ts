import { RaftError } from '../errors.js';
import {
  defaultMaxCommittedSizePerReadyBytes, defaultMaxInflightMessages, defaultMaxSizePerMessageBytes,
  defaultMaxUncommittedEntriesBytes, maxElectionTicks, maxInflightMessagesLimit, maxSizePerMessageBytesLimit,
  minElectionTicks,
} from '../limits.js';
import type { LogStorage } from './log-storage.js';
import type { Prng } from './prng.js';
import type { NodeId } from './types.js';

export interface RaftConfig {
  /** This node's id (a libp2p peer id string); never empty. */
  readonly id: NodeId;
  /** Ticks without hearing from a leader before a follower campaigns (randomised up to twice this). */
  readonly electionTicks: number;
  /** Ticks between a leader's heartbeats; must be less than electionTicks. */
  readonly heartbeatTicks: number;
  /** Durable state the core reads (memory or LevelDB storage). */
  readonly storage: LogStorage;
  /** The randomness for election timeouts, seeded by the caller. */
  readonly prng: Prng;
  /** The last index the application applied before a restart (it will not be handed out again). */
  readonly appliedIndex?: number;
  readonly maxSizePerMessageBytes?: number;
  readonly maxInflightMessages?: number;
  readonly maxUncommittedEntriesBytes?: number;
  readonly maxCommittedSizePerReadyBytes?: number;
  /** Leaders step down when they have not heard from a quorum for an election timeout. */
  readonly checkQuorum?: boolean;
  /** Candidates first ask whether they could win (§9.6) before disturbing the term. */
  readonly preVote?: boolean;
  /** Followers refuse proposals (with a leader hint) instead of forwarding them to the leader. */
  readonly disableProposalForwarding?: boolean;
  /**
   * Asynchronous storage writes (etcd's AsyncStorageWrites): the caller may take the next
   * Ready while earlier writes are still in flight, provided writes complete in order and
   * it calls `RawNode.persisted(rd)` for each Ready, in order, once its write is durable.
   * Messages that promise durability (append and vote acknowledgements) wait in
   * `Ready.messagesAfterPersist`; the leader counts its own copy of an entry, and a
   * candidate its own vote, only once persisted; only locally durable entries are applied.
   */
  readonly asyncStorageWrites?: boolean;
  /**
   * With asyncStorageWrites: hand out committed entries to apply even before this node's
   * own copy is durable (they are durable on a quorum, so they survive any crash). Only for
   * an application whose state reaches the disk through the same ordered writes (a snapshot
   * taken at the applied index is written after the log writes before it).
   */
  readonly applyUnstableEntries?: boolean;
}

/** A config with every optional limit filled in. */
export type ResolvedRaftConfig = Required<RaftConfig>;

function check(condition: boolean, field: string, reason: string): void {
  if (!condition) throw new RaftError('CONFIG_INVALID', `raft config ${field}: ${reason}`, { field, reason });
}

function isInt(n: number): boolean {
  return Number.isSafeInteger(n);
}

/** Checks a config against src/limits.ts and fills in defaults; throws RaftError CONFIG_INVALID. */
export function validateConfig(config: RaftConfig): ResolvedRaftConfig {
  check(typeof config.id === 'string' && config.id.length > 0, 'id', 'must be a non-empty string');
  check(isInt(config.heartbeatTicks) && config.heartbeatTicks >= 1, 'heartbeatTicks', 'must be an integer >= 1');
  check(isInt(config.electionTicks) && config.electionTicks >= minElectionTicks && config.electionTicks <= maxElectionTicks,
    'electionTicks', `must be an integer in [${minElectionTicks}, ${maxElectionTicks}]`);
  check(config.electionTicks > config.heartbeatTicks, 'electionTicks', 'must be greater than heartbeatTicks');
  const resolved: ResolvedRaftConfig = {
    appliedIndex: 0,
    maxSizePerMessageBytes: defaultMaxSizePerMessageBytes,
    maxInflightMessages: defaultMaxInflightMessages,
    maxUncommittedEntriesBytes: defaultMaxUncommittedEntriesBytes,
    maxCommittedSizePerReadyBytes: defaultMaxCommittedSizePerReadyBytes,
    checkQuorum: false,
    preVote: false,
    disableProposalForwarding: false,
    asyncStorageWrites: false,
    applyUnstableEntries: false,
    ...config,
  };
  check(isInt(resolved.appliedIndex) && resolved.appliedIndex >= 0, 'appliedIndex', 'must be an integer >= 0');
  check(isInt(resolved.maxSizePerMessageBytes) && resolved.maxSizePerMessageBytes >= 1 &&
    resolved.maxSizePerMessageBytes <= maxSizePerMessageBytesLimit,
  'maxSizePerMessageBytes', `must be an integer in [1, ${maxSizePerMessageBytesLimit}]`);
  check(isInt(resolved.maxInflightMessages) && resolved.maxInflightMessages >= 1 &&
    resolved.maxInflightMessages <= maxInflightMessagesLimit,
  'maxInflightMessages', `must be an integer in [1, ${maxInflightMessagesLimit}]`);
  check(isInt(resolved.maxUncommittedEntriesBytes) && resolved.maxUncommittedEntriesBytes >= 1,
    'maxUncommittedEntriesBytes', 'must be an integer >= 1');
  check(isInt(resolved.maxCommittedSizePerReadyBytes) && resolved.maxCommittedSizePerReadyBytes >= 1,
    'maxCommittedSizePerReadyBytes', 'must be an integer >= 1');
  return resolved;
}
