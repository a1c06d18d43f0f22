/** Conversions between the core's plain objects and the generated protobuf shapes. */
import { continuum } from '../gen/raft.js';
import type { ConfState, Entry, HardState, Message, MessageType, Snapshot } from '../core/types.js';
import { EMPTY_BYTES, EntryType, messageTypeName } from '../core/types.js';
import { RaftError } from '../errors.js';

const pb = continuum.raft.v1;

export function fail(what: string, reason: string): never {
  throw new RaftError('DECODE_FAILED', `cannot decode ${what}: ${reason}`, { what });
}

export function bytes(value: Uint8Array | null | undefined): Uint8Array {
  if (!value || value.length === 0) return EMPTY_BYTES;
  // Copy out of the decode buffer (and out of Node's Buffer subclass).
  return new Uint8Array(value);
}

export function index(value: number | null | undefined, what: string): number {
  const n = value ?? 0;
  if (!Number.isSafeInteger(n) || n < 0) fail(what, `bad 64-bit value ${String(n)}`);
  return n;
}

export function entryFromProto(e: continuum.raft.v1.Entry.$Properties): Entry {
  const type = e.type ?? 0;
  if (type !== EntryType.Normal && type !== EntryType.ConfChange) fail('Entry', `unknown entry type ${type}`);
  return { term: index(e.term, 'Entry.term'), index: index(e.index, 'Entry.index'), type, data: bytes(e.data) };
}

export function entryToProto(e: Entry): continuum.raft.v1.Entry.$Properties {
  return { term: e.term, index: e.index, type: e.type, data: e.data };
}

export function hardStateFromProto(h: continuum.raft.v1.HardState.$Properties): HardState {
  return { term: index(h.term, 'HardState.term'), vote: h.vote ?? '', commit: index(h.commit, 'HardState.commit') };
}

export function confStateFromProto(c: continuum.raft.v1.ConfState.$Properties | null | undefined): ConfState {
  return { voters: [...(c?.voters ?? [])], learners: [...(c?.learners ?? [])] };
}

export function snapshotFromProto(s: continuum.raft.v1.Snapshot.$Properties): Snapshot {
  const m = s.metadata;
  return {
    metadata: {
      index: index(m?.index, 'Snapshot.index'),
      term: index(m?.term, 'Snapshot.term'),
      confState: confStateFromProto(m?.confState),
    },
    data: bytes(s.data),
  };
}

export function snapshotToProto(s: Snapshot): continuum.raft.v1.Snapshot.$Properties {
  const { index: i, term, confState } = s.metadata;
  return { metadata: { index: i, term, confState: { voters: [...confState.voters], learners: [...confState.learners] } }, data: s.data };
}

export function messageFromProto(m: continuum.raft.v1.Message.$Properties): Message {
  const type = (m.type ?? 0) as MessageType;
  if (messageTypeName[type] === undefined) fail('Message', `unknown message type ${String(m.type)}`);
  const out: Message = {
    type,
    to: m.to ?? '',
    from: m.from ?? '',
    term: index(m.term, 'Message.term'),
    logTerm: index(m.logTerm, 'Message.logTerm'),
    index: index(m.index, 'Message.index'),
    entries: (m.entries ?? []).map(entryFromProto),
    commit: index(m.commit, 'Message.commit'),
    reject: m.reject ?? false,
    rejectHint: index(m.rejectHint, 'Message.rejectHint'),
    context: bytes(m.context),
  };
  return m.snapshot ? { ...out, snapshot: snapshotFromProto(m.snapshot) } : out;
}

export function messageToProto(m: Message): continuum.raft.v1.Message.$Properties {
  const out: continuum.raft.v1.Message.$Properties = {
    type: m.type, to: m.to, from: m.from, term: m.term, logTerm: m.logTerm, index: m.index,
    entries: m.entries.map(entryToProto), commit: m.commit, reject: m.reject, rejectHint: m.rejectHint, context: m.context,
  };
  if (m.snapshot) out.snapshot = snapshotToProto(m.snapshot);
  return out;
}

export { pb };
