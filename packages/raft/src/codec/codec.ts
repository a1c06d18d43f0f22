/**
 * Symmetric binary codecs for everything the core exchanges or persists, over the
 * frozen proto/raft.proto. Every decode throws RaftError DECODE_FAILED on garbage and
 * never anything else.
 */
import type { ConfChange, ConfState, Entry, HardState, Message, Snapshot } from '../core/types.js';
import { ConfChangeType } from '../core/types.js';
import { RaftError } from '../errors.js';
import { maxDecodedMessageBytes } from '../limits.js';
import {
  bytes, confStateFromProto, entryFromProto, entryToProto, fail, hardStateFromProto, messageFromProto,
  messageToProto, pb, snapshotFromProto, snapshotToProto,
} from './convert.js';

function guard<T>(what: string, input: Uint8Array, decode: () => T): T {
  if (!(input instanceof Uint8Array)) fail(what, 'input is not a Uint8Array');
  if (input.length > maxDecodedMessageBytes) fail(what, `input of ${input.length} bytes exceeds ${maxDecodedMessageBytes}`);
  try {
    return decode();
  } catch (error) {
    if (RaftError.is(error)) throw error;
    throw new RaftError('DECODE_FAILED', `cannot decode ${what}: ${(error as Error).message}`, { what }, { cause: error });
  }
}

export function encodeEntry(entry: Entry): Uint8Array {
  return pb.Entry.encode(entryToProto(entry)).finish();
}

export function decodeEntry(input: Uint8Array): Entry {
  return guard('Entry', input, () => entryFromProto(pb.Entry.decode(input)));
}

export function encodeHardState(hs: HardState): Uint8Array {
  return pb.HardState.encode({ term: hs.term, vote: hs.vote, commit: hs.commit }).finish();
}

export function decodeHardState(input: Uint8Array): HardState {
  return guard('HardState', input, () => hardStateFromProto(pb.HardState.decode(input)));
}

export function encodeConfState(cs: ConfState): Uint8Array {
  return pb.ConfState.encode({ voters: [...cs.voters], learners: [...cs.learners] }).finish();
}

export function decodeConfState(input: Uint8Array): ConfState {
  return guard('ConfState', input, () => confStateFromProto(pb.ConfState.decode(input)));
}

export function encodeSnapshot(snapshot: Snapshot): Uint8Array {
  return pb.Snapshot.encode(snapshotToProto(snapshot)).finish();
}

export function decodeSnapshot(input: Uint8Array): Snapshot {
  return guard('Snapshot', input, () => snapshotFromProto(pb.Snapshot.decode(input)));
}

export function encodeConfChange(change: ConfChange): Uint8Array {
  return pb.ConfChange.encode({ type: change.type, nodeId: change.nodeId, context: change.context ?? new Uint8Array(0) }).finish();
}

export function decodeConfChange(input: Uint8Array): ConfChange {
  return guard('ConfChange', input, () => {
    const c = pb.ConfChange.decode(input);
    const type = c.type as number;
    if (type !== ConfChangeType.AddNode && type !== ConfChangeType.AddLearner && type !== ConfChangeType.RemoveNode) {
      fail('ConfChange', `unknown change type ${type}`);
    }
    if (!c.nodeId) fail('ConfChange', 'empty node id');
    const context = bytes(c.context);
    return context.length > 0 ? { type, nodeId: c.nodeId, context } : { type, nodeId: c.nodeId };
  });
}

export function encodeMessage(message: Message): Uint8Array {
  return pb.Message.encode(messageToProto(message)).finish();
}

export function decodeMessage(input: Uint8Array): Message {
  return guard('Message', input, () => messageFromProto(pb.Message.decode(input)));
}

/** Several messages for one peer in one frame (one long-lived stream per peer). */
export function encodeMessageBatch(messages: readonly Message[]): Uint8Array {
  return pb.MessageBatch.encode({ messages: messages.map(messageToProto) }).finish();
}

export function decodeMessageBatch(input: Uint8Array): Message[] {
  return guard('MessageBatch', input, () => (pb.MessageBatch.decode(input).messages ?? []).map(messageFromProto));
}
