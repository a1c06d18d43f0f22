/**
 * A network of replicas of one CRDT type driven by random steps: local operations,
 * deltas or full states sent through a codec round-trip, delivered out of order,
 * duplicated and late. `settle` then delivers everything and exchanges deltas until
 * every replica has seen everything.
 */
import fc from 'fast-check';
import { VectorClock, decodeState, encodeState, type CausalState } from '../../src/index.js';
import { opArbitrary, type AnyCrdt, type Clock, type Op, type TypeUnderTest } from './types.js';

export type Step =
  | { readonly t: 'op'; readonly r: number; readonly op: Op }
  | { readonly t: 'send'; readonly from: number; readonly to: number; readonly full: boolean; readonly stale?: boolean }
  | { readonly t: 'deliver'; readonly pick: number; readonly keep: boolean }
  | { readonly t: 'tick'; readonly ms: number };

export const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ t: fc.constant('op' as const), r: fc.nat(2), op: opArbitrary }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('send' as const), from: fc.nat(2), to: fc.nat(2), full: fc.boolean(), stale: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ t: fc.constant('deliver' as const), pick: fc.nat(), keep: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('tick' as const), ms: fc.integer({ min: -500, max: 500 }) }) },
);

export const scenarioArbitrary = fc.array(stepArbitrary, { minLength: 1, maxLength: 60 });

interface Message {
  readonly to: number;
  readonly bytes: Uint8Array;
}

export class Network {
  readonly clock: Clock = { ms: 1_000_000 };
  readonly replicas: AnyCrdt[];
  readonly pending: Message[] = [];
  /** Per sender and receiver, the sender's version vector at its last send (delta-interval gossip). */
  readonly lastSent = new Map<string, VectorClock>();

  constructor(readonly type: TypeUnderTest, size = 3) {
    this.replicas = Array.from({ length: size }, (_, i) => type.make(String.fromCharCode(65 + i), this.clock));
  }

  run(steps: readonly Step[]): void {
    for (const step of steps) this.step(step);
  }

  step(step: Step): void {
    switch (step.t) {
      case 'op':
        this.type.apply(this.replica(step.r), step.op, this.clock);
        break;
      case 'send': {
        const from = this.replica(step.from);
        const to = this.replica(step.to);
        // A stale send uses what the sender last sent rather than what the receiver has:
        // when that message was lost or is late, the receiver must refuse it (needsSync).
        const sentKey = `${step.from % this.replicas.length}>${step.to % this.replicas.length}`;
        const since = step.stale ? (this.lastSent.get(sentKey) ?? new VectorClock()) : to.versionVector();
        const delta = step.full ? { ...from.state(), full: true } : from.deltaSince(since);
        this.lastSent.set(sentKey, from.versionVector());
        this.pending.push({ to: step.to % this.replicas.length, bytes: this.encode(delta) });
        break;
      }
      case 'deliver': {
        if (this.pending.length === 0) break;
        const index = step.pick % this.pending.length;
        const message = this.pending[index] as Message;
        if (!step.keep) this.pending.splice(index, 1);
        this.replica(message.to).merge(this.decode(message.bytes));
        break;
      }
      case 'tick':
        this.clock.ms = Math.max(0, this.clock.ms + step.ms);
        break;
    }
  }

  /** Delivers everything in flight, then exchanges deltas until all have seen everything. */
  settle(): void {
    while (this.pending.length > 0) this.step({ t: 'deliver', pick: 0, keep: false });
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < this.replicas.length; i++) {
        for (let j = 0; j < this.replicas.length; j++) {
          if (i === j) continue;
          const to = this.replica(j);
          to.merge(this.decode(this.encode(this.replica(i).deltaSince(to.versionVector()))));
        }
      }
    }
  }

  encode(state: CausalState<unknown> & { full?: boolean }): Uint8Array {
    const options = this.type.shape ? { shape: this.type.shape } : {};
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return encodeState(this.type.kind, state as any, options);
  }

  decode(bytes: Uint8Array): CausalState<unknown> & { full: boolean } {
    const options = this.type.shape ? { shape: this.type.shape } : {};
    return decodeState(this.type.kind, bytes, options);
  }

  replica(index: number): AnyCrdt {
    return this.replicas[index % this.replicas.length] as AnyCrdt;
  }
}
