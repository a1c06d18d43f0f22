/**
 * Raft peers of one federation hold one founding digest (FederationState.founding).
 * Founders given different council lists or federation ids write different index-1
 * snapshots, which Raft would take for one entry (same index, same term) before mixing
 * their logs. So every raft stream starts with the sender's digest (RaftStreamHello), every
 * raft-snap header carries it, and a receiver that holds another digest refuses the stream
 * with FOREIGN_FEDERATION. The refusal carries no penalty: the sender is a misconfigured
 * founder, not an attacker. Follow-the-log carries it too (fedlog-wire.ts: gossip batches,
 * requests and answers), since a Raft peer without a leader also follows the log. A node without a digest (a joining learner before its first
 * snapshot, or a state written before digests were recorded) accepts and is accepted.
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import { ContinuumError } from '../errors.js';
import { continuum } from '../gen/federation.js';
import { decodeFrame } from '../protocol/framing.js';
import type { FrameContext } from '../protocol/framing.js';

const { RaftStreamHello } = continuum.daemon.v1;

/** Both digests known and different: the peers were founded apart. */
export function foundedApart(ours: Uint8Array, theirs: Uint8Array): boolean {
  if (ours.byteLength === 0 || theirs.byteLength === 0) return false;
  if (ours.byteLength !== theirs.byteLength) return true;
  return ours.some((byte, index) => byte !== theirs[index]);
}

/** What the raft and raft-snap protocols need: this node's digest now, and where refusals are reported. */
export interface FoundingHooks {
  readonly founding: () => Uint8Array;
  readonly foreign: (error: ContinuumError<'FOREIGN_FEDERATION'>) => void;
}

/** FOREIGN_FEDERATION when `theirs` shows the peer was founded apart from this node (`ours`), else undefined. */
function foreignFederation(ours: Uint8Array, theirs: Uint8Array, context: FrameContext): ContinuumError<'FOREIGN_FEDERATION'> | undefined {
  if (!foundedApart(ours, theirs)) return undefined;
  return new ContinuumError('FOREIGN_FEDERATION',
    `${context.peer} was founded apart from this node (founding digest ${bytesToHex(theirs)}, ours ${bytesToHex(ours)}): ` +
    `its founders were given another federation.council list or federation id; refused on ${context.protocol}`,
    { peer: context.peer, protocol: context.protocol, ours: bytesToHex(ours), theirs: bytesToHex(theirs) });
}

/** Reports FOREIGN_FEDERATION when `theirs` shows the sender was founded apart from this node, and returns it. */
function reportForeign(hooks: FoundingHooks, theirs: Uint8Array, context: FrameContext): ContinuumError<'FOREIGN_FEDERATION'> | undefined {
  const error = foreignFederation(hooks.founding(), theirs, context);
  if (error !== undefined) hooks.foreign(error);
  return error;
}

/** True, after reporting it, when `theirs` shows the sender was founded apart from this node: drop its message. */
export function reportedForeign(hooks: FoundingHooks, theirs: Uint8Array, context: FrameContext): boolean {
  return reportForeign(hooks, theirs, context) !== undefined;
}

/** Reports and throws FOREIGN_FEDERATION when `theirs` shows the peer was founded apart from this node. */
export function admitFounding(hooks: FoundingHooks, theirs: Uint8Array, context: FrameContext): void {
  const error = reportForeign(hooks, theirs, context);
  if (error !== undefined) throw error;
}

/**
 * The peers refused as founded apart lately, for the log (each at most once per
 * `intervalMs`) and for status (those refused within the last `intervalMs`).
 */
export class ForeignPeers {
  private readonly lastRefused = new Map<string, number>();

  constructor(private readonly intervalMs: number) {}

  /** Records a refusal; true when this peer was not logged within the interval (log it now). */
  refused(peer: string, nowMs: number): boolean {
    const last = this.lastRefused.get(peer);
    this.lastRefused.set(peer, nowMs);
    return last === undefined || nowMs - last >= this.intervalMs;
  }

  /** The peers refused within the interval, sorted; older ones are forgotten. */
  list(nowMs: number): string[] {
    for (const [peer, at] of this.lastRefused) if (at < nowMs - this.intervalMs) this.lastRefused.delete(peer);
    return [...this.lastRefused.keys()].sort();
  }
}

export function encodeHello(founding: Uint8Array): Uint8Array {
  return RaftStreamHello.encode({ founding }).finish();
}

/** The digest in a raft stream's first frame (PEER_MESSAGE_INVALID when it does not decode). */
export function decodeHello(frame: Uint8Array, context: FrameContext): Uint8Array {
  return decodeFrame((bytes) => RaftStreamHello.decode(bytes), frame, context).founding;
}
