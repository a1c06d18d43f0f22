import type { Entry, NodeId, Snapshot } from '../core/types.js';
import { hashBytes, mix } from './hash.js';

/** Thrown by the checker when a run breaks one of Raft's properties. */
export class SafetyViolation extends Error {
  override readonly name = 'SafetyViolation';
  constructor(readonly property: string, readonly detail: string) {
    super(`${property}: ${detail}`);
  }
}

/** Per node: fingerprints of its durable log, chained so equal fingerprints mean equal prefixes. */
export class LogFingerprint {
  private readonly chain = new Map<number, number>();
  private lastIndexValue = 0;

  get lastIndex(): number {
    return this.lastIndexValue;
  }

  at(index: number): number | undefined {
    return this.chain.get(index);
  }

  installSnapshot(index: number, fingerprint: number): void {
    this.chain.clear();
    this.chain.set(index, fingerprint);
    this.lastIndexValue = index;
  }

  /** Appends entries (replacing any from the first one's index) and returns their fingerprints. */
  append(entries: readonly Entry[]): void {
    const first = entries[0];
    if (!first) return;
    for (let i = first.index; i <= this.lastIndexValue; i++) this.chain.delete(i);
    let previous = this.chain.get(first.index - 1) ?? 0;
    for (const e of entries) {
      previous = mix(mix(previous, e.term), hashBytes(e.data) ^ e.type);
      this.chain.set(e.index, previous);
    }
    this.lastIndexValue = (entries[entries.length - 1] as Entry).index;
  }
}

/**
 * Checks the five properties of Figure 3 of the Raft paper, plus linearizable ReadIndex
 * reads, incrementally: every observation is compared with what any node saw before.
 */
export class Checker {
  private readonly leaders = new Map<number, NodeId>();
  /** index:term -> log fingerprint (Log Matching). */
  private readonly entries = new Map<string, number>();
  /** index -> fingerprint of the committed prefix (Leader Completeness, State Machine Safety). */
  private readonly committed = new Map<number, number>();
  /** index -> state machine fingerprint after applying it. */
  private readonly applied = new Map<number, number>();
  maxCommitted = 0;
  checks = 0;

  fingerprintOf(index: number, term: number): number | undefined {
    return this.entries.get(`${index}:${term}`);
  }

  electedLeader(term: number, id: NodeId): void {
    const previous = this.leaders.get(term);
    if (previous !== undefined && previous !== id) {
      throw new SafetyViolation('Election Safety', `term ${term} has two leaders: ${previous} and ${id}`);
    }
    this.leaders.set(term, id);
  }

  leaderAppend(id: NodeId, term: number, lastIndexBefore: number, entries: readonly Entry[], snapshot: Snapshot | undefined): void {
    const first = entries[0];
    if (snapshot) throw new SafetyViolation('Leader Append-Only', `leader ${id} (term ${term}) installed a snapshot`);
    if (first && first.index <= lastIndexBefore) {
      throw new SafetyViolation('Leader Append-Only', `leader ${id} (term ${term}) overwrote entries from ${first.index} (last ${lastIndexBefore})`);
    }
  }

  logEntries(id: NodeId, log: LogFingerprint, entries: readonly Entry[]): void {
    for (const e of entries) this.matchEntry(id, e.index, e.term, log.at(e.index) as number);
  }

  matchEntry(id: NodeId, index: number, term: number, fingerprint: number): void {
    this.checks++;
    const key = `${index}:${term}`;
    const known = this.entries.get(key);
    if (known === undefined) this.entries.set(key, fingerprint);
    else if (known !== fingerprint) {
      throw new SafetyViolation('Log Matching', `${id} holds entry ${index} of term ${term} with a different prefix than another node`);
    }
  }

  /** A node's commit index moved from `from` to `to`; its log fingerprints must agree with what others committed. */
  committedRange(id: NodeId, log: LogFingerprint, from: number, to: number): void {
    for (let i = from + 1; i <= to; i++) {
      const fp = log.at(i);
      if (fp === undefined) continue;
      this.checks++;
      const known = this.committed.get(i);
      if (known === undefined) this.committed.set(i, fp);
      else if (known !== fp) {
        throw new SafetyViolation('State Machine Safety', `${id} committed a different entry at index ${i} than another node`);
      }
    }
    if (to > this.maxCommitted) this.maxCommitted = to;
  }

  /** A new leader's log must hold every committed entry (§5.4). */
  leaderCompleteness(id: NodeId, term: number, log: LogFingerprint): void {
    for (const [index, fp] of this.committed) {
      const mine = log.at(index);
      if (mine === undefined && index <= log.lastIndex) continue; // compacted into its snapshot
      if (mine !== fp) {
        throw new SafetyViolation('Leader Completeness', `leader ${id} of term ${term} lacks committed entry ${index}`);
      }
    }
  }

  appliedState(id: NodeId, index: number, fingerprint: number): void {
    this.checks++;
    const known = this.applied.get(index);
    if (known === undefined) this.applied.set(index, fingerprint);
    else if (known !== fingerprint) {
      throw new SafetyViolation('State Machine Safety', `${id} applied a different state at index ${index} than another node`);
    }
  }

  /** A read issued when `committedAtIssue` was committed somewhere must observe at least that index. */
  readServed(id: NodeId, context: string, index: number, committedAtIssue: number): void {
    this.checks++;
    if (index < committedAtIssue) {
      throw new SafetyViolation('Linearizable reads', `${id} served read ${context} at index ${index} < ${committedAtIssue} committed before it was issued`);
    }
  }
}
