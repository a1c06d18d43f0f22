/**
 * Shared documents over gossipsub (`continuum/docs/1`, members-only): every local edit is
 * published as a Yjs update; every `sync_interval_seconds` a node publishes the state
 * vector of each document, and a member holding something that vector lacks answers with
 * the missing update (state-vector catch-up). Message: `u8 kind | u8 name length | name | payload`
 * (kind 0 update, 1 state vector).
 */
import * as Y from 'yjs';
import type { GossipChannel, GossipChannels } from '../host/gossip-channels.js';
import type { ContinuumHost } from '../host/host.js';
import { limits } from '../limits.js';
import { ContinuumError } from '../errors.js';
import { docNamePattern, type DocStore } from './doc-store.js';

export const docsTopic = 'continuum/docs/1';

export function encodeDocMessage(kind: 0 | 1, name: string, payload: Uint8Array): Uint8Array {
  const nameBytes = new TextEncoder().encode(name);
  const out = new Uint8Array(2 + nameBytes.length + payload.length);
  out[0] = kind;
  out[1] = nameBytes.length;
  out.set(nameBytes, 2);
  out.set(payload, 2 + nameBytes.length);
  return out;
}

export function decodeDocMessage(bytes: Uint8Array): { kind: 0 | 1; name: string; payload: Uint8Array } | undefined {
  const kind = bytes[0];
  const length = bytes[1];
  if ((kind !== 0 && kind !== 1) || length === undefined || bytes.length < 2 + length) return undefined;
  const name = new TextDecoder().decode(bytes.subarray(2, 2 + length));
  if (!docNamePattern.test(name)) return undefined;
  return { kind, name, payload: bytes.subarray(2 + length) };
}

/** True when `theirs` (a state vector) lacks something `doc` has. */
function lacks(ours: Uint8Array, theirs: Uint8Array): boolean {
  const a = Y.decodeStateVector(ours);
  const b = Y.decodeStateVector(theirs);
  for (const [client, clock] of a) if ((b.get(client) ?? 0) < clock) return true;
  return false;
}

export class DocGossip {
  private timer: ReturnType<typeof setInterval> | undefined;
  private unsubscribe: (() => void) | undefined;
  private channel: GossipChannel | undefined;
  /** A member's message (decoded by the channel); a refused update penalises its author (the channel). */
  private readonly receive = (decoded: { kind: 0 | 1; name: string; payload: Uint8Array }, peer: string): void => {
    if (peer === this.options.host.peerId.toString()) return;
    try {
      if (decoded.kind === 0) {
        this.options.docs.get(decoded.name, true).applyRemoteUpdate(decoded.payload);
        return;
      }
      const doc = this.options.docs.get(decoded.name, true);
      const ours = doc.stateVector();
      if (lacks(ours, decoded.payload)) this.publish(0, decoded.name, doc.encodeUpdateSince(decoded.payload));
      if (lacks(decoded.payload, ours)) this.publish(1, decoded.name, ours);
    } catch (error) {
      const reason = error instanceof Error ? error.message : 'bad update';
      throw error instanceof ContinuumError ? error : new ContinuumError('PEER_MESSAGE_INVALID', reason, { peer, protocol: docsTopic, reason });
    }
  };

  constructor(private readonly options: { host: ContinuumHost; gossip: GossipChannels; docs: DocStore; syncIntervalMs: number }) {}

  start(): void {
    this.channel ??= this.options.gossip.channel({ topic: docsTopic, decode: decodeDocMessage, receive: this.receive });
    this.unsubscribe = this.options.docs.onUpdate((name, update, origin) => {
      if (origin === 'local') this.publish(0, name, update);
    });
    this.timer = setInterval(() => this.announce(), this.options.syncIntervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.unsubscribe?.();
    this.channel?.close();
    this.channel = undefined;
  }

  /** Publishes every document's state vector (catch-up requests). */
  announce(): void {
    for (const name of this.options.docs.names()) this.publish(1, name, this.options.docs.get(name, true).stateVector());
  }

  private publish(kind: 0 | 1, name: string, payload: Uint8Array): void {
    const bytes = encodeDocMessage(kind, name, payload);
    if (bytes.length > limits.maxGossipMessageBytes) return;
    void this.options.gossip.publisher(docsTopic).publish(bytes).catch(() => undefined);
  }
}
