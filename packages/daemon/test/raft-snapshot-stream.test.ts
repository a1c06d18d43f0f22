// Raft snapshots on their own stream, between two RaftTransports over real libp2p hosts on
// loopback: a snapshot larger than a frame arrives whole and is acknowledged; snapshots
// queued while one is in flight collapse to the newest; a header that lies about its
// sender, or announces more than maxSnapshotBytes, is refused and penalised; a peer that
// is not a Raft peer is refused before a byte is read; hostile bytes from a Raft peer end
// the stream and deliver nothing.
import { MessageType, encodeMessage } from '@continuum/raft';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Message } from '@continuum/raft';
import fc from 'fast-check';
import { encode as lpEncode } from 'it-length-prefixed';
import { afterEach, describe, expect, it } from 'vitest';
import { ContinuumError } from '../src/errors.js';
import { continuum } from '../src/gen/federation.js';
import type { ContinuumHost } from '../src/host/host.js';
import { limits } from '../src/limits.js';
import { writeFrame } from '../src/protocol/framing.js';
import type { Penalty } from '../src/protocol/penalties.js';
import { raftSnapshotProtocol } from '../src/raft-driver/snapshot-stream.js';
import { RaftTransport, raftProtocol } from '../src/raft-driver/transport.js';
import { LoopbackHosts } from './support/loopback-hosts.js';
import { until } from './support/until.js';

const hosts = new LoopbackHosts();
const controllers: AbortController[] = [];
const transports: RaftTransport[] = [];

afterEach(async () => {
  for (const transport of transports.splice(0)) await transport.stop();
  for (const controller of controllers.splice(0)) controller.abort();
  await hosts.stopAll();
});

function snap(from: string, to: string, index: number, data: Uint8Array): Message {
  return {
    type: MessageType.Snap, to, from, term: 3, logTerm: 0, index: 0, entries: [], commit: 0, reject: false, rejectHint: 0, context: new Uint8Array(),
    snapshot: { metadata: { index, term: 3, confState: { voters: [from, to], learners: [] } }, data },
  };
}

function pattern(length: number, seed: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (i * 7 + seed) & 0xff);
}

interface End {
  readonly host: ContinuumHost;
  readonly id: string;
  readonly transport: RaftTransport;
  readonly delivered: Message[];
  readonly statuses: Array<{ peer: string; delivered: boolean }>;
  readonly penalties: Penalty[];
  /** FOREIGN_FEDERATION refusals reported to the hook. */
  readonly foreign: Array<ContinuumError<'FOREIGN_FEDERATION'>>;
}

async function end(
  host: ContinuumHost, peers: () => readonly ContinuumHost[], isRaftPeer: (peer: string) => boolean = () => true, isMember: (peer: string) => boolean = () => false,
  founding: Uint8Array = new Uint8Array(), freshSnapshot?: (message: Message) => Promise<Message>,
): Promise<End> {
  const controller = new AbortController();
  controllers.push(controller);
  const delivered: Message[] = [];
  const statuses: Array<{ peer: string; delivered: boolean }> = [];
  const penalties: Penalty[] = [];
  const transport = new RaftTransport(host, {
    deliver: (message) => delivered.push(message),
    unreachable: () => undefined,
    snapshotStatus: (peer, ok) => statuses.push({ peer, delivered: ok }),
    isRaftPeer,
    isMember,
    addressesOf: (peer) => peers().find((other) => other.peerId.toString() === peer)?.getMultiaddrs().map(String) ?? [],
    penalise: (event) => penalties.push(event),
    founding: () => founding,
    foreign: (error) => foreign.push(error),
    ...(freshSnapshot === undefined ? {} : { freshSnapshot }),
  }, controller.signal);
  const foreign: Array<ContinuumError<'FOREIGN_FEDERATION'>> = [];
  transports.push(transport);
  await transport.start();
  return { host, id: host.peerId.toString(), transport, delivered, statuses, penalties, foreign };
}

async function pair(receiverAdmits: (peer: string) => boolean = () => true, receiverKnowsMember: (peer: string) => boolean = () => false): Promise<readonly [End, End]> {
  const [hostA, hostB] = [await hosts.create(), await hosts.create()];
  const all = (): readonly ContinuumHost[] => [hostA, hostB];
  return [await end(hostA, all), await end(hostB, all, receiverAdmits, receiverKnowsMember)] as const;
}

