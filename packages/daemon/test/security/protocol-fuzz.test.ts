// Fuzzing every federation protocol handler of a real node (Raft driver, metadata sync,
// query proxy, map sync, join) over real libp2p streams on loopback: random bytes,
// oversize length prefixes, truncated frames and valid frames with mutated bodies
// (fast-check), sent by a member (past the members-only guard) and, for join, by anyone.
// Each stream must end (closed or reset) without a crash or an unhandled rejection; bad
// input penalises the sender; afterwards an honest member is still served on every protocol.
import { randomBytes } from 'node:crypto';
import type { Stream } from '@libp2p/interface';
import fc from 'fast-check';
import { encode as lpEncode } from 'it-length-prefixed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeDocMessage } from '../../src/docs/doc-gossip.js';
import { buildJoinRequest } from '../../src/federation/index.js';
import { continuum } from '../../src/gen/federation.js';
import { gossipScore } from '../../src/host/gossip.js';
import type { ContinuumHost } from '../../src/host/host.js';
import { limits } from '../../src/limits.js';
import { encodeSyncMessage } from '../../src/metadata/wire.js';
import { readFrames, writeFrame } from '../../src/protocol/framing.js';
import { api, bareHost, memberHost, newToken, startFederation, stopFederation, streamEnd, until, type Federation } from './support.js';

const { JoinRequest, FedlogRequest, FedlogResponse, ForwardRequest, ForwardResponse, Heartbeat } = continuum.daemon.v1;

let fed: Federation;
let fuzzer: ContinuumHost;
let honest: ContinuumHost;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => void unhandled.push(reason);

interface Target {
  readonly protocol: string;
  /** A valid request body (one frame), made for the fuzzing peer. */
  readonly valid: () => Uint8Array;
}

const vectorClock = Uint8Array.from([0x0a, 7, 0x0a, 3, 0x61, 0x62, 0x63, 0x10, 5]);
let joinRequest: Uint8Array;
const targets: Target[] = [
  { protocol: '/continuum/join/1.0.0', valid: () => joinRequest },
  { protocol: '/continuum/fedlog/1.0.0', valid: () => FedlogRequest.encode({ afterIndex: 0, maxEntries: 5 }).finish() },
  { protocol: '/continuum/fedprop/1.0.0', valid: () => ForwardRequest.encode({ readIndex: true }).finish() },
  { protocol: '/continuum/sync/1.0.0', valid: () => Uint8Array.from([0, ...encodeSyncMessage({ type: 'hello', from: fuzzer.peerId.toString() })]) },
  { protocol: '/continuum/proxy/1.0.0', valid: () => new TextEncoder().encode(JSON.stringify({ cid: 'bafyfuzz' })) },
  { protocol: '/continuum/map-sync/1.0.0', valid: () => vectorClock },
];

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  fed = await startFederation('fuzz-1');
  fuzzer = await memberHost(fed, 'fuzzer');
  honest = await memberHost(fed, 'honest');
  const token = await newToken(fed);
  joinRequest = JoinRequest.encode(buildJoinRequest(token, { peerId: fuzzer.peerId.toString(), nonce: new Uint8Array(randomBytes(limits.joinNonceBytes)), name: 'x', tier: 'leaf', territory: 'DK-X', addresses: [] })).finish();
}, 60_000);

afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await stopFederation(fed);
});

const frame = (body: Uint8Array): Uint8Array => lpEncode.single(body).subarray();

/** Mutations of a valid body: flipped, replaced, inserted and removed bytes, truncation. */
const mutation = (body: Uint8Array) => fc.oneof(
  fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }).map((edits) => {
    const copy = Uint8Array.from(body);
    for (const [at, value] of edits) if (copy.length > 0) copy[at % copy.length] = value;
    return copy;
  }),
  fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 32 })).map(([at, extra]) => {
    const cut = body.length === 0 ? 0 : at % body.length;
    return Uint8Array.from([...body.subarray(0, cut), ...extra, ...body.subarray(cut)]);
  }),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => {
    const from = body.length === 0 ? 0 : a % body.length;
    return Uint8Array.from([...body.subarray(0, from), ...body.subarray(from + 1 + (b % 8))]);
  }),
);

