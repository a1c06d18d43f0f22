/**
 * The replicated KV map over libp2p: deltas and version-vector announcements on the
 * gossipsub topic `continuum/map/1` (members-only validator), push-pull anti-entropy on
 * `/continuum/map-sync/1.0.0` with one member each `sync_interval_seconds` (and at once
 * with a member whose delta could not be applied or who announced more than we hold),
 * persisted in `<data_dir>/map.bin`. A local write is acknowledged only after `flush()`:
 * the whole map is written (fsync, atomic rename) by one save at a time, and every write
 * made while a save runs waits for the next one (group commit), so a kill -9 loses no
 * acknowledged write. Deltas received from peers are saved each sync round (a loss there
 * is repaired by anti-entropy).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { peerIdFromString } from '@libp2p/peer-id';
import type { ConflictStrategy } from '@continuum/crdt';
import { ContinuumError } from '../errors.js';
import type { GossipChannel, GossipChannels } from '../host/gossip-channels.js';
import type { ContinuumHost } from '../host/host.js';
import { exists, writePrivateFile } from '../identity/files.js';
import { limits } from '../limits.js';
import { readFrames, writeFrame } from '../protocol/framing.js';
import { federationHandler } from '../protocol/handler.js';
import type { PenaliseHook } from '../protocol/penalties.js';
import { workLimits } from '../work-limits.js';
import { decodeMapGossip, encodeMapGossip, MapReplication } from './map-replication.js';

export const mapTopic = 'continuum/map/1';
export const mapSyncProtocol = '/continuum/map-sync/1.0.0';
export const mapStateFile = 'map.bin';

export interface MapServiceOptions {
  readonly host: ContinuumHost;
  /** The node's gossip topics: `continuum/map/1` is opened here. */
  readonly gossip: GossipChannels;
  readonly dataDir: string;
  readonly strategy: ConflictStrategy;
  readonly now: () => number;
  readonly isMember: (peer: string) => boolean;
  readonly penalise: PenaliseHook;
  readonly syncIntervalMs: number;
  readonly signal: AbortSignal;
}

function peerError(peer: string, reason: string): ContinuumError<'PEER_MESSAGE_INVALID'> {
  return new ContinuumError('PEER_MESSAGE_INVALID', `${mapSyncProtocol} from ${peer}: ${reason}`, { peer, protocol: mapSyncProtocol, reason });
}

export class MapService {
  readonly replication: MapReplication;
  private timer: ReturnType<typeof setInterval> | undefined;
  private saved = -1;
  /** The last save started or queued; saves run one at a time, in order. */
  private saves: Promise<void> = Promise.resolve();
  /** A save queued behind the running one and not started yet: later writes join it. */
  private queued: Promise<void> | undefined;
  private readonly pulling = new Set<string>();
  private channel: GossipChannel | undefined;
  /** A member's delta or announcement (decoded by the channel); a refused delta penalises its author (the channel). */
  private readonly receive = (data: Uint8Array, peer: string): void => {
    if (peer === this.self) return;
    const decoded = decodeMapGossip(data);
    if (decoded === undefined) return;
    try {
      if (this.replication.receive(peer, decoded)) void this.pull(peer);
    } catch (error) {
      throw error instanceof ContinuumError ? error : peerError(peer, error instanceof Error ? error.message : 'bad delta');
    }
  };

  constructor(private readonly options: MapServiceOptions) {
    this.replication = new MapReplication({
      node: this.self, strategy: options.strategy, wallClockMs: options.now,
      broadcast: (message) => void options.gossip.publisher(mapTopic).publish(encodeMapGossip(message)).catch(() => undefined),
    });
  }

  get self(): string {
    return this.options.host.peerId.toString();
  }

  private get path(): string {
    return join(this.options.dataDir, mapStateFile);
  }

