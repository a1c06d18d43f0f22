// Bounded queues of the Raft driver: the read queue (limit, batching, re-queue on a leader
// change, rejection on stop), the transport's per-peer queue, which drops its oldest
// messages when a peer cannot be reached (Raft tolerates loss) and reports it unreachable,
// and the storage write queue (order, group commit, the lazy commit index, failure).
import { generateKeyPair } from '@libp2p/crypto/keys';
import { peerIdFromPrivateKey } from '@libp2p/peer-id';
import { EntryType, MessageType } from '@continuum/raft';
import type { Entry, Message, StorageUpdate } from '@continuum/raft';
import { describe, expect, it } from 'vitest';
import type { ContinuumHost } from '../src/host/host.js';
import { limits } from '../src/limits.js';
import { ReadQueue } from '../src/raft-driver/reads.js';
import { RaftTransport } from '../src/raft-driver/transport.js';
import { WriteQueue } from '../src/raft-driver/write-queue.js';

describe('read queue', () => {
  it('batches reads under one context, answers them, re-queues on a leader change, rejects on stop', async () => {
    const reads = new ReadQueue();
    const signal = new AbortController().signal;
    const a = reads.enqueue(signal);
    const b = reads.enqueue(signal);
    const first = reads.takeBatch();
    expect(first).toBeDefined();
    expect(reads.takeBatch()).toBeUndefined();
    reads.requeue();
    const second = reads.takeBatch() as Uint8Array;
    reads.answer(first as Uint8Array, 1);
    reads.answer(second, 42);
    await expect(Promise.all([a, b])).resolves.toEqual([42, 42]);
    const c = reads.enqueue(signal);
    reads.rejectAll(new Error('stopping'));
    await expect(c).rejects.toThrow('stopping');
  });

  it('refuses reads beyond maxPendingReads', async () => {
    const reads = new ReadQueue();
    const controller = new AbortController();
    const pending = Array.from({ length: limits.maxPendingReads }, () => reads.enqueue(controller.signal).catch(() => undefined));
    await expect(reads.enqueue(controller.signal)).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    controller.abort();
    await Promise.all(pending);
  });
});

