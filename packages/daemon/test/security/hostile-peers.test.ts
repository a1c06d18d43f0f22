// Hostile peers against a real node (Raft driver, every protocol and gossip topic): a
// peer without a valid join token cannot join (unknown, forged, other-federation,
// expired, used and replayed tokens, through the real join protocol); a non-member
// cannot append to Raft nor read KV (fedprop), the log (fedlog), metadata (sync, map)
// or content (proxy); no gossip of a non-member is accepted on any topic, a forged
// (`from` spoofed) message is dropped, a replayed one is not delivered twice, and a
// gossip flooder is scored below the graylist threshold while an honest member's
// messages keep arriving; a member cannot forward a command in another member's name. (Stream floods: rate-limit.test.ts.)
import { randomBytes } from 'node:crypto';
import type { PeerId } from '@libp2p/interface';
import { encodeMessage, encodeMessageBatch, message, MessageType } from '@continuum/raft';
import { encode as lpEncode } from 'it-length-prefixed';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildJoinRequest, encodeCommand } from '../../src/federation/index.js';
import { encodeEnvelope, newProposalId } from '../../src/raft-driver/envelope.js';
import type { JoinTokenData } from '../../src/federation/index.js';
import { continuum } from '../../src/gen/federation.js';
import { gossipScore, scoreParamsOf, topicScoreOf } from '../../src/host/gossip.js';
import type { ContinuumHost } from '../../src/host/host.js';
import { limits } from '../../src/limits.js';
import { encodeSyncMessage } from '../../src/metadata/wire.js';
import { metadataTopic } from '../../src/metadata/libp2p-transport.js';
import { readFrames, writeFrame } from '../../src/protocol/framing.js';
import { bareHost, joinWith, memberHost, newToken, startFederation, stopFederation, streamEnd, until, type Federation } from './support.js';

const { JoinRequest, JoinResponse, FedlogRequest, ForwardRequest, ForwardResponse, Heartbeat, RaftSnapshotHeader } = continuum.daemon.v1;

let fed: Federation;
let node: ContinuumHost;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => void unhandled.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  fed = await startFederation('hostile-1');
  node = fed.node.host;
}, 60_000);

afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await stopFederation(fed);
});

const isMember = (host: ContinuumHost): boolean => fed.node.consensus.state.members.has(host.peerId.toString());
const nonce = (): Uint8Array => new Uint8Array(randomBytes(limits.joinNonceBytes));
const as = { name: 'x', tier: 'leaf', territory: 'DK-X', addresses: [] as string[] };

/** Sends raw JoinRequest bytes over the real join protocol and reads the answer. */
async function rawJoin(from: ContinuumHost, request: Uint8Array): Promise<continuum.daemon.v1.JoinResponse> {
  const stream = await from.dialProtocol(node.getMultiaddrs(), '/continuum/join/1.0.0');
  await writeFrame(stream, request);
  for await (const frame of readFrames(stream, { peer: node.peerId.toString(), protocol: 'join' }, { maxFrames: 1 })) {
    await stream.close();
    return JoinResponse.decode(frame);
  }
  throw new Error('no answer');
}

