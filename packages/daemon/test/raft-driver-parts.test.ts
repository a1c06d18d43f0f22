// The Raft driver's pure parts: tick mapping, the one-change-at-a-time membership plan,
// the proposal envelope, the applier (results by proposal id, waits, retained entries and
// their limits) and the fedlog answer (entries, or a snapshot when they are gone).
import { ConfChangeType, ProgressState } from '@continuum/raft';
import type { ProgressStatus } from '@continuum/raft';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { encodeCommand } from '../src/federation/command.js';
import { restore, snapshot } from '../src/federation/snapshot.js';
import { limits } from '../src/limits.js';
import { Applier } from '../src/raft-driver/applier.js';
import type { LogEntry } from '../src/raft-driver/applier.js';
import { decodeEnvelope, encodeEnvelope, newProposalId, proposalIdBytes } from '../src/raft-driver/envelope.js';
import { FedlogFollower, answerFedlog } from '../src/raft-driver/fedlog.js';
import { nextConfChange } from '../src/raft-driver/membership.js';
import { raftTiming } from '../src/raft-driver/timing.js';
import { bootstrapped, council, fakePeerId } from './support/federation-fixtures.js';

function put(index: number, key: string, id = newProposalId()): LogEntry {
  const command = encodeCommand({ atMs: 100 + index, proposer: council, kvPut: { key, value: new TextEncoder().encode(`v${index}`) } });
  return { index, term: 2, type: 0, data: encodeEnvelope(id, command) };
}

function started(): Applier {
  const applier = new Applier();
  applier.restore(snapshot(bootstrapped()), 1);
  return applier;
}

const progress = (match: number): ProgressStatus => ({ match, next: match + 1, state: ProgressState.Replicate, isLearner: true });

describe('raft timing', () => {
  it('maps the defaults to 50 ms ticks, heartbeat 1, election 3 (150-300 ms)', () => {
    expect(raftTiming({ election_timeout_ms: [150, 300], heartbeat_interval_ms: 50 })).toEqual({ tickMs: 50, heartbeatTicks: 1, electionTicks: 3, electionRangeMs: [150, 300] });
    expect(raftTiming({ election_timeout_ms: [1000, 1500], heartbeat_interval_ms: 100 }).electionTicks).toBe(10);
    expect(raftTiming({ election_timeout_ms: [60, 80], heartbeat_interval_ms: 50 }).electionTicks).toBe(2);
  });
});

describe('membership plan', () => {
  const base = { self: 'a', progress: new Map<string, ProgressStatus>(), lastIndex: 500, catchUpEntries: limits.catchUpLagEntries };
  it('removes a stale peer first, then adds a learner, then promotes a caught-up learner; never the leader itself', () => {
    expect(nextConfChange({ ...base, confState: { voters: ['a', 'x'], learners: [] }, council: ['a', 'b'] })).toEqual({ type: ConfChangeType.RemoveNode, nodeId: 'x' });
    expect(nextConfChange({ ...base, confState: { voters: ['a'], learners: [] }, council: ['a', 'b'] })).toEqual({ type: ConfChangeType.AddLearner, nodeId: 'b' });
    expect(nextConfChange({ ...base, confState: { voters: ['a'], learners: ['b'] }, council: ['a', 'b'], progress: new Map([['b', progress(300)]]) })).toBeUndefined();
    expect(nextConfChange({ ...base, confState: { voters: ['a'], learners: ['b'] }, council: ['a', 'b'], progress: new Map([['b', progress(450)]]) }))
      .toEqual({ type: ConfChangeType.AddNode, nodeId: 'b' });
    expect(nextConfChange({ ...base, confState: { voters: ['a', 'b'], learners: [] }, council: ['b'] })).toBeUndefined();
  });
});