describe('raft transport queue', () => {
  it('drops the oldest messages beyond maxPeerQueueMessages while a peer is unreachable, then reports it', async () => {
    const peer = peerIdFromPrivateKey(await generateKeyPair('Ed25519')).toString();
    let failDial: (error: Error) => void = () => undefined;
    const host = {
      peerStore: { merge: () => Promise.resolve() },
      getConnections: () => [],
      dialProtocol: () => new Promise((_, reject) => { failDial = reject; }),
      handle: () => Promise.resolve(), unhandle: () => Promise.resolve(),
      addEventListener: () => undefined, removeEventListener: () => undefined,
    } as unknown as ContinuumHost;
    const unreachable: string[] = [];
    const transport = new RaftTransport(host, {
      deliver: () => undefined, unreachable: (id) => unreachable.push(id), snapshotStatus: () => undefined,
      isRaftPeer: () => true, isMember: () => true, addressesOf: () => [], penalise: () => undefined,
      founding: () => new Uint8Array(), foreign: () => undefined,
    }, new AbortController().signal);
    const message = (index: number): Message => ({
      type: MessageType.App, to: peer, from: 'me', term: 1, logTerm: 1, index, entries: [], commit: 0, reject: false, rejectHint: 0, context: new Uint8Array(),
    });
    const extra = 25;
    transport.send(Array.from({ length: limits.maxPeerQueueMessages + extra }, (_, i) => message(i)));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(transport.stats.messagesDropped).toBe(extra);
    failDial(new Error('unreachable'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(unreachable).toEqual([peer]);
    expect(transport.stats.messagesDropped).toBe(limits.maxPeerQueueMessages + extra);
    await transport.stop();
  });
});

describe('raft write queue', () => {
  const entry = (index: number): Entry => ({ index, term: 1, type: EntryType.Normal, data: new Uint8Array([index]) });

  /** A target whose writes finish when the test says so, recording what each write held. */
  function gatedTarget() {
    const writes: Array<{ updates: readonly StorageUpdate[]; finish: (error?: Error) => void }> = [];
    const target = {
      saveAll: (updates: readonly StorageUpdate[]) => new Promise<void>((resolve, reject) => {
        writes.push({ updates, finish: (error) => (error === undefined ? resolve() : reject(error)) });
      }),
    };
    return { writes, target };
  }
  const tick = () => new Promise((resolve) => setImmediate(resolve));

  it('writes in order, groups what queued behind a write into one batch, and calls back in order once durable', async () => {
    const { writes, target } = gatedTarget();
    const queue = new WriteQueue(target, () => undefined);
    const done: string[] = [];
    queue.save({ entries: [entry(1)], sync: true }, () => done.push('a'));
    await tick();
    expect(writes).toHaveLength(1);
    queue.save({ entries: [entry(2)], sync: true }, () => done.push('b'));
    queue.save(undefined, () => done.push('c'));
    queue.save({ entries: [entry(3)], sync: false }, () => done.push('d'));
    await tick();
    expect(done).toEqual([]);
    writes[0]?.finish();
    await tick();
    expect(done).toEqual(['a']);
    expect(writes).toHaveLength(2);
    expect(writes[1]?.updates.map((u) => u.entries?.[0]?.index)).toEqual([2, 3]);
    writes[1]?.finish();
    await tick();
    expect(done).toEqual(['a', 'b', 'c', 'd']);
    expect(queue.stats).toEqual({ batches: 2, updates: 3 });
  });

  it('starts after the caller\'s turn with all of it as one write, or within the turn on startNow(); callbacks never run inside', async () => {
    const { writes, target } = gatedTarget();
    const queue = new WriteQueue(target, () => undefined);
    const done: string[] = [];
    queue.save({ entries: [entry(1)], sync: true }, () => done.push('a'));
    queue.save({ entries: [entry(2)], sync: true }, () => done.push('b'));
    expect(writes).toHaveLength(0);
    await tick();
    expect(writes.map((write) => write.updates.length)).toEqual([2]);
    writes[0]?.finish();
    await tick();
    expect(done).toEqual(['a', 'b']);

    queue.save({ entries: [entry(3)], sync: true }, () => done.push('c'));
    queue.save(undefined, () => done.push('d'));
    queue.startNow();
    // The disk write began inside the turn, and nothing called back yet.
    expect(writes.map((write) => write.updates.length)).toEqual([2, 1]);
    expect(done).toEqual(['a', 'b']);
    queue.startNow();
    expect(writes).toHaveLength(2);
    writes[1]?.finish();
    await tick();
    expect(done).toEqual(['a', 'b', 'c', 'd']);

    // Only waits, no update: still called back after the turn, not inside startNow().
    queue.save(undefined, () => done.push('e'));
    queue.startNow();
    expect(done).toHaveLength(4);
    await tick();
    expect(done).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('a commit-index-only hard state costs no write: it rides with the next one, or is written by drain()', async () => {
    const { writes, target } = gatedTarget();
    const queue = new WriteQueue(target, () => undefined);
    const done: string[] = [];
    queue.saveCommitIndex({ term: 2, vote: 'a', commit: 5 }, () => done.push('commit'));
    await tick();
    expect(done).toEqual(['commit']);
    expect(writes).toHaveLength(0);
    queue.save({ entries: [entry(6)], hardState: { term: 2, vote: 'a', commit: 6 }, sync: true }, () => done.push('entries'));
    await tick();
    // First in the batch, so the later update's own hard state wins.
    expect(writes[0]?.updates.map((u) => u.hardState?.commit)).toEqual([5, 6]);
    writes[0]?.finish();
    queue.saveCommitIndex({ term: 2, vote: 'a', commit: 7 }, () => done.push('commit 7'));
    const drained = queue.drain();
    await tick();
    await tick();
    expect(writes[1]?.updates).toEqual([{ hardState: { term: 2, vote: 'a', commit: 7 }, sync: false }]);
    writes[1]?.finish();
    await drained;
    expect(done).toEqual(['commit', 'entries', 'commit 7']);
  });

  it('runs exclusive work alone between writes, and stops at the first failure, reporting it once', async () => {
    const { writes, target } = gatedTarget();
    const failures: unknown[] = [];
    const queue = new WriteQueue(target, (error) => failures.push(error));
    const done: string[] = [];
    queue.save({ entries: [entry(1)], sync: true }, () => done.push('a'));
    const ran = queue.exclusive(async () => {
      expect(writes).toHaveLength(1);
      done.push('snapshot');
    });
    queue.save({ entries: [entry(2)], sync: true }, () => done.push('b'));
    queue.save({ entries: [entry(3)], sync: true }, () => done.push('c'));
    // Queued behind the failing write: dropped, and its promise says so.
    const dropped = queue.exclusive(async () => {
      done.push('never');
    });
    await tick();
    writes[0]?.finish();
    await tick();
    await tick();
    expect(done).toEqual(['a', 'snapshot']);
    expect(writes[1]?.updates).toHaveLength(2);
    writes[1]?.finish(new Error('disk full'));
    await queue.drain();
    queue.save({ entries: [entry(4)], sync: true }, () => done.push('d'));
    await tick();
    expect(done).toEqual(['a', 'snapshot']);
    expect(failures).toHaveLength(1);
    expect(writes).toHaveLength(2);
    expect(await ran).toBe(true);
    expect(await dropped).toBe(false);
    // After the failure nothing runs, and the promise settles at once.
    expect(await queue.exclusive(async () => {
      done.push('never');
    })).toBe(false);
    expect(done).toEqual(['a', 'snapshot']);
  });

  it('an exclusive task that throws stops the queue and resolves false', async () => {
    const { target } = gatedTarget();
    const failures: unknown[] = [];
    const queue = new WriteQueue(target, (error) => failures.push(error));
    expect(await queue.exclusive(async () => {
      throw new Error('snapshot write failed');
    })).toBe(false);
    expect(failures).toHaveLength(1);
  });
});