describe('joining needs a valid, unused, unexpired token of this federation', () => {
  it('an unknown token, a forged proof and another federation\'s token are refused, penalised, and make no log entry', async () => {
    const outsider = await bareHost(fed);
    const token = await newToken(fed);
    const commit = fed.node.consensus.status().commitIndex;
    const unknown: JoinTokenData = { ...token, tokenId: 'no-such-token' };
    const forged: JoinTokenData = { ...token, secret: new Uint8Array(token.secret.byteLength) };
    const foreign: JoinTokenData = { ...token, federationId: 'another-federation' };
    expect(await joinWith(outsider, unknown)).toMatchObject({ ok: false, code: 'TOKEN_UNKNOWN' });
    expect(await joinWith(outsider, forged)).toMatchObject({ ok: false, code: 'TOKEN_PROOF_INVALID' });
    expect(await joinWith(outsider, foreign)).toMatchObject({ ok: false, code: 'FEDERATION_MISMATCH' });
    expect(fed.node.consensus.status().commitIndex).toBe(commit);
    expect(fed.node.penalties.penalties(outsider.peerId.toString())).toBe(3);
    expect(isMember(outsider)).toBe(false);
  });

  it('an expired token is refused through the join protocol', async () => {
    const late = await bareHost(fed);
    const token = await newToken(fed, 60);
    fed.skewMs = 61_000;
    try {
      expect(await joinWith(late, token)).toMatchObject({ ok: false, code: 'TOKEN_EXPIRED' });
    } finally {
      fed.skewMs = 0;
    }
    expect(isMember(late)).toBe(false);
  });

  it('a join request captured and replayed by another peer is refused (the proof is bound to the peer id); the owner still joins', async () => {
    const owner = await bareHost(fed);
    const thief = await bareHost(fed);
    const token = await newToken(fed);
    const captured = JoinRequest.encode(buildJoinRequest(token, { peerId: owner.peerId.toString(), nonce: nonce(), ...as })).finish();
    expect(await rawJoin(thief, captured)).toMatchObject({ ok: false, code: 'TOKEN_PROOF_INVALID' });
    expect(isMember(thief)).toBe(false);
    expect(await rawJoin(owner, captured)).toMatchObject({ ok: true });
    expect(isMember(owner)).toBe(true);
    // Replayed after its use: the owner (already a member; its answer may have been lost)
    // just hears the council again; anyone else finds the token spent.
    expect(await rawJoin(owner, captured)).toMatchObject({ ok: true });
    const replayed = await rawJoin(thief, captured);
    expect(replayed.ok).toBe(false);
    expect(['TOKEN_USED', 'TOKEN_PROOF_INVALID']).toContain(replayed.code);
    expect(isMember(thief)).toBe(false);
  });

  it('a used token is refused to another peer even with its secret; its own user\'s retry is answered and not penalised', async () => {
    const first = await bareHost(fed);
    const second = await bareHost(fed);
    const token = await newToken(fed);
    expect(await joinWith(first, token)).toMatchObject({ ok: true });
    expect(await joinWith(second, token)).toMatchObject({ ok: false, code: 'TOKEN_USED' });
    expect(isMember(second)).toBe(false);
    expect(fed.node.penalties.penalties(second.peerId.toString())).toBe(1);
    const members = fed.node.consensus.state.members.size;
    expect(await joinWith(first, token)).toMatchObject({ ok: true });
    expect(fed.node.consensus.state.members.size).toBe(members);
    expect(fed.node.penalties.penalties(first.peerId.toString())).toBe(0);
  });
});