describe('raft snapshots over /continuum/raft-snap/1.0.0', () => {
  it('delivers a snapshot larger than a frame whole, with its metadata, and reports it delivered', async () => {
    const [a, b] = await pair();
    const data = pattern(limits.maxFrameBytes * 2 + 12_345, 1);
    a.transport.send([snap(a.id, b.id, 40, data)]);
    await until(async () => a.statuses.length > 0, 'the snapshot status', 60_000);
    expect(a.statuses).toEqual([{ peer: b.id, delivered: true }]);
    expect(b.delivered).toHaveLength(1);
    const got = b.delivered[0];
    expect(got?.type).toBe(MessageType.Snap);
    expect(got?.from).toBe(a.id);
    expect(got?.snapshot?.metadata).toEqual({ index: 40, term: 3, confState: { voters: [a.id, b.id], learners: [] } });
    expect(got?.snapshot?.data.byteLength).toBe(data.byteLength);
    expect(Buffer.compare(got?.snapshot?.data ?? new Uint8Array(), data)).toBe(0);
    expect(a.transport.stats).toMatchObject({ snapshotsSent: 1, snapshotsFailed: 0 });
    expect(b.penalties).toEqual([]);
  }, 90_000);

  it('sends the snapshot the freshSnapshot hook gives in place of Raft\'s, and the original when the hook fails', async () => {
    const [hostA, hostB] = [await hosts.create(), await hosts.create()];
    const all = (): readonly ContinuumHost[] => [hostA, hostB];
    let calls = 0;
    const fresher = async (message: Message): Promise<Message> => {
      calls += 1;
      if (calls === 2) throw new Error('no newer snapshot');
      return snap(message.from, message.to, 90, pattern(2_000, 90));
    };
    const a = await end(hostA, all, () => true, () => false, new Uint8Array(), fresher);
    const b = await end(hostB, all);
    a.transport.send([snap(a.id, b.id, 40, pattern(1_000, 40))]);
    await until(async () => a.statuses.length === 1, 'the first status', 30_000);
    a.transport.send([snap(a.id, b.id, 41, pattern(1_000, 41))]);
    await until(async () => a.statuses.length === 2, 'the second status', 30_000);
    expect(a.statuses.map((status) => status.delivered)).toEqual([true, true]);
    expect(b.delivered.map((message) => message.snapshot?.metadata.index)).toEqual([90, 41]);
    expect(Buffer.compare(b.delivered[0]?.snapshot?.data ?? new Uint8Array(), pattern(2_000, 90))).toBe(0);
  }, 60_000);

  it('sends one snapshot at a time per peer: those queued meanwhile collapse to the newest', async () => {
    const [a, b] = await pair();
    const size = limits.snapshotChunkBytes * 3;
    a.transport.send([snap(a.id, b.id, 10, pattern(size, 10))]);
    a.transport.send([snap(a.id, b.id, 11, pattern(size, 11))]);
    a.transport.send([snap(a.id, b.id, 12, pattern(size, 12))]);
    await until(async () => a.statuses.length === 3, 'three snapshot statuses', 60_000);
    // The second was replaced while the first was in flight: Raft hears it failed, at once.
    expect(a.statuses.map((status) => status.delivered)).toEqual([false, true, true]);
    expect(b.delivered.map((message) => message.snapshot?.metadata.index)).toEqual([10, 12]);
    expect(Buffer.compare(b.delivered[1]?.snapshot?.data ?? new Uint8Array(), pattern(size, 12))).toBe(0);
  }, 90_000);

  it('a peer that is not a Raft peer is refused and its snapshot reported failed', async () => {
    const [a, b] = await pair(() => false);
    a.transport.send([snap(a.id, b.id, 5, pattern(1_000, 5))]);
    await until(async () => a.statuses.length > 0, 'the snapshot status', 30_000);
    expect(a.statuses).toEqual([{ peer: b.id, delivered: false }]);
    expect(b.delivered).toEqual([]);
    await until(async () => b.penalties.length > 0, 'the refusal to be penalised');
    expect(b.penalties[0]?.error.code).toBe('NOT_MEMBER');
  }, 60_000);

  it('a federation member that is not a Raft peer (a replaced voter) is refused without a penalty', async () => {
    const [a, b] = await pair(() => false, () => true);
    a.transport.send([snap(a.id, b.id, 5, pattern(1_000, 5))]);
    await until(async () => a.statuses.length > 0, 'the snapshot status', 30_000);
    expect(a.statuses).toEqual([{ peer: b.id, delivered: false }]);
    // And on the raft stream itself: a vote request from it is dropped, not delivered.
    a.transport.send([{ type: MessageType.PreVote, to: b.id, from: a.id, term: 9, logTerm: 1, index: 1, entries: [], commit: 0, reject: false, rejectHint: 0, context: new Uint8Array() }]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(b.delivered).toEqual([]);
    expect(b.penalties).toEqual([]);
  }, 60_000);

  it('after a failed transfer the next one to that peer waits, longer after each failure', async () => {
    const [a, b] = await pair(() => false);
    const gaps: number[] = [];
    let last = performance.now();
    for (let i = 0; i < 3; i += 1) {
      a.transport.send([snap(a.id, b.id, 20 + i, pattern(100, i))]);
      await until(async () => a.statuses.length > i, `status ${i + 1}`, 30_000);
      const now = performance.now();
      gaps.push(now - last);
      last = now;
    }
    expect(a.statuses.map((status) => status.delivered)).toEqual([false, false, false]);
    // No wait before the first; then at least raftReconnectMinMs, then twice that.
    expect(gaps[1]).toBeGreaterThanOrEqual(limits.raftReconnectMinMs);
    expect(gaps[2]).toBeGreaterThanOrEqual(2 * limits.raftReconnectMinMs);
  }, 60_000);

  it('a new connection from the peer ends the wait: the snapshot goes at once, not after the backoff', async () => {
    let admit = false;
    const [a, b] = await pair(() => admit);
    for (let i = 0; i < 5; i += 1) {
      a.transport.send([snap(a.id, b.id, 30 + i, pattern(100, i))]);
      await until(async () => a.statuses.length > i, `failure ${i + 1}`, 30_000);
    }
    // Five failures: the next transfer waits 16 × raftReconnectMinMs (1.6 s).
    admit = true;
    a.transport.send([snap(a.id, b.id, 40, pattern(100, 40))]);
    await a.host.hangUp(b.host.peerId);
    await until(async () => b.host.getConnections(a.host.peerId).length === 0, 'the connection to close at both ends');
    const reconnectedAt = performance.now();
    await b.host.dial(a.host.getMultiaddrs());
    await until(async () => a.statuses.length > 5, 'the snapshot after the reconnection', 30_000);
    expect(a.statuses[5]).toEqual({ peer: b.id, delivered: true });
    expect(performance.now() - reconnectedAt).toBeLessThan(8 * limits.raftReconnectMinMs);
    expect(b.delivered.map((message) => message.snapshot?.metadata.index)).toEqual([40]);
  }, 60_000);

  it('peers founded apart refuse each other on both protocols, without a penalty; a peer without a digest is accepted', async () => {
    const [hostA, hostB, hostC] = [await hosts.create(), await hosts.create(), await hosts.create()];
    const all = (): readonly ContinuumHost[] => [hostA, hostB, hostC];
    const [ours, theirs] = [sha256(Uint8Array.of(1)), sha256(Uint8Array.of(2))];
    const a = await end(hostA, all, () => true, () => true, ours);
    const b = await end(hostB, all, () => true, () => true, theirs);
    const learner = await end(hostC, all, () => true, () => true);
    const preVote = (from: End, to: End): Message => ({ type: MessageType.PreVote, to: to.id, from: from.id, term: 9, logTerm: 1, index: 1, entries: [], commit: 0, reject: false, rejectHint: 0, context: new Uint8Array() });

    a.transport.send([preVote(a, b), snap(a.id, b.id, 5, pattern(1_000, 5))]);
    b.transport.send([preVote(b, a)]);
    await until(async () => a.statuses.length > 0 && a.foreign.length > 0 && b.foreign.length >= 2, 'refusals at both ends', 30_000);
    expect(a.statuses).toEqual([{ peer: b.id, delivered: false }]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(a.delivered).toEqual([]);
    expect(b.delivered).toEqual([]);
    expect([...new Set(b.foreign.map((error) => error.details.protocol))].sort()).toEqual([raftProtocol, raftSnapshotProtocol].sort());
    expect(a.foreign[0]?.details).toEqual({ peer: b.id, protocol: raftProtocol, ours: bytesToHex(ours), theirs: bytesToHex(theirs) });
    expect(a.foreign[0]?.message).toMatch(/federation\.council/);
    expect([...a.penalties, ...b.penalties]).toEqual([]);

    // A node without a digest yet (a joining learner) hears from the leader and answers it.
    a.transport.send([preVote(a, learner), snap(a.id, learner.id, 6, pattern(1_000, 6))]);
    learner.transport.send([preVote(learner, a)]);
    await until(async () => learner.delivered.length === 2 && a.delivered.length === 1, 'both ways between a and the learner', 30_000);
    expect(learner.delivered.map((message) => message.type).sort()).toEqual([MessageType.PreVote, MessageType.Snap].sort());
    expect([...learner.foreign, ...learner.penalties]).toEqual([]);
  }, 60_000);

  it('refuses a header from another sender, or over maxSnapshotBytes, and penalises the peer', async () => {
    const [a, b] = await pair();
    const { RaftSnapshotHeader } = continuum.daemon.v1;
    const attempts = [
      { from: 'someone-else', dataBytes: 10, reason: /someone-else/ },
      { from: a.id, dataBytes: limits.maxSnapshotBytes + 1, reason: /at most/ },
    ];
    for (const [i, attempt] of attempts.entries()) {
      const stream = await a.host.dialProtocol(b.host.getMultiaddrs(), raftSnapshotProtocol);
      const message = snap(attempt.from, b.id, 7, new Uint8Array());
      await writeFrame(stream, RaftSnapshotHeader.encode({ message: encodeMessage(message), dataBytes: attempt.dataBytes }).finish());
      await writeFrame(stream, new Uint8Array(10));
      await until(async () => b.penalties.length > i, `penalty ${i + 1}`);
      const error = b.penalties[i]?.error;
      expect(ContinuumError.is(error, 'PEER_MESSAGE_INVALID')).toBe(true);
      expect(error?.message).toMatch(attempt.reason);
    }
    expect(b.delivered).toEqual([]);
  }, 60_000);

  it('hostile bytes from a Raft peer (random, mutated header, lying lengths) end the stream and deliver nothing but a well-formed snapshot', async () => {
    const [a, b] = await pair();
    const { RaftSnapshotHeader } = continuum.daemon.v1;
    const valid = RaftSnapshotHeader.encode({ message: encodeMessage(snap(a.id, b.id, 9, new Uint8Array())), dataBytes: 6 }).finish();
    const input = fc.oneof(
      fc.uint8Array({ maxLength: 512 }).map((bytes) => ({ kind: 'random', bytes })),
      fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })).map(([at, value]) => {
        const header = Uint8Array.from(valid);
        header[at % header.length] = value;
        return { kind: 'mutated header', bytes: Uint8Array.from([...lpEncode.single(header).subarray(), ...lpEncode.single(new Uint8Array(6)).subarray()]) };
      }),
      fc.integer({ min: 1, max: 12 }).map((sent) => ({
        kind: 'body length',
        bytes: Uint8Array.from([...lpEncode.single(valid).subarray(), ...lpEncode.single(new Uint8Array(sent)).subarray()]),
      })),
    );
    const kinds = new Set<string>();
    await fc.assert(fc.asyncProperty(input, async ({ kind, bytes }) => {
      kinds.add(kind);
      const stream = await a.host.dialProtocol(b.host.getMultiaddrs(), raftSnapshotProtocol);
      stream.send(bytes);
      await stream.close().catch(() => undefined);
      // Whatever came in, the stream ends (an ack for an exact body, else a close or a reset).
      try {
        for await (const frame of stream) void frame;
      } catch {
        // reset: refused
      }
    }), { numRuns: 40, seed: 3 });
    expect([...kinds].sort()).toEqual(['body length', 'mutated header', 'random']);
    // Only an exact 6-byte body with an intact header is a snapshot: nothing else was delivered.
    expect(b.delivered.every((message) => message.type === MessageType.Snap && message.snapshot?.data.byteLength === 6)).toBe(true);
    expect(b.penalties.length).toBeGreaterThan(0);
    expect(b.penalties.every((penalty) => penalty.error.code === 'PEER_MESSAGE_INVALID')).toBe(true);
  }, 120_000);
});
