/**
 * Every limit of @continuum/raft, named with its unit last. `validateConfig` checks
 * configured values against the bounds here; tests hit each one.
 */

/** Default bound on the entries bytes in one append message (entries are never split; at least one is sent). */
export const defaultMaxSizePerMessageBytes = 1024 * 1024;
/** Upper bound a caller may configure for one message: libp2p framers reject frames over 4 MiB. */
export const maxSizePerMessageBytesLimit = 4 * 1024 * 1024;

/** Default number of append messages in flight to one follower (the pipelining window). */
export const defaultMaxInflightMessages = 256;
/** Upper bound for the inflight window. */
export const maxInflightMessagesLimit = 65_536;

/** Default bound on the payload bytes a leader holds uncommitted before it drops proposals. */
export const defaultMaxUncommittedEntriesBytes = 64 * 1024 * 1024;

/** Default bound on the bytes of committed entries handed out in one ready batch. */
export const defaultMaxCommittedSizePerReadyBytes = 64 * 1024 * 1024;

/** Bounds on the election timeout, in ticks (randomised in [electionTicks, 2 * electionTicks)). */
export const minElectionTicks = 2;
export const maxElectionTicks = 100_000;

/** A proposal batch holds at most this many entries. */
export const maxEntriesPerProposal = 65_536;

/** Pending ReadIndex requests a leader queues before its first commit in a term. */
export const maxPendingReadIndexMessages = 4_096;

/** Largest decodable message (anything larger is refused before parsing). */
export const maxDecodedMessageBytes = 64 * 1024 * 1024;

/** Default size of a WalStorage segment file: created at this size (preallocated), rolled when a write would not fit. */
export const defaultWalSegmentBytes = 64 * 1024 * 1024;
/** Bounds a caller may configure for the segment size (WalStorage.open's `segmentBytes`). */
export const minWalSegmentBytes = 1024;
export const maxWalSegmentBytes = 1024 * 1024 * 1024;
/** Largest WAL record payload: one entry, hard state or snapshot metadata (a larger length is damage). */
export const maxWalRecordBytes = maxDecodedMessageBytes;
