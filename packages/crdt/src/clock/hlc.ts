/**
 * Hybrid logical clock (Kulkarni et al., 2014): timestamps that follow physical time
 * but never go backwards, even when the wall clock does, and that order causally
 * related events. The caller passes the wall-clock reading (ms) into every call: this
 * module owns no clock. A remote timestamp further ahead of the local wall clock than
 * `maxClockDriftMs` is refused with CLOCK_DRIFT, so one node with a wrong clock cannot
 * drag everyone's timestamps into the future.
 */
import { CrdtError } from '../errors.js';
import { defaultLimits } from '../limits.js';

export interface HlcTimestamp {
  /** Physical part, milliseconds since the epoch (as the caller's wall clock reports it). */
  readonly wallMs: number;
  /** Logical part: events within the same `wallMs`. */
  readonly logical: number;
  /** Writer, the final tie-break: timestamps of different nodes never compare equal. */
  readonly node: string;
}

/** Orders by wall time, then logical counter, then node id. */
export function compareTimestamps(a: HlcTimestamp, b: HlcTimestamp): number {
  if (a.wallMs !== b.wallMs) return a.wallMs < b.wallMs ? -1 : 1;
  if (a.logical !== b.logical) return a.logical < b.logical ? -1 : 1;
  if (a.node === b.node) return 0;
  return a.node < b.node ? -1 : 1;
}

export interface HlcOptions {
  readonly maxClockDriftMs?: number;
  readonly maxHlcLogical?: number;
  /** A timestamp to resume after (e.g. the last one persisted before a restart). */
  readonly last?: HlcTimestamp;
}

export class HybridLogicalClock {
  readonly node: string;
  readonly #maxDriftMs: number;
  readonly #maxLogical: number;
  #wallMs: number;
  #logical: number;

  constructor(node: string, options: HlcOptions = {}) {
    this.node = node;
    this.#maxDriftMs = options.maxClockDriftMs ?? defaultLimits.maxClockDriftMs;
    this.#maxLogical = options.maxHlcLogical ?? defaultLimits.maxHlcLogical;
    this.#wallMs = options.last?.wallMs ?? 0;
    this.#logical = options.last?.logical ?? 0;
  }

  /** The timestamp of a local event (a write, a send) at wall time `wallMs`. */
  now(wallMs: number): HlcTimestamp {
    this.tick(wallMs);
    return this.last();
  }

  /** Like `now` without building the timestamp: read `wallMs` and `logical` after it. */
  tick(wallMs: number): void {
    checkWall(wallMs);
    if (wallMs > this.#wallMs) {
      this.#wallMs = wallMs;
      this.#logical = 0;
    } else {
      this.#tickLogical();
    }
  }

  get wallMs(): number {
    return this.#wallMs;
  }

  get logical(): number {
    return this.#logical;
  }

  /** Observes a remote timestamp at local wall time `wallMs`; returns the updated clock. */
  receive(remote: HlcTimestamp, wallMs: number): HlcTimestamp {
    checkWall(wallMs);
    this.checkDrift(remote, wallMs);
    const top = Math.max(this.#wallMs, remote.wallMs, wallMs);
    if (top === this.#wallMs && top === remote.wallMs) {
      this.#logical = Math.max(this.#logical, remote.logical);
      this.#tickLogical();
    } else if (top === this.#wallMs) {
      this.#tickLogical();
    } else if (top === remote.wallMs) {
      this.#wallMs = top;
      this.#logical = remote.logical;
      this.#tickLogical();
    } else {
      this.#wallMs = top;
      this.#logical = 0;
    }
    return this.last();
  }

  /** Throws CLOCK_DRIFT when `remote` is further ahead of `wallMs` than allowed. */
  checkDrift(remote: HlcTimestamp, wallMs: number): void {
    if (remote.wallMs - wallMs > this.#maxDriftMs) {
      throw new CrdtError('CLOCK_DRIFT', `remote timestamp ${remote.wallMs} is ${remote.wallMs - wallMs} ms ahead of local clock`, {
        remoteMs: remote.wallMs,
        localMs: wallMs,
        maxDriftMs: this.#maxDriftMs,
      });
    }
  }

  last(): HlcTimestamp {
    return { wallMs: this.#wallMs, logical: this.#logical, node: this.node };
  }

  #tickLogical(): void {
    if (this.#logical >= this.#maxLogical) {
      throw new CrdtError('CLOCK_OVERFLOW', 'logical counter exhausted within one millisecond', { wallMs: this.#wallMs, logical: this.#logical });
    }
    this.#logical++;
  }
}

function checkWall(wallMs: number): void {
  if (!Number.isSafeInteger(wallMs) || wallMs < 0) {
    throw new CrdtError('INVALID_ARGUMENT', 'wall-clock time is a non-negative integer of milliseconds', { argument: 'wallMs', reason: String(wallMs) });
  }
}