describe('a non-member is served nothing', () => {
  async function ask(from: ContinuumHost, protocol: string, body: Uint8Array): Promise<{ end: string; frames: number }> {
    const stream = await from.dialProtocol(node.getMultiaddrs(), protocol);
    try {
      stream.send(lpEncode.single(body));
    } catch {
      // already refused
    }
    await stream.close().catch(() => undefined);
    let frames = 0;
    const end = await (async () => {
      try {
        for await (const frame of readFrames(stream, { peer: node.peerId.toString(), protocol })) frames += frame.length >= 0 ? 1 : 0;
        return 'closed';
      } catch {
        return 'reset';
      }
    })();
    return { end, frames };
  }

  it('cannot append to Raft, read KV (fedprop), the log (fedlog), metadata (sync, map sync) or content (proxy)', async () => {
    const outsider = await bareHost(fed);
    const self = outsider.peerId.toString();
    const status = fed.node.consensus.status();
    const append = encodeMessageBatch([message({
      type: MessageType.App, from: self, to: node.peerId.toString(), term: status.term + 5, index: status.commitIndex, logTerm: status.term, commit: status.commitIndex + 1,
      entries: [{ index: status.commitIndex + 1, term: status.term + 5, type: 0, data: new Uint8Array([1, 2, 3]) }],
    })]);
    const answers = {
      raft: await ask(outsider, '/continuum/raft/1.0.0', append),
      raftSnap: await ask(outsider, '/continuum/raft-snap/1.0.0', RaftSnapshotHeader.encode({ message: encodeMessage(message({ type: MessageType.Snap, from: self, to: node.peerId.toString(), term: status.term + 5 })), dataBytes: 0 }).finish()),
      fedprop: await ask(outsider, '/continuum/fedprop/1.0.0', ForwardRequest.encode({ readIndex: true }).finish()),
      fedlog: await ask(outsider, '/continuum/fedlog/1.0.0', FedlogRequest.encode({ afterIndex: 0, maxEntries: 10 }).finish()),
      sync: await ask(outsider, '/continuum/sync/1.0.0', Uint8Array.from([0, ...encodeSyncMessage({ type: 'hello', from: self })])),
      proxy: await ask(outsider, '/continuum/proxy/1.0.0', new TextEncoder().encode(JSON.stringify({ cid: 'bafyany' }))),
      mapSync: await ask(outsider, '/continuum/map-sync/1.0.0', Uint8Array.from([0x0a, 7, 0x0a, 3, 0x61, 0x62, 0x63, 0x10, 5])),
    };
    for (const answer of Object.values(answers)) expect(answer.frames).toBe(0);
    expect(fed.node.consensus.status().term).toBe(status.term);
    expect(fed.node.consensus.status().role).toBe('leader');
    const refusals = fed.node.penalties.recent.filter((penalty) => penalty.peer === self && penalty.error.code === 'NOT_MEMBER').map((penalty) => penalty.protocol);
    expect(refusals.sort()).toEqual(['/continuum/fedlog/1.0.0', '/continuum/fedprop/1.0.0', '/continuum/proxy/1.0.0', '/continuum/raft-snap/1.0.0', '/continuum/raft/1.0.0', '/continuum/sync/1.0.0']);
  });
});

describe('replayed and forged stream messages', () => {
  it('a sync message captured from one member and replayed by another is refused and penalised', async () => {
    const author = await memberHost(fed, 'author');
    const replayer = await memberHost(fed, 'replayer');
    const captured = Uint8Array.from([0, ...encodeSyncMessage({ type: 'hello', from: author.peerId.toString() })]);
    const send = async (from: ContinuumHost): Promise<void> => {
      const stream = await from.dialProtocol(node.getMultiaddrs(), '/continuum/sync/1.0.0');
      stream.send(lpEncode.single(captured));
      await stream.close().catch(() => undefined);
      await streamEnd(stream);
    };
    await send(author);
    expect(fed.node.penalties.penalties(author.peerId.toString())).toBe(0);
    await send(replayer);
    expect(fed.node.penalties.recent.at(-1)).toMatchObject({ peer: replayer.peerId.toString(), protocol: '/continuum/sync/1.0.0', error: { details: { reason: 'undecodable or sender mismatch' } } });
  });

  it('a member forwards commands only in its own name: another proposer is refused, penalised and never applied', async () => {
    const forger = await memberHost(fed, 'forger');
    const victim = await memberHost(fed, 'victim');
    const forward = async (proposer: string, key: string): Promise<continuum.daemon.v1.ForwardResponse | 'reset'> => {
      const envelope = encodeEnvelope(newProposalId(), encodeCommand({ atMs: Date.now(), proposer, kvPut: { key, value: new Uint8Array([1]) } }));
      const stream = await forger.dialProtocol(node.getMultiaddrs(), '/continuum/fedprop/1.0.0');
      await writeFrame(stream, ForwardRequest.encode({ envelope }).finish());
      try {
        for await (const frame of readFrames(stream, { peer: node.peerId.toString(), protocol: 'fedprop' }, { maxFrames: 1 })) return ForwardResponse.decode(frame);
      } catch {
        return 'reset';
      }
      return 'reset';
    };
    const before = fed.node.penalties.penalties(forger.peerId.toString());
    expect(await forward(victim.peerId.toString(), 'forged/key')).toBe('reset');
    expect(fed.node.penalties.recent.at(-1)).toMatchObject({ peer: forger.peerId.toString(), protocol: '/continuum/fedprop/1.0.0', error: { code: 'PEER_MESSAGE_INVALID' } });
    expect(fed.node.penalties.penalties(forger.peerId.toString())).toBe(before + 1);
    // In its own name the same member is served.
    expect(await forward(forger.peerId.toString(), 'own/key')).toMatchObject({ ok: true });
    await until(async () => fed.node.consensus.state.kv.has('own/key'), 'the member\'s own write to apply');
    expect(fed.node.consensus.state.kv.has('forged/key')).toBe(false);
  });
});

