// The framing and rate limits under hostile input, at unit level and over a real stream
// pair: any bytes in any chunking give frames or a typed error; read-ahead stays within
// one chunk of the frame being read; frames must arrive in time (slowloris) except for an
// outbound stream's first answer and an idle gap between frames; a stream reset is
// UNAVAILABLE, not the peer's fault; the per-peer stream rate (default limits) refuses a
// flood, penalises it once per window and blocks it when it lasts; gossipsub's score
// parameters and thresholds are valid.
import { generateKeyPair } from '@libp2p/crypto/keys';
import { createPeerScoreThresholds, createTopicScoreParams, validatePeerScoreThresholds, validateTopicScoreParams } from '@libp2p/gossipsub/score';
import fc from 'fast-check';
import { encode as lpEncode } from 'it-length-prefixed';
import { afterEach, describe, expect, it } from 'vitest';
import { ContinuumError } from '../../src/errors.js';
import { gossipThresholds, topicScore } from '../../src/host/gossip.js';
import { createHost } from '../../src/host/host.js';
import type { ContinuumHost } from '../../src/host/host.js';
import { checkLimits, limits } from '../../src/limits.js';
import { readFrames, writeFrame } from '../../src/protocol/framing.js';
import { federationHandler } from '../../src/protocol/handler.js';
import { PenaltyBox } from '../../src/protocol/penalties.js';
import { streamEnd, until } from './support.js';

const context = { peer: 'peer-x', protocol: '/continuum/test/1.0.0' };
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function outcome(source: AsyncIterable<Uint8Array>, options: Parameters<typeof readFrames>[2] = {}): Promise<{ frames: Uint8Array[]; error?: unknown }> {
  const frames: Uint8Array[] = [];
  try {
    for await (const frame of readFrames(source, context, options)) frames.push(frame);
    return { frames };
  } catch (error) {
    return { frames, error };
  }
}

async function* pieces(bytes: Uint8Array, cuts: readonly number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    const end = Math.min(bytes.length, cut);
    if (end > at) yield bytes.subarray(at, end);
    at = Math.max(at, end);
  }
  if (at < bytes.length) yield bytes.subarray(at);
}

describe('readFrames under hostile bytes', () => {
  it('any bytes in any chunking give frames (each within maxFrameBytes) or PEER_MESSAGE_INVALID, nothing else', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 512 }), fc.array(fc.nat({ max: 512 }), { maxLength: 8 }), async (bytes, cuts) => {
      const { frames, error } = await outcome(pieces(bytes, cuts), { maxFrameBytes: 64 });
      for (const frame of frames) expect(frame.byteLength).toBeLessThanOrEqual(64);
      if (error !== undefined) expect(ContinuumError.is(error, 'PEER_MESSAGE_INVALID')).toBe(true);
    }), { numRuns: 300, seed: 3 });
  });

  it('reads ahead at most one chunk beyond the frame it reads: an oversize prefix stops at its chunk, a big frame at its end', async () => {
    let pulled = 0;
    async function* endless(prefix: Uint8Array): AsyncGenerator<Uint8Array> {
      pulled += prefix.length;
      yield prefix;
      for (;;) {
        pulled += 1024;
        yield new Uint8Array(1024);
      }
    }
    const max = 16 * 1024;
    const over = await outcome(endless(lpEncode.single(new Uint8Array(max + 1)).subarray(0, 3)), { maxFrameBytes: max });
    expect(over.error).toMatchObject({ code: 'PEER_MESSAGE_INVALID', details: { reason: `frame over ${max} bytes` } });
    expect(pulled).toBe(3);
    pulled = 0;
    for await (const frame of readFrames(endless(lpEncode.single(new Uint8Array(max)).subarray(0, 3)), context, { maxFrameBytes: max })) {
      expect(frame.byteLength).toBe(max);
      break;
    }
    expect(pulled).toBeLessThanOrEqual(3 + max + 1024);
  });

  it('a silent or trickling sender is cut off at the frame deadline; a prompt frame is read', async () => {
    async function* silent(): AsyncGenerator<Uint8Array> {
      await new Promise(() => undefined);
      yield new Uint8Array();
    }
    async function* trickle(): AsyncGenerator<Uint8Array> {
      yield Uint8Array.from([5]);
      for (;;) {
        await sleep(20);
        yield Uint8Array.from([1]);
      }
    }
    const options = { frameTimeoutMs: 40, minFrameBytesPerSecond: 1_000 };
    expect((await outcome(silent(), options)).error).toMatchObject({ code: 'PEER_MESSAGE_INVALID', message: expect.stringContaining('not delivered in time') });
    expect((await outcome(trickle(), options)).error).toMatchObject({ code: 'PEER_MESSAGE_INVALID', message: expect.stringContaining('not delivered in time') });
    async function* prompt(): AsyncGenerator<Uint8Array> {
      await sleep(5);
      yield lpEncode.single(Uint8Array.from([1, 2, 3])).subarray();
    }
    expect(await outcome(prompt(), options)).toEqual({ frames: [Uint8Array.from([1, 2, 3])] });
  });

  it('an idle gap between frames, and an outbound stream waiting for its answer, are not timed out', async () => {
    const frame = lpEncode.single(Uint8Array.from([9])).subarray();
    async function* gap(): AsyncGenerator<Uint8Array> {
      yield frame;
      await sleep(120);
      yield frame;
    }
    expect((await outcome(gap(), { frameTimeoutMs: 40 })).frames).toHaveLength(2);
    const answer = Object.assign((async function* late(): AsyncGenerator<Uint8Array> {
      await sleep(120);
      yield frame;
    })(), { direction: 'outbound' });
    expect((await outcome(answer, { frameTimeoutMs: 40 })).frames).toHaveLength(1);
  });

  it('a stream reset under the reader is UNAVAILABLE (not the peer\'s fault)', async () => {
    async function* reset(): AsyncGenerator<Uint8Array> {
      yield Uint8Array.from([3, 1]);
      throw Object.assign(new Error('The stream has been reset'), { name: 'StreamResetError' });
    }
    expect((await outcome(reset())).error).toMatchObject({ code: 'UNAVAILABLE' });
  });
});