describe('proposal envelope', () => {
  it('round-trips and refuses garbage', () => {
    const id = newProposalId();
    const decoded = decodeEnvelope(encodeEnvelope(id, new Uint8Array([1, 2, 3])));
    expect(new Uint8Array(decoded?.proposalId ?? [])).toEqual(id);
    expect(new Uint8Array(decoded?.command ?? [])).toEqual(new Uint8Array([1, 2, 3]));
    expect(decodeEnvelope(new Uint8Array([0xff, 0xff, 0xff]))).toBeUndefined();
  });

  it('draws ids of 16 random bytes, all distinct across refills of the pool, each its own copy', () => {
    const ids = Array.from({ length: 1_000 }, () => newProposalId());
    expect(ids.every((id) => id.byteLength === proposalIdBytes)).toBe(true);
    expect(new Set(ids.map((id) => Buffer.from(id).toString('hex'))).size).toBe(ids.length);
    // Not a counter: consecutive ids share no common 8-byte prefix.
    expect(ids.slice(1).some((id, i) => Buffer.from(id.subarray(0, 8)).equals(Buffer.from((ids[i] as Uint8Array).subarray(0, 8))))).toBe(false);
    const first = ids[0] as Uint8Array;
    const copy = new Uint8Array(first);
    (ids[1] as Uint8Array).fill(0);
    newProposalId().fill(0);
    expect(first).toEqual(copy);
  });
});

describe('applier', () => {
  it('resolves a proposal by id with its index and result, skips entries at or below the applied index, refuses gaps', async () => {
    const applier = started();
    const id = newProposalId();
    const pending = applier.expect(id, new AbortController().signal);
    applier.applyEntries([put(2, 'a'), put(3, 'b', id)]);
    await expect(pending).resolves.toMatchObject({ index: 3, result: { ok: true, revision: 2 } });
    applier.applyEntries([put(3, 'b')]);
    expect(applier.state.kvRevision).toBe(2);
    expect(() => applier.applyEntries([put(5, 'c')])).toThrow(/entry 5 after applied 3/);
  });

  // Found by the fault-injection run: a forwarded write retried at a second council member
  // after the first committed it and died reached the log twice and was applied twice,
  // overwriting a later write (a stale value read back).
  it('applies an envelope that reached the log twice only once, also after a snapshot', () => {
    const applier = started();
    const id = newProposalId();
    applier.applyEntries([put(2, 'k', id), put(3, 'k'), put(4, 'k', id)]);
    expect(new TextDecoder().decode(applier.state.kv.get('k')?.value)).toBe('v3');
    expect(applier.state.kvRevision).toBe(2);
    const restored = new Applier();
    restored.restore(applier.snapshot(), 4);
    restored.applyEntries([put(5, 'k', id)]);
    expect(restored.state.kvRevision).toBe(2);
    expect(restored.snapshot()).toEqual(applier.snapshot());
  });

  it('remembers the last appliedProposalIdsCount ids, evicting the oldest', () => {
    const applier = started();
    const first = newProposalId();
    const entries = [put(2, 'a', first)];
    for (let index = 3; index < 3 + limits.appliedProposalIdsCount; index += 1) entries.push({ index, term: 2, type: 0, data: encodeEnvelope(newProposalId(), new Uint8Array()) });
    applier.applyEntries(entries);
    expect(applier.state.appliedProposals.size).toBe(limits.appliedProposalIdsCount);
    const revision = applier.state.kvRevision;
    applier.applyEntries([put(3 + limits.appliedProposalIdsCount, 'a', first)]);
    expect(applier.state.kvRevision).toBe(revision + 1);
  });

  it('a malformed entry advances the index and changes nothing', () => {
    const applier = started();
    applier.applyEntries([{ index: 2, term: 2, type: 0, data: new Uint8Array([0xff, 0xff]) }]);
    expect(applier.appliedIndex).toBe(2);
    expect(applier.state.kv.size).toBe(0);
  });

  it('waits for an applied index and times out with UNAVAILABLE', async () => {
    const applier = started();
    const waiting = applier.waitApplied(2, new AbortController().signal);
    applier.applyEntries([put(2, 'a')]);
    await expect(waiting).resolves.toBeUndefined();
    await expect(applier.waitApplied(9, AbortSignal.timeout(20))).rejects.toMatchObject({ code: 'UNAVAILABLE' });
  });

  it('refuses proposals beyond maxPendingProposals', async () => {
    const applier = started();
    const controller = new AbortController();
    const pending = Array.from({ length: limits.maxPendingProposals }, () => applier.expect(newProposalId(), controller.signal).catch(() => undefined));
    await expect(applier.expect(newProposalId(), controller.signal)).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    controller.abort();
    await Promise.all(pending);
    expect(applier.pendingProposals).toBe(0);
  });

  it('keeps fedlogRetainedEntries entries; older requests get a snapshot answer', async () => {
    const applier = started();
    const total = limits.fedlogRetainedEntries * 2 + 2;
    const entries: LogEntry[] = [];
    for (let index = 2; index <= total; index += 1) entries.push({ index, term: 2, type: 1, data: new Uint8Array() });
    applier.applyEntries(entries);
    expect(applier.entriesAfter(total - 5, 100)).toHaveLength(5);
    expect(applier.entriesAfter(1, 10)).toBeUndefined();
    const answer = await answerFedlog(applier, 1, 10);
    expect(answer.snapshotIndex).toBe(total);
    expect(answer.snapshot).toEqual(applier.snapshot());
    const fresh = await answerFedlog(applier, total - 3 * limits.fedlogMaxEntriesPerResponse, 1_000_000);
    expect(fresh.entries).toHaveLength(limits.fedlogMaxEntriesPerResponse);
  });

  it('keeps at most about fedlogRetainedBytes of entries, and answers at most fedlogMaxResponseBytes (one larger entry alone)', async () => {
    const applier = started();
    const size = 100 * 1024;
    const big = (index: number, bytes = size): LogEntry => ({ index, term: 2, type: 1, data: new Uint8Array(bytes) });
    const count = Math.ceil((limits.fedlogRetainedBytes * 2) / size) + 1;
    applier.applyEntries(Array.from({ length: count }, (_, i) => big(i + 2)));
    const last = count + 1;
    // Trimmed to the newest entries within fedlogRetainedBytes, far fewer than fedlogRetainedEntries.
    const kept = Math.floor(limits.fedlogRetainedBytes / size);
    expect(applier.entriesAfter(last - kept, kept)).toHaveLength(kept);
    expect(applier.entriesAfter(last - kept - 1, kept + 1)).toBeUndefined();
    const answer = await answerFedlog(applier, last - kept, limits.fedlogMaxEntriesPerResponse);
    const bytes = answer.entries.reduce((sum, entry) => sum + entry.data.byteLength, 0);
    expect(answer.entries).toHaveLength(Math.floor(limits.fedlogMaxResponseBytes / size));
    expect(bytes).toBeLessThanOrEqual(limits.fedlogMaxResponseBytes);
    expect(answer.entries[0]?.index).toBe(last - kept + 1);
    applier.applyEntries([big(last + 1, limits.fedlogMaxResponseBytes + 1)]);
    expect((await answerFedlog(applier, last, 10)).entries.map((entry) => entry.index)).toEqual([last + 1]);
  });

  it('encodes one snapshot for the requests made until the next apply, with the index it was taken at', async () => {
    const applier = started();
    applier.applyEntries([put(2, 'a')]);
    const first = applier.encodedSnapshot();
    const again = applier.encodedSnapshot();
    expect(again).toBe(first);
    expect(first.index).toBe(2);
    const bytesAt2 = applier.snapshot();
    applier.applyEntries([put(3, 'b')]);
    // Taken when asked: the apply after the call does not reach it.
    expect(await first.data).toEqual(bytesAt2);
    const next = applier.encodedSnapshot();
    expect(next).not.toBe(first);
    expect(next.index).toBe(3);
    expect(await next.data).toEqual(applier.snapshot());
  });
});

