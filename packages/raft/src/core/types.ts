/**
 * The values the core reads and writes. They mirror proto/raft.proto (the codec in
 * src/codec converts); inside the core they are plain immutable-by-convention objects.
 */

/** A node's identity: in CONTINUUM, a libp2p peer id string. The empty string means "none". */
export type NodeId = string;

/** No node: used for "no vote" and "no known leader". */
export const NO_NODE: NodeId = '';

export const EntryType = { Normal: 0, ConfChange: 1 } as const;
export type EntryType = (typeof EntryType)[keyof typeof EntryType];

export interface Entry {
  readonly term: number;
  readonly index: number;
  readonly type: EntryType;
  readonly data: Uint8Array;
}

/** What must survive a crash besides the log: the current term, the vote cast in it, and the commit index. */
export interface HardState {
  readonly term: number;
  readonly vote: NodeId;
  readonly commit: number;
}

/** Cluster membership: voters make quorums; learners receive the log but never vote. */
export interface ConfState {
  readonly voters: readonly NodeId[];
  readonly learners: readonly NodeId[];
}

export interface SnapshotMetadata {
  readonly index: number;
  readonly term: number;
  readonly confState: ConfState;
}

export interface Snapshot {
  readonly metadata: SnapshotMetadata;
  readonly data: Uint8Array;
}

export const ConfChangeType = { AddNode: 0, AddLearner: 1, RemoveNode: 2 } as const;
export type ConfChangeType = (typeof ConfChangeType)[keyof typeof ConfChangeType];

/** One membership step: add (or promote to) a voter, add (or demote to) a learner, or remove a node. */
export interface ConfChange {
  readonly type: ConfChangeType;
  readonly nodeId: NodeId;
  readonly context?: Uint8Array;
}

export const MessageType = {
  Hup: 0,
  Beat: 1,
  Prop: 2,
  App: 3,
  AppResp: 4,
  Vote: 5,
  VoteResp: 6,
  Snap: 7,
  Heartbeat: 8,
  HeartbeatResp: 9,
  Unreachable: 10,
  SnapStatus: 11,
  CheckQuorum: 12,
  TransferLeader: 13,
  TimeoutNow: 14,
  ReadIndex: 15,
  ReadIndexResp: 16,
  PreVote: 17,
  PreVoteResp: 18,
} as const;
export type MessageType = (typeof MessageType)[keyof typeof MessageType];

/** Message type names, for traces and errors. */
export const messageTypeName: Readonly<Record<MessageType, string>> = Object.fromEntries(
  Object.entries(MessageType).map(([name, value]) => [value, name]),
) as Record<MessageType, string>;

/** Types that never leave a node: the caller must not send or accept them from the network. */
export function isLocalMessage(type: MessageType): boolean {
  return type === MessageType.Hup || type === MessageType.Beat || type === MessageType.Unreachable ||
    type === MessageType.SnapStatus || type === MessageType.CheckQuorum;
}

export interface Message {
  readonly type: MessageType;
  readonly to: NodeId;
  readonly from: NodeId;
  readonly term: number;
  readonly logTerm: number;
  readonly index: number;
  readonly entries: readonly Entry[];
  readonly commit: number;
  readonly snapshot?: Snapshot;
  readonly reject: boolean;
  readonly rejectHint: number;
  readonly context: Uint8Array;
}

/** Fills in defaults so message literals in the core stay short. */
export function message(fields: Partial<Message> & Pick<Message, 'type'>): Message {
  return {
    to: NO_NODE, from: NO_NODE, term: 0, logTerm: 0, index: 0, entries: [], commit: 0,
    reject: false, rejectHint: 0, context: EMPTY_BYTES, ...fields,
  };
}

export const EMPTY_BYTES: Uint8Array = new Uint8Array(0);

export const EMPTY_HARD_STATE: HardState = { term: 0, vote: NO_NODE, commit: 0 };

export const EMPTY_SNAPSHOT: Snapshot = {
  metadata: { index: 0, term: 0, confState: { voters: [], learners: [] } },
  data: EMPTY_BYTES,
};

export function isEmptyHardState(hs: HardState): boolean {
  return hs.term === 0 && hs.vote === NO_NODE && hs.commit === 0;
}

export function hardStateEqual(a: HardState, b: HardState): boolean {
  return a.term === b.term && a.vote === b.vote && a.commit === b.commit;
}

/** The bytes an entry counts for against size limits: its payload plus a fixed overhead. */
export function entrySizeBytes(entry: Entry): number {
  return entry.data.length + 16;
}

/** The payload bytes an entry counts for against the uncommitted-size limit (empty entries are free). */
export function payloadSizeBytes(entries: readonly Entry[]): number {
  let total = 0;
  for (const e of entries) total += e.data.length;
  return total;
}

/** The result of a ReadIndex request: once applied >= index, reads with this context are linearizable. */
export interface ReadState {
  readonly index: number;
  readonly context: Uint8Array;
}

export const StateType = { Follower: 'follower', Candidate: 'candidate', PreCandidate: 'pre-candidate', Leader: 'leader' } as const;
export type StateType = (typeof StateType)[keyof typeof StateType];

/** Volatile state worth reporting: who leads and what this node is. */
export interface SoftState {
  readonly lead: NodeId;
  readonly state: StateType;
}