describe('per-peer stream rate (default limits)', () => {
  it('admits a burst, refuses beyond it with one penalty per window, refills at the rate, and blocks a lasting flood', () => {
    let now = 0;
    const blocked: string[] = [];
    const box = new PenaltyBox((peer) => blocked.push(peer), undefined, undefined, () => now);
    const admit = (peer: string, n: number): number => Array.from({ length: n }, () => box.admitStream(peer, '/p')).filter(Boolean).length;
    expect(admit('flooder', limits.inboundStreamBurstPerPeer)).toBe(limits.inboundStreamBurstPerPeer);
    expect(admit('flooder', 100)).toBe(0);
    expect(box.penalties('flooder')).toBe(1);
    expect(box.recent.at(-1)?.error).toMatchObject({ code: 'LIMIT_EXCEEDED', details: { limit: 'inboundStreamsPerPeerPerSecond', max: limits.inboundStreamsPerPeerPerSecond } });
    expect(admit('honest', 10)).toBe(10);
    now += 1_000;
    expect(admit('flooder', limits.inboundStreamsPerPeerPerSecond + 1)).toBe(limits.inboundStreamsPerPeerPerSecond);
    expect(box.penalties('flooder')).toBe(2);
    for (let second = 0; second < limits.maxPeerPenalties; second++) {
      now += limits.streamRatePenaltyWindowMs;
      admit('flooder', limits.inboundStreamsPerPeerPerSecond * 2);
    }
    expect(blocked).toEqual(['flooder']);
    expect(box.isBlocked('honest')).toBe(false);
    expect(box.refusedStreams).toBeGreaterThan(0);
  });

  it('penalties are forgotten after peerPenaltyForgetMs without one; a block ends after peerBlockMs', () => {
    let now = 0;
    const blocked: string[] = [];
    const box = new PenaltyBox((peer) => blocked.push(peer), undefined, undefined, () => now);
    const penalty = (peer: string) => ({ peer, protocol: '/p', error: new ContinuumError('PEER_MESSAGE_INVALID', 'bad', { peer, protocol: '/p', reason: 'bad' }) });
    // An honest peer's rare mishaps never add up to a block.
    for (let i = 0; i < limits.maxPeerPenalties * 3; i++) {
      box.penalise(penalty('unlucky'));
      now += limits.peerPenaltyForgetMs;
    }
    expect(box.penalties('unlucky')).toBe(0);
    expect(blocked).toEqual([]);
    // A persistent offender is blocked, for peerBlockMs.
    for (let i = 0; i < limits.maxPeerPenalties; i++) {
      box.penalise(penalty('offender'));
      now += limits.peerPenaltyForgetMs - 1;
    }
    expect(blocked).toEqual(['offender']);
    const gater = box.gater();
    const peerId = { toString: () => 'offender' } as Parameters<NonNullable<typeof gater.denyDialPeer>>[0];
    expect(box.isBlocked('offender')).toBe(true);
    expect(gater.denyDialPeer?.(peerId)).toBe(true);
    now += limits.peerBlockMs;
    expect(box.isBlocked('offender')).toBe(false);
    expect(gater.denyDialPeer?.(peerId)).toBe(false);
    expect(box.penalties('offender')).toBe(0);
    for (let i = 0; i < limits.penaltyLogEntries + 10; i++) box.penalise(penalty(`p${i}`));
    expect(box.recent).toHaveLength(limits.penaltyLogEntries);
    expect(box.recent.at(-1)?.peer).toBe(`p${limits.penaltyLogEntries + 9}`);
  });

  it('the new limits keep their relations', () => {
    expect(checkLimits()).toEqual([]);
    expect(checkLimits({ ...limits, gossipGraylistThreshold: 0 } as unknown as typeof limits)).toContain('gossipGraylistThreshold <= gossipPublishThreshold <= gossipGossipThreshold <= 0');
    expect(checkLimits({ ...limits, inboundStreamBurstPerPeer: 1 } as unknown as typeof limits)).toContain('inboundStreamBurstPerPeer >= inboundStreamsPerPeerPerSecond');
    expect(checkLimits({ ...limits, peerPenaltyForgetMs: 1 } as unknown as typeof limits)).toContain('peerPenaltyForgetMs > streamRatePenaltyWindowMs * maxPeerPenalties (a lasting flood is blocked)');
  });

  it('gossipsub accepts the score parameters and thresholds', () => {
    expect(() => validateTopicScoreParams(createTopicScoreParams(topicScore))).not.toThrow();
    expect(() => validatePeerScoreThresholds(createPeerScoreThresholds(gossipThresholds))).not.toThrow();
    expect(topicScore.invalidMessageDeliveriesWeight).toBeLessThan(0);
  });
});

