import type { Entry, HardState, Message, ReadState, Snapshot, SoftState } from './types.js';

/**
 * One batch of work for the caller. Handle it in this order, then call `advance()`:
 *
 * 1. Persist `snapshot` (if any), then `entries` and `hardState` atomically, syncing to
 *    disk when `mustSync` is true. Entries replace any stored entries from their first
 *    index on.
 * 2. Only then send `messages` (a vote or an append acknowledgement sent before its
 *    data is durable can break safety after a crash).
 * 3. Apply `snapshot` to the state machine, then `committedEntries` in order.
 * 4. Serve `readStates` once the applied index reaches their index.
 * 5. Call `advance()`.
 */
export interface Ready {
  /** Set when the leader or role changed; informational, never persisted. */
  readonly softState?: SoftState;
  /** Set when term, vote or commit changed: persist it. */
  readonly hardState?: HardState;
  /** A snapshot received from the leader: persist and apply it before the entries. */
  readonly snapshot?: Snapshot;
  /** Entries to append to stable storage. */
  readonly entries: readonly Entry[];
  /** Entries known to be committed: apply them, in order, after persisting. */
  readonly committedEntries: readonly Entry[];
  /** Messages to send after persisting (with async storage writes: send them now). */
  readonly messages: readonly Message[];
  /**
   * Async storage writes only (always empty otherwise): acknowledgements to send once this
   * Ready's write, and every earlier one, is durable (after which call `persisted(rd)`).
   */
  readonly messagesAfterPersist: readonly Message[];
  /** Results of ReadIndex requests. */
  readonly readStates: readonly ReadState[];
  /** Whether the write of hardState and entries must reach the disk (fsync) before sending. */
  readonly mustSync: boolean;
}

export function isEmptyReady(rd: Ready): boolean {
  return rd.softState === undefined && rd.hardState === undefined && rd.snapshot === undefined &&
    rd.entries.length === 0 && rd.committedEntries.length === 0 && rd.messages.length === 0 &&
    rd.messagesAfterPersist.length === 0 && rd.readStates.length === 0;
}
