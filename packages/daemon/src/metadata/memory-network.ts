/**
 * An in-memory transport for the metadata replication: seeded message loss, duplication
 * and reordering (random delays in rounds), nodes that are down, and bytes counted per
 * node. Messages are encoded and decoded on the way, as on the wire. Used by the
 * simulation test and the `gossip-sim` bench suite.
 */
import { createPrng, type Prng } from '../samples/prng.js';
import type { SyncMessage } from './wire.js';
import { decodeSyncMessage, encodeSyncMessage } from './wire.js';

export interface NetworkOptions {
  readonly seed: number;
  /** Probability that a message is lost. */
  readonly loss?: number;
  /** Probability that a message is delivered twice. */
  readonly duplicate?: number;
  /** Each message waits 1 + [0, maxDelayRounds] rounds (reordering). */
  readonly maxDelayRounds?: number;
}

interface InFlight {
  readonly due: number;
  readonly from: string;
  readonly to: string;
  readonly bytes: Uint8Array;
}

export type Receiver = (from: string, message: SyncMessage) => void;

export class MemoryNetwork {
  private readonly prng: Prng;
  private readonly receivers = new Map<string, Receiver>();
  private inFlight: InFlight[] = [];
  private readonly down = new Set<string>();
  round = 0;
  readonly bytesSent = new Map<string, number>();
  messages = 0;

  constructor(private readonly options: NetworkOptions) {
    this.prng = createPrng(options.seed);
  }

  register(id: string, receive: Receiver): void {
    this.receivers.set(id, receive);
  }

  setDown(id: string, isDown: boolean): void {
    if (isDown) this.down.add(id);
    else this.down.delete(id);
  }

  isDown(id: string): boolean {
    return this.down.has(id);
  }

  send(from: string, to: string, message: SyncMessage): void {
    if (this.down.has(from)) return;
    const bytes = encodeSyncMessage(message);
    this.bytesSent.set(from, (this.bytesSent.get(from) ?? 0) + bytes.length);
    this.messages++;
    if (this.prng.next() < (this.options.loss ?? 0)) return;
    const copies = this.prng.next() < (this.options.duplicate ?? 0) ? 2 : 1;
    for (let i = 0; i < copies; i++) {
      this.inFlight.push({ due: this.round + 1 + this.prng.int((this.options.maxDelayRounds ?? 0) + 1), from, to, bytes });
    }
  }

  /** Delivers every message due by this round (to nodes that are up), in a seeded order. */
  step(): number {
    this.round++;
    const due = this.inFlight.filter((m) => m.due <= this.round);
    this.inFlight = this.inFlight.filter((m) => m.due > this.round);
    for (let i = due.length - 1; i > 0; i--) {
      const j = this.prng.int(i + 1);
      [due[i], due[j]] = [due[j] as InFlight, due[i] as InFlight];
    }
    let delivered = 0;
    for (const message of due) {
      if (this.down.has(message.to)) continue;
      this.receivers.get(message.to)?.(message.from, decodeSyncMessage(message.bytes));
      delivered++;
    }
    return delivered;
  }

  get pending(): number {
    return this.inFlight.length;
  }
}
