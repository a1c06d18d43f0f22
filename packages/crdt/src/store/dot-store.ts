/**
 * Dot stores (Almeida, Shoker, Baquero: "Delta state replicated data types", 2018): the
 * part of a causal CRDT that holds live events. Every CRDT of this package is a dot store
 * plus a causal context; joining two of them keeps a dot when both sides have it, or
 * when one side has it and the other has not seen it. A dot seen but absent is removed.
 */
import type { CausalContext } from '../clock/causal-context.js';
import type { Dot } from '../clock/dot.js';

/** Collects what a join did: the journal and the conflict counter are fed from it. */
export class JoinSink {
  /** Local live dots that the other side had seen and removed. */
  readonly killed: Dot[] = [];
  /** Dots new to this side, now live here. */
  readonly added: Dot[] = [];
  /** For a top-level map join: the key each dot of `added` went under. */
  readonly addedKeys: string[] = [];
  /** Live dots of the other side this side had already seen (alive or removed). */
  seen = 0;
  /** Keys whose register now holds concurrent values because of this join. */
  conflicts = 0;
}

export interface DotStore<S> {
  isEmpty(): boolean;
  /** Calls `visit` with every live dot. */
  forEachDot(visit: (dot: Dot) => void): void;
  /** Joins `other` into this store in place; `mine`/`theirs` are the two causal contexts. */
  join(other: S, mine: CausalContext, theirs: CausalContext, sink: JoinSink): void;
  /** Removes the live dots `theirs` has seen (join with an empty store). */
  dropSeen(theirs: CausalContext, sink: JoinSink): void;
  /** A new store with only the live dots `keep` accepts. */
  restrict(keep: (dot: Dot) => boolean): S;
  /** Re-issues a removed node's live dots as fresh dots of the pruning node. */
  retag(removed: string, mint: () => Dot, killed: Dot[]): void;
  clone(): S;
}
