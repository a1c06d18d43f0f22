/**
 * Raft over libp2p: `/continuum/raft/1.0.0`. One long-lived outbound stream per peer
 * carries length-prefixed frames: first the sender's founding digest (founding.ts: a
 * receiver founded apart refuses the stream), then each an encodeMessageBatch of the messages queued for
 * that peer since the last write (so a busy leader sends few, large frames). Per-peer
 * queues are bounded and drop their oldest message when full (Raft tolerates loss). A
 * failed dial or write drops what was queued, tells Raft (reportUnreachable) and retries
 * with a doubling backoff. Snapshots (MsgSnap) go on a stream of their own, in chunks
 * (snapshot-stream.ts), one at a time per peer (a newer one waits for the one in flight
 * and replaces an older waiting one; after a failure the next one waits, doubling up to
 * snapshotRetryMaxMs); Raft hears reportSnapshot(true) once the peer acknowledged it,
 * false when the transfer failed or was replaced. A new connection to a peer ends its
 * backoffs (it restarted: it should hear from the leader now). Inbound:
 * `raftPeersHandler` refuses peers that are not Raft peers of the current membership
 * before a byte is read; a message whose `from` is not the authenticated sender is a
 * typed failure that penalises the peer.
 */
import type { PeerId, Stream } from '@libp2p/interface';
import { dialMember } from './dial.js';
import { MessageType, RaftError, decodeMessageBatch, encodeMessageBatch, isLocalMessage } from '@continuum/raft';
import type { Message } from '@continuum/raft';
import type { ContinuumHost } from '../host/host.js';
import { limits } from '../limits.js';
import { readFramesFromEvents } from '../protocol/frame-events.js';
import { invalidFrame, writeFrame } from '../protocol/framing.js';
import type { PenaliseHook } from '../protocol/penalties.js';
import { admitFounding, decodeHello, encodeHello } from './founding.js';
import type { FoundingHooks } from './founding.js';
import { raftPeersHandler } from './raft-peers-handler.js';
import { raftSnapshotProtocol, sendSnapshot, serveSnapshots } from './snapshot-stream.js';

export const raftProtocol = '/continuum/raft/1.0.0';

export interface TransportHooks extends FoundingHooks {
  /** A message from the network, already checked to come from its authenticated sender. */
  readonly deliver: (message: Message) => void;
  readonly unreachable: (peer: string) => void;
  /** A snapshot reached the peer, or did not (`error`: why the transfer failed; absent when a newer one replaced it). */
  readonly snapshotStatus: (peer: string, delivered: boolean, error?: unknown) => void;
  /** May this peer send Raft messages (a Raft peer or council member of the current state)? */
  readonly isRaftPeer: (peer: string) => boolean;
  /** Is this peer a federation member? One that is not a Raft peer is refused without a penalty (raft-peers-handler.ts). */
  readonly isMember: (peer: string) => boolean;
  /** Known addresses of a peer (from the federation state). */
  readonly addressesOf: (peer: string) => readonly string[];
  /** The MsgSnap to send in place of this one (a newer snapshot), just before its transfer starts. */
  readonly freshSnapshot?: (message: Message) => Promise<Message>;
  readonly penalise: PenaliseHook;
}

export interface TransportStats {
  framesSent: number;
  messagesSent: number;
  messagesDropped: number;
  messagesReceived: number;
  dialFailures: number;
  snapshotsSent: number;
  snapshotsFailed: number;
}

interface PeerLink {
  readonly peer: string;
  queue: Message[];
  stream: Stream | undefined;
  writing: boolean;
  frames: number;
  backoffMs: number;
  retryAt: number;
  /** A snapshot transfer is in flight to this peer. */
  snapshotting: boolean;
  /** The snapshot to send once the one in flight is done. */
  nextSnapshot: Message | undefined;
  /** Wait before the next snapshot transfer after a failed one (doubles up to snapshotRetryMaxMs). */
  snapshotBackoffMs: number;
  /** End the waits before the next snapshot transfer and the next dial early (the peer connected again). */
  wakeSnapshot: (() => void) | undefined;
  wakeFlush: (() => void) | undefined;
}

/** Waits `ms`, or less when the callback handed to `setWake` is called; `setWake(undefined)` once over. */
function sleep(ms: number, setWake: (wake: (() => void) | undefined) => void): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      setWake(undefined);
      resolve();
    };
    const timer = setTimeout(done, ms);
    timer.unref();
    setWake(done);
  });
}