/** Raw byte payloads that are not valid frames, or frames that are not valid requests. */
const hostileBytes = (target: Target) => fc.oneof(
  fc.uint8Array({ minLength: 0, maxLength: 2048 }).map((bytes) => ({ kind: 'random', bytes })),
  fc.uint8Array({ minLength: 0, maxLength: 64 }).map((tail) => ({ kind: 'oversize prefix', bytes: Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0x0f, ...tail]) })),
  fc.integer({ min: 1, max: 8 }).map((cut) => {
    const whole = frame(target.valid());
    return { kind: 'truncated', bytes: whole.subarray(0, Math.max(1, whole.length - cut)) };
  }),
  mutation(target.valid()).map((body) => ({ kind: 'mutated', bytes: frame(body) })),
);

async function sendRaw(from: ContinuumHost, protocol: string, bytes: Uint8Array): Promise<'closed' | 'reset' | 'open'> {
  const stream: Stream = await from.dialProtocol(fed.node.host.peerId, protocol, { signal: AbortSignal.timeout(5_000) });
  if (bytes.length > 0) stream.send(bytes);
  await stream.close().catch(() => undefined);
  return streamEnd(stream);
}

async function keepReachable(peer: ContinuumHost): Promise<void> {
  const id = peer.peerId.toString();
  if (fed.node.penalties.penalties(id) >= limits.maxPeerPenalties - 1 || fed.node.penalties.isBlocked(id)) fed.node.penalties.unblock(id);
  if (peer.getConnections(fed.node.host.peerId).length === 0) await peer.dial(fed.node.host.getMultiaddrs());
}

