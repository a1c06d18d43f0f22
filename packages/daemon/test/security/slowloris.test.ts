// Slowloris against every federation protocol of a real node, with the default limits:
// a stream that sends nothing, and one that announces a frame and trickles a byte at a
// time, are both reset once limits.frameTimeoutMs (plus the frame's size at
// limits.minFrameBytesPerSecond) has passed, and each costs the sender a penalty. The
// Raft handler (members-only to Raft peers) is exercised on its own transport, with
// fuzzed and forged batches as well.
import { generateKeyPair } from '@libp2p/crypto/keys';
import { encodeMessageBatch, message, MessageType } from '@continuum/raft';
import type { Message } from '@continuum/raft';
import type { Stream } from '@libp2p/interface';
import fc from 'fast-check';
import { encode as lpEncode } from 'it-length-prefixed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHost } from '../../src/host/host.js';
import type { ContinuumHost } from '../../src/host/host.js';
import { limits } from '../../src/limits.js';
import { PenaltyBox } from '../../src/protocol/penalties.js';
import { encodeHello } from '../../src/raft-driver/founding.js';
import { raftProtocol, RaftTransport } from '../../src/raft-driver/transport.js';
import { bareHost, memberHost, startFederation, stopFederation, streamEnd, until, type Federation } from './support.js';

let fed: Federation;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => void unhandled.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  fed = await startFederation('slow-1');
}, 60_000);

afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await stopFederation(fed);
});

const memberProtocols = ['/continuum/fedlog/1.0.0', '/continuum/fedprop/1.0.0', '/continuum/sync/1.0.0', '/continuum/proxy/1.0.0', '/continuum/map-sync/1.0.0'];

/** Opens a stream and either sends nothing or announces 100 bytes and sends one every 300 ms. */
async function slowloris(from: ContinuumHost, to: ContinuumHost, protocol: string, trickle: boolean): Promise<'closed' | 'reset' | 'open'> {
  const stream: Stream = await from.dialProtocol(to.getMultiaddrs(), protocol);
  let timer: ReturnType<typeof setInterval> | undefined;
  if (trickle) {
    stream.send(Uint8Array.from([100]));
    timer = setInterval(() => {
      if (stream.status === 'open') stream.send(Uint8Array.from([7]));
    }, 300);
  }
  try {
    return await streamEnd(stream, limits.frameTimeoutMs + 5_000);
  } finally {
    clearInterval(timer);
  }
}

describe('slowloris', () => {
  it('every protocol resets a silent or trickling stream after frameTimeoutMs and penalises the sender', async () => {
    const silent = await memberHost(fed, 'silent');
    const trickler = await memberHost(fed, 'trickler');
    const stranger = await bareHost(fed);
    const before = fed.node.penalties.recent.length;
    const runs = [
      ...memberProtocols.map((protocol) => ({ peer: silent, protocol, trickle: false })),
      ...memberProtocols.map((protocol) => ({ peer: trickler, protocol, trickle: true })),
      { peer: stranger, protocol: '/continuum/join/1.0.0', trickle: false },
      { peer: stranger, protocol: '/continuum/join/1.0.0', trickle: true },
    ];
    const ends = await Promise.all(runs.map((run) => slowloris(run.peer, fed.node.host, run.protocol, run.trickle)));
    expect(ends).toEqual(runs.map(() => 'reset'));
    const late = fed.node.penalties.recent.slice(before).filter((penalty) => penalty.error.message.includes('not delivered in time'));
    expect(late.map((penalty) => `${penalty.peer === stranger.peerId.toString() ? 'stranger' : 'member'} ${penalty.protocol}`).sort())
      .toEqual(runs.map((run) => `${run.peer === stranger ? 'stranger' : 'member'} ${run.protocol}`).sort());
    expect(unhandled).toEqual([]);
    expect(fed.node.state).toBe('running');
  }, 30_000);
});