function sizeOf(message: Message): number {
  let bytes = 96 + message.context.byteLength;
  for (const entry of message.entries) bytes += entry.data.byteLength + 24;
  return bytes;
}

export class RaftTransport {
  readonly stats: TransportStats = { framesSent: 0, messagesSent: 0, messagesDropped: 0, messagesReceived: 0, dialFailures: 0, snapshotsSent: 0, snapshotsFailed: 0 };
  private readonly links = new Map<string, PeerLink>();
  private stopped = false;

  constructor(private readonly host: ContinuumHost, private readonly hooks: TransportHooks, private readonly signal: AbortSignal) {}

  async start(): Promise<void> {
    await this.host.handle(raftProtocol, raftPeersHandler({
      protocol: raftProtocol, isRaftPeer: this.hooks.isRaftPeer, isMember: this.hooks.isMember, penalise: this.hooks.penalise,
      handle: async ({ stream, peer }) => {
        const context = { peer, protocol: raftProtocol };
        let greeted = false;
        // Frames straight from the stream's events: this is the hottest inbound path.
        await readFramesFromEvents(stream, context, {}, (frame) => {
          if (!greeted) {
            greeted = true;
            admitFounding(this.hooks, decodeHello(frame, context), context);
            return;
          }
          let batch: Message[];
          try {
            batch = decodeMessageBatch(frame);
          } catch (error) {
            throw invalidFrame(context, RaftError.is(error) ? error.message : 'bad raft batch', error);
          }
          for (const message of batch) {
            if (message.from !== peer || isLocalMessage(message.type)) throw invalidFrame(context, `message from ${message.from} of type ${message.type} on ${peer}'s stream`);
            this.stats.messagesReceived += 1;
            this.hooks.deliver(message);
          }
        });
      },
    }), { maxInboundStreams: 64, runOnLimitedConnection: false });
    this.host.addEventListener('peer:connect', this.onConnect);
    await serveSnapshots({
      host: this.host, isRaftPeer: this.hooks.isRaftPeer, isMember: this.hooks.isMember, penalise: this.hooks.penalise,
      founding: this.hooks.founding, foreign: this.hooks.foreign,
      deliver: (message) => {
        this.stats.messagesReceived += 1;
        this.hooks.deliver(message);
      },
    });
  }

  /**
   * A connection to `peer` opened (it restarted, or the network healed): the backoffs of
   * its link are over, so Raft's messages and a waiting snapshot go now rather than up to
   * raftReconnectMaxMs or snapshotRetryMaxMs later.
   */
  private readonly onConnect = (event: CustomEvent<PeerId>): void => {
    const link = this.links.get(event.detail.toString());
    if (link === undefined || this.stopped) return;
    link.retryAt = 0;
    link.backoffMs = limits.raftReconnectMinMs;
    link.snapshotBackoffMs = 0;
    link.wakeSnapshot?.();
    link.wakeFlush?.();
    if (link.queue.length > 0 && !link.writing) void this.flush(link);
  };

  async stop(): Promise<void> {
    this.host.removeEventListener('peer:connect', this.onConnect);
    this.stopped = true;
    await this.host.unhandle(raftProtocol).catch(() => undefined);
    await this.host.unhandle(raftSnapshotProtocol).catch(() => undefined);
    for (const link of this.links.values()) {
      link.queue = [];
      link.nextSnapshot = undefined;
      link.wakeSnapshot?.();
      link.wakeFlush?.();
      link.stream?.abort(new Error('raft transport stopped'));
      link.stream = undefined;
    }
  }

  /** Queues messages (already persisted per Raft's rules) and wakes each peer's writer. */
  send(messages: readonly Message[]): void {
    if (this.stopped) return;
    const touched = new Set<PeerLink>();
    for (const message of messages) {
      let link = this.links.get(message.to);
      if (link === undefined) {
        link = { peer: message.to, queue: [], stream: undefined, writing: false, frames: 0, backoffMs: limits.raftReconnectMinMs, retryAt: 0, snapshotting: false, nextSnapshot: undefined, snapshotBackoffMs: 0, wakeSnapshot: undefined, wakeFlush: undefined };
        this.links.set(message.to, link);
      }
      if (message.type === MessageType.Snap) {
        this.queueSnapshot(link, message);
        continue;
      }
      link.queue.push(message);
      if (link.queue.length > limits.maxPeerQueueMessages) {
        link.queue.shift();
        this.stats.messagesDropped += 1;
      }
      touched.add(link);
    }
    for (const link of touched) if (!link.writing) void this.flush(link);
  }

