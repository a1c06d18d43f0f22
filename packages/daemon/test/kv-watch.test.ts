// KV watch events from the one applied state: the applier announces the KV changes of each
// batch (with their log indexes) and the net difference of a snapshot restore; the hub keeps
// the last maxKvWatchHistoryCount of them for watches that start at an earlier revision.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KvWatchHub } from '../src/events/kv-watch.js';
import type { KvChange } from '../src/events/kv-watch.js';
import { watchLimits } from '../src/events/watch-limits.js';
import { encodeCommand } from '../src/federation/command.js';
import type { CommandInput } from '../src/federation/command.js';
import { snapshot } from '../src/federation/snapshot.js';
import { Applier } from '../src/raft-driver/applier.js';
import type { LogEntry } from '../src/raft-driver/applier.js';
import { encodeEnvelope, newProposalId } from '../src/raft-driver/envelope.js';
import { bootstrapped, council } from './support/federation-fixtures.js';

const text = (value: string): Uint8Array => new TextEncoder().encode(value);

function entry(index: number, body: CommandInput, id = newProposalId()): LogEntry {
  return { index, term: 2, type: 0, data: encodeEnvelope(id, encodeCommand({ atMs: 100 + index, proposer: council, ...body })) };
}

function watched(): { applier: Applier; hub: KvWatchHub } {
  const applier = new Applier();
  applier.restore(snapshot(bootstrapped()), 1);
  const hub = new KvWatchHub({ revision: () => applier.state.kvRevision, appliedIndex: () => applier.appliedIndex });
  applier.onKvChanges((changes, resync) => hub.record(changes, resync));
  return { applier, hub };
}

const brief = (change: KvChange): string => `${change.type} ${change.key}@${change.revision}#${change.index}${change.resync === true ? ' resync' : ''}`;

describe('KV watch hub', () => {
  it('reports one change per KV write with its log index; nothing for a duplicate envelope, a rejected write or a delete of an absent key', () => {
    const { applier, hub } = watched();
    const seen: string[] = [];
    hub.subscribe({ prefix: 'a/' }, (change) => seen.push(brief(change)));
    const id = newProposalId();
    applier.applyEntries([
      entry(2, { kvPut: { key: 'a/x', value: text('1') } }, id),
      entry(3, { kvPut: { key: 'a/x', value: text('2') } }),
      entry(4, { kvPut: { key: 'a/x', value: text('dup') } }, id),
      entry(5, { kvDelete: { key: 'a/x' } }),
    ]);
    applier.applyEntries([
      entry(6, { kvDelete: { key: 'a/x' } }),
      entry(7, { kvPut: { key: 'b/y', value: text('3') } }),
      entry(8, { kvCas: { key: 'a/z', value: text('4'), expectedModRevision: 0 } }),
      entry(9, { kvCas: { key: 'a/z', value: text('5'), expectedModRevision: 1 } }),
      entry(10, { setPolicy: { name: 'failback', value: 'return' } }),
    ]);
    expect(seen).toEqual(['put a/x@1#2', 'put a/x@2#3', 'delete a/x@3#5', 'put a/z@5#8']);
    expect(hub.since(0, { prefix: '' })?.map(brief)).toEqual(['put a/x@1#2', 'put a/x@2#3', 'delete a/x@3#5', 'put b/y@4#7', 'put a/z@5#8']);
    expect(hub.since(3, { key: 'a/z' })?.[0]).toMatchObject({ value: text('4'), create_revision: 5, version: 1 });
    expect([hub.revision, hub.appliedIndex]).toEqual([applier.state.kvRevision, 10]);
  });

  it('a snapshot restore reports the net difference (resync, index 0) and restarts the history; later entries keep their indexes', () => {
    const { applier, hub } = watched();
    applier.applyEntries([entry(2, { kvPut: { key: 'k1', value: text('a') } }), entry(3, { kvPut: { key: 'k2', value: text('b') } })]);
    const ahead = new Applier();
    ahead.restore(applier.snapshot(), applier.appliedIndex);
    ahead.applyEntries([entry(4, { kvDelete: { key: 'k1' } }), entry(5, { kvPut: { key: 'k3', value: text('c') } }), entry(6, { kvPut: { key: 'k3', value: text('d') } })]);
    applier.restore(ahead.snapshot(), ahead.appliedIndex);
    expect(hub.since(hub.oldestRevision, {})?.map(brief)).toEqual(['put k3@5#0 resync', 'delete k1@5#0 resync']);
    expect(hub.since(0, {})).toBeUndefined();
    applier.applyEntries([entry(7, { kvPut: { key: 'k2', value: text('e') } })]);
    expect(hub.since(5, {})?.map(brief)).toEqual(['put k2@6#7']);
  });

  it(`keeps the last ${watchLimits.maxKvWatchHistoryCount} changes: a watch can start after the oldest of them, not before`, () => {
    const { applier, hub } = watched();
    const total = watchLimits.maxKvWatchHistoryCount + 6;
    applier.applyEntries(Array.from({ length: total }, (_, i) => entry(i + 2, { kvPut: { key: `k${i % 7}`, value: text(String(i)) } })));
    expect(hub.oldestRevision).toBe(6);
    expect(hub.since(5, {})).toBeUndefined();
    expect(hub.since(6, {})).toHaveLength(watchLimits.maxKvWatchHistoryCount);
  });

  it('law: a watcher that applies every change it is told, across batches and restores, holds the applied state\'s KV', () => {
    type Op = { kind: 'put'; key: string; value: string } | { kind: 'delete'; key: string } | { kind: 'restore'; skip: number };
    const key = fc.constantFrom('a', 'b', 'c', 'd');
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({ kind: fc.constant('put' as const), key, value: fc.string({ maxLength: 3 }) }),
      fc.record({ kind: fc.constant('delete' as const), key }),
      fc.record({ kind: fc.constant('restore' as const), skip: fc.integer({ min: 1, max: 4 }) }),
    );
    fc.assert(fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
      const { applier, hub } = watched();
      const leader = new Applier();
      leader.restore(applier.snapshot(), applier.appliedIndex);
      const view = new Map<string, string>();
      hub.subscribe({}, (change) => {
        if (change.type === 'put') view.set(change.key, new TextDecoder().decode(change.value));
        else view.delete(change.key);
      });
      for (const step of ops) {
        if (step.kind === 'restore') {
          for (let i = 0; i < step.skip; i++) leader.applyEntries([entry(leader.appliedIndex + 1, { kvPut: { key: `s${i}`, value: text(String(leader.appliedIndex)) } })]);
          applier.restore(leader.snapshot(), leader.appliedIndex);
          continue;
        }
        const next = entry(leader.appliedIndex + 1, step.kind === 'put' ? { kvPut: { key: step.key, value: text(step.value) } } : { kvDelete: { key: step.key } });
        leader.applyEntries([next]);
        applier.applyEntries([next]);
      }
      const applied = new Map([...applier.state.kv].map(([k, v]) => [k, new TextDecoder().decode(v.value)]));
      expect(view).toEqual(applied);
      expect(hub.revision).toBe(leader.state.kvRevision);
    }), { numRuns: 60 });
  });
});