describe('gossip', () => {
  const topics = ['continuum/fedlog/1', 'continuum/heartbeat/1', 'continuum/map/1', 'continuum/docs/1'];
  const heartbeat = (): Uint8Array => Heartbeat.encode({ atMs: Date.now(), loadScore: 0.1, degraded: false, appliedIndex: 1 }).finish();
  const accepted: Array<{ from: string; topic: string; seq: bigint }> = [];

  beforeAll(() => {
    node.services.pubsub.addEventListener('message', (event) => {
      const m = event.detail;
      if (m.type === 'signed') accepted.push({ from: m.from.toString(), topic: m.topic, seq: m.sequenceNumber });
    });
  });

  const meshed = async (host: ContinuumHost, topic: string): Promise<void> => {
    host.services.pubsub.subscribe(topic);
    if (host.getConnections(node.peerId).length === 0) await host.dial(node.getMultiaddrs());
    await until(() => host.services.pubsub.getSubscribers(topic).some((peer: PeerId) => peer.equals(node.peerId)), `${topic} subscription`);
  };

  it('every topic the node subscribes to is scored, with the thresholds of limits.ts', () => {
    expect(scoreParamsOf(node.services.pubsub)).toMatchObject({ behaviourPenaltyWeight: limits.gossipBehaviourPenaltyWeight, IPColocationFactorWeight: 0 });
    for (const topic of [...topics, metadataTopic(node.peerId.toString())]) {
      expect(topicScoreOf(node.services.pubsub, topic)).toMatchObject({ invalidMessageDeliveriesWeight: limits.gossipInvalidMessageWeight, invalidMessageDeliveriesDecay: limits.gossipInvalidMessageDecay });
    }
  });

  it('a non-member\'s messages are rejected on every topic; a forged `from` is dropped; a replay is not delivered twice', async () => {
    const outsider = await bareHost(fed);
    const honest = await memberHost(fed, 'gossiper');
    const allTopics = [...topics, metadataTopic(node.peerId.toString())];
    for (const topic of allTopics) await meshed(outsider, topic);
    await meshed(honest, 'continuum/heartbeat/1');
    for (const topic of allTopics) await outsider.services.pubsub.publish(topic, heartbeat());
    // Forged: the outsider signs a message that names the honest member as its author.
    const pubsub = outsider.services.pubsub as unknown as { publishConfig: { author: PeerId } };
    const own = pubsub.publishConfig;
    pubsub.publishConfig = { ...own, author: honest.peerId };
    await outsider.services.pubsub.publish('continuum/heartbeat/1', heartbeat()).catch(() => undefined);
    pubsub.publishConfig = own;
    await honest.services.pubsub.publish('continuum/heartbeat/1', heartbeat());
    await until(() => accepted.some((m) => m.from === honest.peerId.toString()), 'the honest heartbeat');
    expect(accepted.filter((m) => m.from === outsider.peerId.toString())).toEqual([]);
    expect(accepted.filter((m) => m.from === honest.peerId.toString())).toHaveLength(1);
    await until(() => gossipScore(node.services.pubsub, outsider.peerId.toString()) < 0, 'the outsider\'s score to go negative');
    // Replay: the honest member's message, captured by a member and sent again as it was.
    const relay = honest.services.pubsub as unknown as { mcache: { msgs: Map<string, { message: unknown }> }; sendRpc(id: string, rpc: unknown): boolean };
    const captured = [...relay.mcache.msgs.values()].map((entry) => entry.message);
    expect(captured.length).toBeGreaterThan(0);
    relay.sendRpc(node.peerId.toString(), { subscriptions: [], messages: captured });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(accepted.filter((m) => m.from === honest.peerId.toString())).toHaveLength(1);
  });

  it('a member that floods a topic with invalid messages is scored below the graylist threshold; a non-member\'s flood is dropped; an honest member keeps being heard', async () => {
    const flooder = await memberHost(fed, 'noisy');
    const outsider = await bareHost(fed);
    const honest = await memberHost(fed, 'steady');
    await meshed(flooder, 'continuum/heartbeat/1');
    await meshed(outsider, 'continuum/heartbeat/1');
    await meshed(honest, 'continuum/heartbeat/1');
    const oversize = new Uint8Array(limits.maxHeartbeatBytes + 1);
    for (let i = 0; i < 50; i++) await flooder.services.pubsub.publish('continuum/heartbeat/1', oversize.fill(i));
    await until(() => gossipScore(node.services.pubsub, flooder.peerId.toString()) < limits.gossipGraylistThreshold, 'the flooder to be graylisted');
    for (let i = 0; i < 50; i++) await outsider.services.pubsub.publish('continuum/heartbeat/1', heartbeat()).catch(() => undefined);
    const heard = accepted.length;
    await honest.services.pubsub.publish('continuum/heartbeat/1', heartbeat());
    await until(() => accepted.slice(heard).some((m) => m.from === honest.peerId.toString()), 'the honest heartbeat after the flood');
    expect(accepted.some((m) => m.from === outsider.peerId.toString() || m.from === flooder.peerId.toString())).toBe(false);
    expect(gossipScore(node.services.pubsub, honest.peerId.toString())).toBeGreaterThanOrEqual(0);
    expect(unhandled).toEqual([]);
  });
  it('a non-member publishing itself spends its PenaltyBox bucket: over the rate its messages count as refused (and penalised once per window)', async () => {
    const outsider = await bareHost(fed);
    const id = outsider.peerId.toString();
    await meshed(outsider, 'continuum/heartbeat/1');
    // Empty the outsider's bucket as a long flood would, with the wall clock held still.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      while (fed.node.penalties.admitStream(id, 'burst')) { /* draining */ }
      expect(fed.node.penalties.penalties(id)).toBeGreaterThan(0);
      const refused = fed.node.penalties.refusedStreams;
      await outsider.services.pubsub.publish('continuum/heartbeat/1', heartbeat());
      // Polled with real timers (only Date is fake, so `until` would never time out).
      for (let i = 0; i < 200 && fed.node.penalties.refusedStreams === refused; i++) await new Promise((resolve) => setTimeout(resolve, 25));
      expect(fed.node.penalties.refusedStreams).toBeGreaterThan(refused);
    } finally {
      vi.useRealTimers();
    }
    expect(isMember(outsider)).toBe(false);
  });
});

