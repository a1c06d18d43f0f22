/**
 * The federation KV: put, delete and compare-and-swap with etcd-style revisions (one
 * store-wide revision that every successful write increments; each key keeps its create
 * and last-modified revision and a version count).
 */
import { limits } from '../limits.js';
import type { continuum } from '../gen/federation.js';
import { byteLength, copyBytes } from './checks.js';
import type { ApplyResult, Rejected } from './result.js';
import { reject } from './result.js';
import type { FederationState, KvEntry } from './state.js';

export function checkKvKey(key: string): Rejected | undefined {
  if (key.length === 0) return reject('INVALID_ARGUMENT', 'empty key');
  if (byteLength(key) > limits.maxKvKeyBytes) return reject('LIMIT_EXCEEDED', `key over ${limits.maxKvKeyBytes} bytes`);
  return undefined;
}

function checkValue(value: Uint8Array): Rejected | undefined {
  return value.byteLength > limits.maxKvValueBytes ? reject('LIMIT_EXCEEDED', `value over ${limits.maxKvValueBytes} bytes`) : undefined;
}

function write(state: FederationState, key: string, value: Uint8Array, previous: KvEntry | undefined): ApplyResult {
  if (previous === undefined && state.kv.size >= limits.maxKvKeys) return reject('LIMIT_EXCEEDED', `the KV holds ${limits.maxKvKeys} keys`);
  state.kvRevision += 1;
  state.kv.set(key, {
    value: copyBytes(value), createRevision: previous?.createRevision ?? state.kvRevision, modRevision: state.kvRevision,
    version: (previous?.version ?? 0) + 1,
  });
  return previous === undefined ? { ok: true, revision: state.kvRevision } : { ok: true, revision: state.kvRevision, previous };
}

export function applyKvPut(state: FederationState, command: continuum.daemon.v1.KvPut): ApplyResult {
  const problem = checkKvKey(command.key) ?? checkValue(command.value);
  if (problem !== undefined) return problem;
  return write(state, command.key, command.value, state.kv.get(command.key));
}

export function applyKvDelete(state: FederationState, command: continuum.daemon.v1.KvDelete): ApplyResult {
  const problem = checkKvKey(command.key);
  if (problem !== undefined) return problem;
  const previous = state.kv.get(command.key);
  if (previous === undefined) return { ok: true, revision: state.kvRevision, deleted: false };
  state.kv.delete(command.key);
  state.kvRevision += 1;
  return { ok: true, revision: state.kvRevision, deleted: true, previous };
}

export function applyKvCas(state: FederationState, command: continuum.daemon.v1.KvCas): ApplyResult {
  const problem = checkKvKey(command.key) ?? checkValue(command.value);
  if (problem !== undefined) return problem;
  const previous = state.kv.get(command.key);
  const current = previous?.modRevision ?? 0;
  if (current !== command.expectedModRevision) {
    return reject('CAS_CONFLICT', `key ${command.key} is at revision ${current}, not ${command.expectedModRevision}`);
  }
  return write(state, command.key, command.value, previous);
}