describe('every federation protocol handler under hostile bytes', () => {
  for (const target of targets) {
    it(`${target.protocol}: random, oversize, truncated and mutated input; every stream ends, nothing crashes`, async () => {
      const peer = fuzzer.peerId.toString();
      let penalties = 0;
      const kinds = new Set<string>();
      await fc.assert(fc.asyncProperty(hostileBytes(target), async ({ kind, bytes }) => {
        await keepReachable(fuzzer);
        const before = fed.node.penalties.penalties(peer);
        const end = await sendRaw(fuzzer, target.protocol, bytes);
        expect(end).not.toBe('open');
        penalties += Math.max(0, fed.node.penalties.penalties(peer) - before);
        kinds.add(kind);
      }), { numRuns: 40, seed: 11 });
      expect([...kinds].sort()).toEqual(['mutated', 'oversize prefix', 'random', 'truncated']);
      expect(penalties).toBeGreaterThan(0);
      expect(unhandled).toEqual([]);
      expect(fed.node.state).toBe('running');
    }, 60_000);
  }

  it('an oversize length prefix is refused before its body arrives (nothing is buffered up to it)', async () => {
    await keepReachable(fuzzer);
    const peer = fuzzer.peerId.toString();
    const stream = await fuzzer.dialProtocol(fed.node.host.peerId, '/continuum/fedprop/1.0.0');
    const before = fed.node.penalties.recent.length;
    stream.send(Uint8Array.from([0x80, 0x80, 0x80, 0x04])); // 8 MiB announced, no body sent
    expect(await streamEnd(stream)).toBe('reset');
    const penalty = fed.node.penalties.recent.slice(before).find((entry) => entry.peer === peer);
    expect(penalty?.error.message).toContain('frame over');
  });

  it('a map-sync request that does not decode (a CrdtError inside the handler) penalises the sender', async () => {
    await keepReachable(fuzzer);
    const peer = fuzzer.peerId.toString();
    const before = fed.node.penalties.penalties(peer);
    expect(await sendRaw(fuzzer, '/continuum/map-sync/1.0.0', frame(Uint8Array.from([0x0a, 0x05, 0xff, 0xff, 0xff, 0xff, 0xff])))).toBe('reset');
    expect(fed.node.penalties.penalties(peer)).toBe(before + 1);
  });

  it('gossip: random and mutated payloads from a member on every topic are rejected or handled; nothing crashes', async () => {
    const topics = ['continuum/heartbeat/1', 'continuum/docs/1', 'continuum/map/1', 'continuum/fedlog/1', `continuum/meta/1/${fed.node.host.peerId.toString()}`];
    await keepReachable(fuzzer);
    for (const topic of topics) fuzzer.services.pubsub.subscribe(topic);
    await until(() => topics.every((topic) => fuzzer.services.pubsub.getSubscribers(topic).some((id) => id.equals(fed.node.host.peerId))), 'the fuzzer to see the node\'s subscriptions');
    const valid: Record<string, Uint8Array> = {
      'continuum/heartbeat/1': Heartbeat.encode({ atMs: Date.now(), loadScore: 0.5, degraded: false, appliedIndex: 1 }).finish(),
      'continuum/docs/1': encodeDocMessage(1, 'fuzz-doc', new Uint8Array([0])),
      'continuum/map/1': Uint8Array.from([1, ...vectorClock]),
      'continuum/fedlog/1': new Uint8Array([8, 1]),
    };
    const validFor = (topic: string): Uint8Array => valid[topic] ?? encodeSyncMessage({ type: 'hello', from: fuzzer.peerId.toString() });
    const messages = fc.constantFrom(...topics).chain((topic) => fc.oneof(fc.uint8Array({ maxLength: 256 }), mutation(validFor(topic))).map((data) => ({ topic, data })));
    await fc.assert(fc.asyncProperty(messages, async ({ topic, data }) => {
      await fuzzer.services.pubsub.publish(topic, data).catch(() => undefined);
    }), { numRuns: 100, seed: 5 });
    // The payloads reached the node's validators: the rejected ones cost the fuzzer its score.
    await until(() => gossipScore(fed.node.host.services.pubsub, fuzzer.peerId.toString()) < 0, 'the fuzzer\'s gossip score to go negative');
    expect(unhandled).toEqual([]);
    expect(fed.node.state).toBe('running');
    expect((await api(fed, '/health/live')).status).toBe(200);
  });

  it('after the fuzzing an honest member is still served on every protocol', async () => {
    const node = fed.node.host.peerId;
    const ask = async (protocol: string, body: Uint8Array): Promise<Uint8Array[]> => {
      const stream = await honest.dialProtocol(node, protocol);
      await writeFrame(stream, body);
      await stream.close();
      const replies: Uint8Array[] = [];
      for await (const reply of readFrames(stream, { peer: node.toString(), protocol })) replies.push(reply);
      return replies;
    };
    const [fedlog] = await ask('/continuum/fedlog/1.0.0', FedlogRequest.encode({ afterIndex: 0, maxEntries: 5 }).finish());
    expect(Number(FedlogResponse.decode(fedlog as Uint8Array).commitIndex)).toBeGreaterThan(0);
    const [forward] = await ask('/continuum/fedprop/1.0.0', ForwardRequest.encode({ readIndex: true }).finish());
    expect(ForwardResponse.decode(forward as Uint8Array).ok).toBe(true);
    const [proxy] = await ask('/continuum/proxy/1.0.0', new TextEncoder().encode(JSON.stringify({ cid: 'bafyhonest' })));
    expect(JSON.parse(new TextDecoder().decode(proxy))).toMatchObject({ ok: false, code: 'NOT_ANCESTOR' });
    expect(await ask('/continuum/sync/1.0.0', Uint8Array.from([0, ...encodeSyncMessage({ type: 'hello', from: honest.peerId.toString() })]))).toEqual([]);
    expect(fed.node.penalties.penalties(honest.peerId.toString())).toBe(0);
    const newcomer = await memberHost(fed, 'newcomer');
    expect(fed.node.consensus.state.members.has(newcomer.peerId.toString())).toBe(true);
    const put = await api(fed, '/v1/kv/after-fuzz', { method: 'PUT', body: 'still-here' });
    expect(put.status).toBe(200);
    expect(await (await api(fed, '/v1/kv/after-fuzz')).text()).toBe('still-here');
    expect(unhandled).toEqual([]);
  });

  it('a peer that keeps sending garbage is blocked after maxPeerPenalties: its connection is closed and redials are refused', async () => {
    const vandal = await memberHost(fed, 'vandal');
    const id = vandal.peerId.toString();
    for (let i = 0; i < limits.maxPeerPenalties && !fed.node.penalties.isBlocked(id); i++) {
      await sendRaw(vandal, '/continuum/fedlog/1.0.0', Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0x0f])).catch(() => 'reset');
    }
    expect(fed.node.penalties.penalties(id)).toBe(limits.maxPeerPenalties);
    expect(fed.node.penalties.isBlocked(id)).toBe(true);
    await until(() => vandal.getConnections(fed.node.host.peerId).length === 0, 'the vandal to be disconnected');
    // The gater refuses it after the handshake: no connection survives, no stream opens.
    const redial = await vandal.dialProtocol(fed.node.host.getMultiaddrs(), '/continuum/fedlog/1.0.0', { signal: AbortSignal.timeout(5_000) }).then(() => 'served', () => 'refused');
    expect(redial).toBe('refused');
    await until(() => fed.node.host.getConnections(vandal.peerId).length === 0, 'the node to hold no connection to the vandal');
    const stranger = await bareHost(fed);
    await stranger.dial(fed.node.host.getMultiaddrs());
    expect(stranger.getConnections(fed.node.host.peerId).length).toBeGreaterThan(0);
  });
});