describe('fedlog follower', () => {
  it('buffers at most maxFollowerBufferedEntries out-of-order entries', () => {
    const applier = started();
    const follower = new FedlogFollower(applier, { fetch: () => new Promise(() => undefined), sources: () => [] }, () => true, new AbortController().signal);
    const far: LogEntry[] = [];
    for (let i = 0; i < limits.maxFollowerBufferedEntries + 10; i += 1) far.push({ index: 10 + i, term: 2, type: 1, data: new Uint8Array() });
    follower.receive(far, 20_000, 'x');
    expect(follower.stats.buffered).toBe(limits.maxFollowerBufferedEntries);
    expect(applier.appliedIndex).toBe(1);
  });
});

describe('council bootstrap', () => {
  async function foundingSnapshot(dir: string): Promise<Uint8Array> {
    const { openRaftStorage } = await import('../src/raft-driver/open-storage.js');
    const storage = await openRaftStorage(dir);
    try {
      return storage.snapshot().data;
    } finally {
      await storage.close();
    }
  }

  async function founded(self: string, council: readonly string[], nowMs: number, name = 'b1', federationId = 'fed-b'): Promise<{ digest: string; voters: readonly string[]; dir: string }> {
    const { bootstrapCouncil } = await import('../src/raft-driver/bootstrap.js');
    const { validateConfig } = await import('../src/config/validate.js');
    const { mkdtemp } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = await mkdtemp(join(tmpdir(), 'continuum-boot-'));
    const config = validateConfig({ node: { name, territory: 'DK-AARHUS', data_dir: dir }, federation: { council: [...council] } });
    const result = await bootstrapCouncil(config, self, [`/ip4/127.0.0.1/tcp/${nowMs % 1000}/p2p/${self}`], federationId, nowMs);
    return { ...result, dir };
  }

  it('several founders listed: every founder writes the same founding snapshot, whatever its name, clock or addresses', async () => {
    const { rm } = await import('node:fs/promises');
    const peers = [fakePeerId(7), fakePeerId(3), fakePeerId(5)];
    const list = peers.map((peer, i) => `/ip4/10.0.0.${i + 1}/tcp/7000/p2p/${peer}`);
    const a = await founded(peers[0] ?? '', list, 1_000, 'alpha');
    const b = await founded(peers[1] ?? '', [...list].reverse(), 2_345, 'beta');
    const single = await founded(council, [], 1_000);
    try {
      expect(a.digest).toBe(b.digest);
      // The digest is the founding state's (what Raft peers compare), and the snapshots are byte-identical.
      const [snapA, snapB] = [await foundingSnapshot(a.dir), await foundingSnapshot(b.dir)];
      expect(Buffer.compare(snapA, snapB)).toBe(0);
      expect(bytesToHex(restore(snapA).founding)).toBe(a.digest);
      expect(a.digest).toMatch(/^[0-9a-f]{64}$/);
      expect(a.voters).toEqual([...peers].sort());
      // One founder alone keeps its own name and clock: a different state.
      expect(single.voters).toEqual([council]);
      expect(single.digest).not.toBe(a.digest);
      // A different list is a different federation.
      const c = await founded(peers[0] ?? '', list.slice(0, 2), 1_000, 'alpha');
      expect(c.digest).not.toBe(a.digest);
      // So is another federation id with the same list.
      const d = await founded(peers[1] ?? '', list, 2_345, 'beta', 'fed-other');
      expect(d.digest).not.toBe(a.digest);
      for (const dir of [c.dir, d.dir]) await rm(dir, { recursive: true, force: true });
    } finally {
      for (const dir of [a.dir, b.dir, single.dir]) await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses a list of founders that leaves this node out', async () => {
    const { rm } = await import('node:fs/promises');
    const { mkdtemp } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { bootstrapCouncil } = await import('../src/raft-driver/bootstrap.js');
    const { validateConfig } = await import('../src/config/validate.js');
    const dir = await mkdtemp(join(tmpdir(), 'continuum-boot-'));
    try {
      const config = validateConfig({ node: { name: 'b1', territory: 'DK-AARHUS', data_dir: dir }, federation: { council: [council, fakePeerId(4)] } });
      await expect(bootstrapCouncil(config, 'self', [], 'fed-b', 1)).rejects.toMatchObject({ code: 'CONFIG_INVALID', details: { path: 'federation.council' } });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the leader heard in heartbeats', () => {
  it('keeps the newest term, forgets it after heardForMs, and only while the peer is on the council', async () => {
    const { HeardLeader } = await import('../src/raft-driver/heard-leader.js');
    let now = 0;
    const heard = new HeardLeader(1_000, () => now);
    const council = new Set(['a', 'b']);
    const isCouncil = (peer: string): boolean => council.has(peer);
    expect(heard.current(isCouncil)).toBeUndefined();
    heard.heard('a', 3);
    heard.heard('b', 2);
    expect(heard.current(isCouncil)).toBe('a');
    heard.heard('b', 4);
    expect(heard.current(isCouncil)).toBe('b');
    now = 1_000;
    expect(heard.current(isCouncil)).toBe('b');
    now = 1_001;
    expect(heard.current(isCouncil)).toBeUndefined();
    heard.heard('b', 4);
    council.delete('b');
    expect(heard.current(isCouncil)).toBeUndefined();
  });
});
