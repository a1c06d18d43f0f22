// Bounded queues of the Raft driver: the read queue (limit, batching, re-queue on a leader
// change, rejection on stop) and the transport's per-peer queue, which drops its oldest
// messages when a peer cannot be reached (Raft tolerates loss) and reports it unreachable.
import { generateKeyPair } from '@libp2p/crypto/keys';
import { peerIdFromPrivateKey } from '@libp2p/peer-id';
import { MessageType } from '@continuum/raft';
import type { Message } from '@continuum/raft';
import { describe, expect, it } from 'vitest';
import type { ContinuumHost } from '../src/host/host.js';
import { limits } from '../src/limits.js';
import { ReadQueue } from '../src/raft-driver/reads.js';
import { RaftTransport } from '../src/raft-driver/transport.js';

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
      dialProtocol: () => new Promise((_, reject) => { failDial = reject; }),
      handle: () => Promise.resolve(), unhandle: () => Promise.resolve(),
    } as unknown as ContinuumHost;
    const unreachable: string[] = [];
    const transport = new RaftTransport(host, {
      deliver: () => undefined, unreachable: (id) => unreachable.push(id), snapshotStatus: () => undefined,
      isRaftPeer: () => true, addressesOf: () => [], penalise: () => undefined,
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