  private queueSnapshot(link: PeerLink, message: Message): void {
    if (link.nextSnapshot !== undefined) this.snapshotDone(link, false);
    link.nextSnapshot = message;
    if (!link.snapshotting) void this.sendSnapshots(link);
  }

  private snapshotDone(link: PeerLink, delivered: boolean, error?: unknown): void {
    if (delivered) this.stats.snapshotsSent += 1;
    else this.stats.snapshotsFailed += 1;
    if (!this.stopped) this.hooks.snapshotStatus(link.peer, delivered, error);
  }

  /**
   * Sends the waiting snapshot, then any that replaced it meanwhile. After a failure the
   * next transfer waits (Raft asks again at once), so a peer that keeps failing is not sent
   * megabytes in a loop.
   */
  private async sendSnapshots(link: PeerLink): Promise<void> {
    link.snapshotting = true;
    try {
      for (let message = link.nextSnapshot; message !== undefined && !this.stopped; message = link.nextSnapshot) {
        if (link.snapshotBackoffMs > 0) await sleep(link.snapshotBackoffMs, (wake) => (link.wakeSnapshot = wake));
        message = link.nextSnapshot ?? message;
        link.nextSnapshot = undefined;
        if (this.stopped) break;
        if (this.hooks.freshSnapshot !== undefined) {
          const original = message;
          message = await this.hooks.freshSnapshot(original).catch(() => original);
        }
        if (this.stopped) break;
        const failure = await sendSnapshot(this.host, this.hooks.addressesOf(link.peer), message, this.hooks.founding(), this.signal).then(() => undefined, (error: unknown) => error ?? new Error('snapshot transfer failed'));
        link.snapshotBackoffMs = failure === undefined ? 0 : Math.min(limits.snapshotRetryMaxMs, Math.max(limits.raftReconnectMinMs, link.snapshotBackoffMs * 2));
        this.snapshotDone(link, failure === undefined, failure);
      }
    } finally {
      link.snapshotting = false;
    }
  }

  private async open(link: PeerLink): Promise<Stream> {
    if (link.stream !== undefined && link.stream.status === 'open' && link.frames < limits.raftFramesPerStream) return link.stream;
    if (link.stream !== undefined) await link.stream.close().catch(() => link.stream?.abort(new Error('close failed')));
    link.stream = undefined;
    const stream = await dialMember(this.host, link.peer, this.hooks.addressesOf(link.peer), raftProtocol, this.signal);
    link.stream = stream;
    await writeFrame(stream, encodeHello(this.hooks.founding()), this.signal);
    link.frames = 0;
    return stream;
  }

  private takeBatch(link: PeerLink): Message[] {
    let bytes = 0;
    let count = 0;
    for (const message of link.queue) {
      const size = sizeOf(message);
      if (count > 0 && bytes + size > limits.maxRaftBatchBytes) break;
      bytes += size;
      count += 1;
    }
    return link.queue.splice(0, count);
  }

  private async flush(link: PeerLink): Promise<void> {
    link.writing = true;
    let batch: Message[] = [];
    try {
      while (link.queue.length > 0 && !this.stopped) {
        const wait = link.retryAt - Date.now();
        if (wait > 0) await sleep(wait, (wake) => (link.wakeFlush = wake));
        const stream = await this.open(link);
        batch = this.takeBatch(link);
        if (batch.length === 0) continue;
        await writeFrame(stream, encodeMessageBatch(batch), this.signal);
        link.frames += 1;
        link.backoffMs = limits.raftReconnectMinMs;
        this.stats.framesSent += 1;
        this.stats.messagesSent += batch.length;
        batch = [];
      }
    } catch {
      this.fail(link, batch);
    } finally {
      link.writing = false;
    }
    if (link.queue.length > 0 && !this.stopped) void this.flush(link);
  }

  private fail(link: PeerLink, inFlight: readonly Message[]): void {
    this.stats.dialFailures += 1;
    link.stream?.abort(new Error('raft stream failed'));
    link.stream = undefined;
    this.stats.messagesDropped += inFlight.length + link.queue.length;
    link.queue = [];
    link.retryAt = Date.now() + link.backoffMs;
    link.backoffMs = Math.min(limits.raftReconnectMaxMs, link.backoffMs * 2);
    if (this.stopped) return;
    this.hooks.unreachable(link.peer);
  }
}
