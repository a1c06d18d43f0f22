/**
 * The wire of follow-the-log: the gossip topic `continuum/fedlog/1` (publish by the council
 * leader; only council members are accepted as publishers) and the catch-up protocol
 * `/continuum/fedlog/1.0.0` (members only; one FedlogRequest in, one FedlogResponse out,
 * followed by the snapshot's bytes in chunks when it carries one: protocol/chunked-body.ts).
 * Batches, requests and answers carry the sender's founding digest; a node founded apart
 * ignores the batch or refuses the exchange (founding.ts).
 */
import { ContinuumError } from '../errors.js';
import { continuum } from '../gen/federation.js';
import type { GossipChannel, GossipChannels } from '../host/gossip-channels.js';
import type { ContinuumHost } from '../host/host.js';
import { limits } from '../limits.js';
import { readBody, writeBody } from '../protocol/chunked-body.js';
import { decodeFrame, readFrames, writeFrame } from '../protocol/framing.js';
import { federationHandler } from '../protocol/handler.js';
import type { PenaliseHook } from '../protocol/penalties.js';
import type { Applier, LogEntry } from './applier.js';
import type { FedlogAnswer } from './fedlog.js';
import { answerFedlog } from './fedlog.js';
import { dialMember } from './dial.js';
import { admitFounding, reportedForeign } from './founding.js';
import type { FoundingHooks } from './founding.js';

const { FedlogBatch, FedlogRequest, FedlogResponse } = continuum.daemon.v1;
export const fedlogTopic = 'continuum/fedlog/1';
export const fedlogProtocol = '/continuum/fedlog/1.0.0';

function toEntries(entries: readonly continuum.daemon.v1.IFedEntry[]): LogEntry[] {
  return entries.map((entry) => ({ index: Number(entry.index ?? 0), term: Number(entry.term ?? 0), type: entry.type ?? 0, data: entry.data ?? new Uint8Array() }));
}

function decodeBatch(data: Uint8Array): continuum.daemon.v1.FedlogBatch | undefined {
  if (data.byteLength > limits.maxGossipMessageBytes) return undefined;
  try {
    return FedlogBatch.decode(data);
  } catch {
    return undefined;
  }
}

export interface FedlogWireOptions extends FoundingHooks {
  readonly host: ContinuumHost;
  readonly gossip: GossipChannels;
  readonly applier: Applier;
  readonly isMember: (peer: string) => boolean;
  readonly isCouncil: (peer: string) => boolean;
  readonly penalise: PenaliseHook;
  readonly receive: (entries: readonly LogEntry[], commitIndex: number, from: string) => void;
}

export class FedlogWire {
  published = 0;
  private channel: GossipChannel | undefined;

  constructor(private readonly options: FedlogWireOptions) {}

  async start(): Promise<void> {
    const { host, applier } = this.options;
    this.channel ??= this.options.gossip.channel({
      topic: fedlogTopic, authors: this.options.isCouncil, decode: decodeBatch,
      receive: (batch, from) => {
        if (!reportedForeign(this.options, batch.founding, { peer: from, protocol: fedlogTopic })) this.options.receive(toEntries(batch.entries), Number(batch.commitIndex), from);
      },
    });
    await host.handle(fedlogProtocol, federationHandler({
      protocol: fedlogProtocol, membersOnly: true, isMember: this.options.isMember, penalise: this.options.penalise,
      handle: async ({ stream, peer }) => {
        const context = { peer, protocol: fedlogProtocol };
        for await (const frame of readFrames(stream, context, { maxFrameBytes: 1024, maxFrames: 1 })) {
          const request = decodeFrame((bytes) => FedlogRequest.decode(bytes), frame, context);
          admitFounding(this.options, request.founding, context);
          const answer = await answerFedlog(applier, Number(request.afterIndex), request.maxEntries);
          const snapshot = answer.snapshot ?? new Uint8Array();
          await writeFrame(stream, FedlogResponse.encode({
            ...(answer.snapshot === undefined ? {} : { snapshotBytes: snapshot.byteLength, snapshotIndex: answer.snapshotIndex ?? 0 }),
            entries: answer.entries.map((entry) => ({ ...entry })), commitIndex: answer.commitIndex, founding: applier.state.founding,
          }).finish());
          await writeBody(stream, snapshot);
          return;
        }
      },
    }));
  }

  async stop(): Promise<void> {
    this.channel?.close();
    this.channel = undefined;
    await this.options.host.unhandle(fedlogProtocol).catch(() => undefined);
  }

  /** Publishes applied entries (the leader), split into bounded messages. */
  async publish(entries: readonly LogEntry[], commitIndex: number): Promise<void> {
    for (let start = 0; start < entries.length; start += limits.fedlogMaxEntriesPerGossip) {
      const part = entries.slice(start, start + limits.fedlogMaxEntriesPerGossip);
      const data = FedlogBatch.encode({ entries: part.map((entry) => ({ ...entry })), commitIndex, founding: this.options.founding() }).finish();
      if (data.byteLength > limits.maxGossipMessageBytes) continue; // a follower fetches what it misses
      await this.options.gossip.publisher(fedlogTopic).publish(data);
      this.published += 1;
    }
  }

  /** Asks `peer` for what came after `afterIndex`. */
  async fetch(peer: string, afterIndex: number, signal: AbortSignal): Promise<FedlogAnswer> {
    const addresses = this.options.applier.state.members.get(peer)?.addresses ?? [];
    const stream = await dialMember(this.options.host, peer, addresses, fedlogProtocol, signal);
    try {
      await writeFrame(stream, FedlogRequest.encode({ afterIndex, maxEntries: limits.fedlogMaxEntriesPerResponse, founding: this.options.founding() }).finish(), signal);
      const context = { peer, protocol: fedlogProtocol };
      const frames = readFrames(stream, context);
      const first = await frames.next();
      if (first.done === true) throw new ContinuumError('UNAVAILABLE', `${peer} closed the fedlog stream without an answer`, { reason: 'no answer' });
      const response = decodeFrame((bytes) => FedlogResponse.decode(bytes), first.value, context);
      admitFounding(this.options, response.founding, context);
      const snapshotIndex = Number(response.snapshotIndex);
      const snapshot = snapshotIndex > 0 ? await readBody(frames, Number(response.snapshotBytes), limits.maxSnapshotBytes, context) : undefined;
      return {
        ...(snapshot === undefined ? {} : { snapshot, snapshotIndex }),
        entries: toEntries(response.entries), commitIndex: Number(response.commitIndex),
      };
    } catch (error) {
      stream.abort(error instanceof Error ? error : new Error('fedlog fetch failed'));
      throw error;
    } finally {
      if (stream.status === 'open') await stream.close().catch(() => stream.abort(new Error('close failed')));
    }
  }
}
