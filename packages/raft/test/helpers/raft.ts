import { createPrng } from '../../src/core/prng.js';
import { Raft } from '../../src/core/raft.js';
import type { RaftConfig } from '../../src/core/config.js';
import { EntryType, message, type Entry, type Message, type MessageType, type NodeId } from '../../src/core/types.js';
import { MemoryStorage } from '../../src/storage/memory-storage.js';

/** A bare state machine over a bootstrapped memory storage (snapshot at index 1, term 1). */
export function newRaft(id: NodeId, voters: readonly NodeId[], tuning: Partial<RaftConfig> = {}, learners: readonly NodeId[] = []): Raft {
  const storage = tuning.storage ?? MemoryStorage.bootstrap({ voters: [...voters], learners: [...learners] });
  return new Raft({ id, electionTicks: 10, heartbeatTicks: 1, prng: createPrng(42), ...tuning, storage });
}

export function entry(index: number, term: number, data = ''): Entry {
  return { index, term, type: EntryType.Normal, data: new TextEncoder().encode(data) };
}

/** Takes (and clears) the messages the state machine wants to send, flushing batched appends first. */
export function takeMessages(r: Raft): Message[] {
  r.flushBroadcast();
  const out = r.msgs;
  r.msgs = [];
  return out;
}

export function msg(type: MessageType, from: NodeId, to: NodeId, fields: Partial<Message> = {}): Message {
  return message({ type, from, to, ...fields });
}

/** Storage holding the given entries after the bootstrap snapshot, with a hard state. */
export function storageWith(voters: readonly NodeId[], entries: readonly Entry[], term = 0): MemoryStorage {
  const storage = MemoryStorage.bootstrap({ voters: [...voters], learners: [] });
  storage.saveSync({ entries, hardState: { term, vote: '', commit: 1 }, sync: true });
  return storage;
}