describe('the Raft handler on its own transport', () => {
  let server: ContinuumHost;
  let peer: ContinuumHost;
  let transport: RaftTransport;
  const delivered: Message[] = [];
  const penalties = new PenaltyBox(() => undefined, Number.MAX_SAFE_INTEGER);
  const controller = new AbortController();

  beforeAll(async () => {
    server = await createHost({ privateKey: await generateKeyPair('Ed25519'), listen: ['/ip4/127.0.0.1/tcp/0'] });
    peer = await createHost({ privateKey: await generateKeyPair('Ed25519'), listen: ['/ip4/127.0.0.1/tcp/0'] });
    const raftPeer = peer.peerId.toString();
    transport = new RaftTransport(server, {
      deliver: (m) => void delivered.push(m), unreachable: () => undefined, snapshotStatus: () => undefined,
      isRaftPeer: (id) => id === raftPeer, isMember: () => false, addressesOf: () => [], penalise: penalties.penalise,
      founding: () => new Uint8Array(), foreign: () => undefined,
    }, controller.signal);
    await transport.start();
    await peer.dial(server.getMultiaddrs());
  });

  afterAll(async () => {
    controller.abort();
    await transport.stop();
    await Promise.all([server.stop(), peer.stop()]);
  });

  const heartbeat = (from: string): Uint8Array => encodeMessageBatch([message({ type: MessageType.Heartbeat, from, to: server.peerId.toString(), term: 3, commit: 1 })]);
  // Every raft stream opens with the sender's founding digest (none here: accepted by anyone).
  const hello = lpEncode.single(encodeHello(new Uint8Array()));
  const sendRaw = async (bytes: Uint8Array): Promise<'closed' | 'reset' | 'open'> => {
    const stream = await peer.dialProtocol(server.peerId, raftProtocol);
    stream.send(bytes);
    await stream.close().catch(() => undefined);
    return streamEnd(stream);
  };
  const send = async (bytes: Uint8Array): Promise<'closed' | 'reset' | 'open'> => {
    const stream = await peer.dialProtocol(server.peerId, raftProtocol);
    stream.send(hello);
    stream.send(bytes);
    await stream.close().catch(() => undefined);
    return streamEnd(stream);
  };

  it('delivers a valid batch, and refuses mutated, forged and local-type batches with a penalty', async () => {
    const self = peer.peerId.toString();
    expect(await send(lpEncode.single(heartbeat(self)).subarray())).toBe('closed');
    expect(delivered.map((m) => [m.type, m.from])).toEqual([[MessageType.Heartbeat, self]]);
    const forged = await send(lpEncode.single(heartbeat(server.peerId.toString())).subarray());
    expect(forged).toBe('reset');
    const local = await send(lpEncode.single(encodeMessageBatch([message({ type: MessageType.Hup, from: self, to: server.peerId.toString() })])).subarray());
    expect(local).toBe('reset');
    expect(penalties.penalties(self)).toBe(2);
    const valid = heartbeat(self);
    await fc.assert(fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }), async (edits) => {
      const body = Uint8Array.from(valid);
      for (const [at, value] of edits) body[at % body.length] = value;
      const before = delivered.length;
      const end = await send(lpEncode.single(body).subarray());
      expect(end).not.toBe('open');
      // Whatever got through came from the authenticated sender and is not a local type.
      for (const m of delivered.slice(before)) expect(m.from).toBe(self);
    }), { numRuns: 60, seed: 7 });
    expect(unhandled).toEqual([]);
  });

  it('a mangled or missing stream hello delivers nothing, whatever follows it', async () => {
    const self = peer.peerId.toString();
    const before = delivered.length;
    // The batch is sent as the first frame (no hello): it is read as a hello, not delivered.
    expect(await sendRaw(lpEncode.single(heartbeat(self)).subarray())).not.toBe('open');
    expect(delivered.length).toBe(before);
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 96 }), async (hello) => {
      const end = await sendRaw(Uint8Array.from([...lpEncode.single(hello).subarray(), ...lpEncode.single(heartbeat(self)).subarray()]));
      expect(end).not.toBe('open');
    }), { numRuns: 40, seed: 11 });
    // Only a hello that decodes lets the heartbeat after it through (from the authenticated sender).
    for (const message of delivered.slice(before)) expect(message.from).toBe(self);
    expect(unhandled).toEqual([]);
  });

  it('a stranger (not a Raft peer) is refused before a byte is read', async () => {
    const stranger = await createHost({ privateKey: await generateKeyPair('Ed25519'), listen: ['/ip4/127.0.0.1/tcp/0'] });
    try {
      const before = delivered.length;
      const stream = await stranger.dialProtocol(server.getMultiaddrs(), raftProtocol);
      const sent = (() => {
        try {
          return stream.send(lpEncode.single(heartbeat(stranger.peerId.toString())));
        } catch {
          return 'refused at once';
        }
      })();
      expect([true, 'refused at once']).toContain(sent);
      expect(await streamEnd(stream)).not.toBe('open');
      expect(delivered.length).toBe(before);
      expect(penalties.recent.at(-1)).toMatchObject({ peer: stranger.peerId.toString(), error: { code: 'NOT_MEMBER' } });
    } finally {
      await stranger.stop();
    }
  });

  it('a trickled Raft frame is reset after frameTimeoutMs; an idle gap between frames is not', async () => {
    const self = peer.peerId.toString();
    const before = delivered.length;
    // Two streams at once: one idles longer than frameTimeoutMs between two whole frames,
    // the other announces a frame and trickles it a byte a second.
    const idle = await peer.dialProtocol(server.peerId, raftProtocol);
    const slow = await peer.dialProtocol(server.peerId, raftProtocol);
    idle.send(hello);
    idle.send(lpEncode.single(heartbeat(self)));
    slow.send(hello);
    slow.send(lpEncode.single(heartbeat(self)).subarray(0, 2));
    const timer = setInterval(() => {
      if (slow.status === 'open') slow.send(Uint8Array.from([0]));
    }, 1_000);
    try {
      const [slowEnd] = await Promise.all([
        streamEnd(slow, limits.frameTimeoutMs + 5_000),
        (async () => {
          await new Promise((resolve) => setTimeout(resolve, limits.frameTimeoutMs + 500));
          idle.send(lpEncode.single(heartbeat(self)));
          await until(() => delivered.length >= before + 2, 'both frames of the idle stream');
        })(),
      ]);
      expect(slowEnd).toBe('reset');
    } finally {
      clearInterval(timer);
      idle.abort(new Error('done'));
    }
    expect(delivered.length).toBe(before + 2);
    expect(penalties.recent.some((penalty) => penalty.peer === self && penalty.error.message.includes('not delivered in time'))).toBe(true);
  }, 30_000);
});