describe('stream floods on the real node', () => {
  it('every protocol asks the node\'s PenaltyBox: a peer whose bucket is empty is refused before its request is read', async () => {
    const flooder = await memberHost(fed, 'flooder');
    const id = flooder.peerId.toString();
    await flooder.dial(node.getMultiaddrs());
    // Empty the flooder's bucket as a burst of limits.inboundStreamBurstPerPeer streams
    // would, with the wall clock held still (only Date: timers run) so that it does not refill.
    vi.useFakeTimers({ toFake: ['Date'] });
    const frames: Uint8Array[] = [];
    let refused: number;
    try {
      while (fed.node.penalties.admitStream(id, 'burst')) { /* draining */ }
      refused = fed.node.penalties.refusedStreams;
      const stream = await flooder.dialProtocol(node.peerId, '/continuum/fedlog/1.0.0');
      await writeFrame(stream, FedlogRequest.encode({ afterIndex: 0, maxEntries: 1 }).finish()).catch(() => undefined);
      await stream.close().catch(() => undefined);
      try {
        for await (const frame of readFrames(stream, { peer: node.peerId.toString(), protocol: 'fedlog' })) frames.push(frame);
      } catch {
        // reset: refused
      }
    } finally {
      vi.useRealTimers();
    }
    expect(frames).toEqual([]);
    expect(fed.node.penalties.refusedStreams).toBeGreaterThan(refused);
    expect(fed.node.penalties.recent.some((penalty) => penalty.peer === id && penalty.error.code === 'LIMIT_EXCEEDED')).toBe(true);
  });
});