  async start(): Promise<void> {
    if (await exists(this.path)) this.replication.apply(new Uint8Array(await readFile(this.path)));
    this.saved = this.version();
    const { host } = this.options;
    this.channel ??= this.options.gossip.channel({ topic: mapTopic, decode: (data) => (data.byteLength <= limits.maxGossipMessageBytes ? data : undefined), receive: this.receive });
    await host.handle(mapSyncProtocol, federationHandler({
      // Membership is checked here rather than by the guard: a member whose replica has not
      // yet applied a newcomer's admission must not penalise the newcomer's first pulls.
      protocol: mapSyncProtocol, membersOnly: false, isMember: this.options.isMember, penalise: this.options.penalise,
      handle: async ({ stream, peer }) => {
        if (!this.options.isMember(peer)) return;
        const frames = readFrames(stream, { peer, protocol: mapSyncProtocol }, { maxFrameBytes: workLimits.maxSyncMessageBytes, maxFrames: 2 });
        const request = await frames.next();
        if (request.done === true) throw peerError(peer, 'no request');
        const answer = this.replication.syncAnswer(request.value);
        await writeFrame(stream, answer.delta);
        await writeFrame(stream, answer.vv);
        const finish = await frames.next();
        if (finish.done !== true) this.replication.apply(finish.value);
      },
    }));
    this.timer = setInterval(() => this.round(), this.options.syncIntervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer !== undefined) clearInterval(this.timer);
    const { host } = this.options;
    this.channel?.close();
    this.channel = undefined;
    await host.unhandle(mapSyncProtocol).catch(() => undefined);
    await this.persist();
  }

  private version(): number {
    return this.replication.writesLocal + this.replication.writesReplicated;
  }

  /** Background save (sync rounds, stop): a failure is retried at the next round. */
  async persist(): Promise<void> {
    await this.flush().catch(() => undefined);
  }

  /**
   * Resolves once every write made before the call is on disk; rejects when that save
   * fails (the caller must not acknowledge the write).
   */
  flush(): Promise<void> {
    if (this.queued !== undefined) return this.queued;
    const next = this.saves.catch(() => undefined).then(() => {
      this.queued = undefined; // writes from here on need the save after this one
      return this.save();
    });
    this.queued = next;
    this.saves = next;
    return next;
  }

  private async save(): Promise<void> {
    const version = this.version();
    if (version === this.saved) return;
    await writePrivateFile(this.path, this.replication.map.encode(), true);
    this.saved = version;
  }

  /** One anti-entropy round: announce, pull from one connected member, persist. */
  round(): void {
    this.replication.announce();
    const members = this.options.host.getPeers().map(String).filter((peer) => this.options.isMember(peer));
    const peer = members[Math.floor(Math.random() * members.length)];
    if (peer !== undefined) void this.pull(peer);
    void this.persist();
  }

  /** Push-pull exchange with one member. */
  async pull(peer: string): Promise<void> {
    if (this.pulling.has(peer)) return;
    this.pulling.add(peer);
    const signal = AbortSignal.any([this.options.signal, AbortSignal.timeout(limits.dialTimeoutMs)]);
    try {
      const stream = await this.options.host.dialProtocol(peerIdFromString(peer), mapSyncProtocol, { signal });
      try {
        await writeFrame(stream, this.replication.syncRequest(), signal);
        const frames = readFrames(stream, { peer, protocol: mapSyncProtocol }, { maxFrameBytes: workLimits.maxSyncMessageBytes, maxFrames: 2 });
        const delta = await frames.next();
        const vv = await frames.next();
        if (delta.done === true || vv.done === true) throw peerError(peer, 'short answer');
        await writeFrame(stream, this.replication.syncFinish({ delta: delta.value, vv: vv.value }), signal);
      } finally {
        await stream.close().catch(() => stream.abort(new Error('close failed')));
      }
    } catch {
      // The next round tries again (possibly with another member).
    } finally {
      this.pulling.delete(peer);
    }
  }
}