describe('per-peer stream rate over real streams', () => {
  const hosts: ContinuumHost[] = [];
  afterEach(async () => {
    await Promise.all(hosts.splice(0).map(async (host) => { await host.stop(); }));
  });

  it('a flooder is refused beyond its burst and blocked as it persists; an honest peer is served throughout', async () => {
    const host = async (): Promise<ContinuumHost> => {
      const created = await createHost({ privateKey: await generateKeyPair('Ed25519'), listen: ['/ip4/127.0.0.1/tcp/0'], connectionGater: box.gater() });
      hosts.push(created);
      return created;
    };
    const protocol = '/continuum/echo/1.0.0';
    const serving: { host?: ContinuumHost } = {};
    const box = new PenaltyBox((peer) => {
      for (const connection of serving.host?.getConnections() ?? []) if (connection.remotePeer.toString() === peer) void connection.close();
    }, 3, { perSecond: 20, burst: 10, penaltyWindowMs: 100 });
    const server = await host();
    serving.host = server;
    await server.handle(protocol, federationHandler({
      protocol, membersOnly: false, isMember: () => true, penalise: box.penalise,
      handle: async ({ stream, peer }) => {
        for await (const frame of readFrames(stream, { peer, protocol }, { maxFrames: 1 })) await writeFrame(stream, frame);
      },
    }));
    const [flooder, honest] = [await host(), await host()];
    await flooder.dial(server.getMultiaddrs());
    await honest.dial(server.getMultiaddrs());
    const echo = async (from: ContinuumHost): Promise<'served' | 'refused'> => {
      try {
        const stream = await from.dialProtocol(server.peerId, protocol);
        await writeFrame(stream, Uint8Array.from([1]));
        await stream.close();
        const replies: Uint8Array[] = [];
        for await (const reply of readFrames(stream, context)) replies.push(reply);
        return replies.length === 1 ? 'served' : 'refused';
      } catch {
        return 'refused';
      }
    };
    const results: string[] = [];
    const id = flooder.peerId.toString();
    for (let i = 0; i < 400 && !box.isBlocked(id); i++) results.push(await echo(flooder));
    expect(results.slice(0, 10)).toEqual(Array(10).fill('served'));
    expect(results).toContain('refused');
    expect(box.isBlocked(id)).toBe(true);
    await until(() => flooder.getConnections(server.peerId).length === 0, 'the flooder to be cut off');
    expect(await echo(honest)).toBe('served');
    expect(box.penalties(honest.peerId.toString())).toBe(0);
    const stream = await honest.dialProtocol(server.peerId, protocol);
    expect(await streamEnd(stream, 200)).toBe('open'); // the honest peer can still open streams
    stream.abort(new Error('done'));
  });
});
