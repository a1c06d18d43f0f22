/**
 * Shared documents (watchlists, lexicons, reports) as Yjs docs: what the daemon gossips
 * is Yjs updates, and what a peer asks with is a state vector. This adapter bounds
 * every input by the package limits and turns whatever Yjs throws on bad bytes into a
 * CrdtError, so a peer's garbage cannot crash the node.
 */
import * as Y from 'yjs';
import { CrdtError } from '../errors.js';
import { checkLimit, resolveLimits, type CrdtLimits } from '../limits.js';

export interface SharedDocOptions {
  /** Yjs client id; pass one for deterministic tests (Yjs picks a random one otherwise). */
  readonly clientId?: number;
  readonly limits?: Partial<CrdtLimits>;
  /** An existing doc to wrap. */
  readonly doc?: Y.Doc;
}

/** Who caused a change: this replica (`local`) or a remote update. */
export type ChangeOrigin = 'local' | 'remote';

export type UpdateListener = (update: Uint8Array, origin: ChangeOrigin) => void;

const remoteOrigin = Symbol('continuum-remote');

export class SharedDoc {
  readonly doc: Y.Doc;
  readonly limits: CrdtLimits;

  constructor(options: SharedDocOptions = {}) {
    this.limits = resolveLimits(options.limits);
    this.doc = options.doc ?? new Y.Doc();
    if (options.clientId !== undefined) this.doc.clientID = options.clientId;
  }

  /** What this replica has: send it to a peer to ask for what you lack. */
  stateVector(): Uint8Array {
    return Y.encodeStateVector(this.doc);
  }

  /** The update a peer with `stateVector` lacks (everything when omitted). */
  encodeUpdateSince(stateVector?: Uint8Array): Uint8Array {
    if (stateVector === undefined) return Y.encodeStateAsUpdate(this.doc);
    checkLimit(this.limits, 'maxDeltaBytes', stateVector.length);
    try {
      return Y.encodeStateAsUpdate(this.doc, stateVector);
    } catch (error) {
      throw decodeError('state vector', error);
    }
  }

  /** Applies a peer's update; bad bytes give DECODE_FAILED and leave the doc as it was. */
  applyRemoteUpdate(update: Uint8Array): void {
    checkLimit(this.limits, 'maxDeltaBytes', update.length);
    // Yjs may apply part of an update before failing on the rest, so it is first tried on a copy.
    const probe = new Y.Doc();
    probe.clientID = 0;
    try {
      Y.applyUpdate(probe, update);
    } catch (error) {
      throw decodeError('update', error);
    }
    try {
      Y.applyUpdate(this.doc, update, remoteOrigin);
    } catch (error) {
      throw decodeError('update', error);
    }
  }

  /** Calls `listener` with every update (local edits to gossip, remote ones to persist); returns an unsubscribe function. */
  observe(listener: UpdateListener): () => void {
    const handler = (update: Uint8Array, origin: unknown): void => listener(update, origin === remoteOrigin ? 'remote' : 'local');
    this.doc.on('update', handler);
    return () => this.doc.off('update', handler);
  }

  /** A shared map by name (watchlists). */
  map<T>(name: string): Y.Map<T> {
    return this.doc.getMap<T>(name);
  }

  /** A shared text by name (reports). */
  text(name: string): Y.Text {
    return this.doc.getText(name);
  }

  /** A shared array by name (lexicons). */
  array<T>(name: string): Y.Array<T> {
    return this.doc.getArray<T>(name);
  }

  /** Groups changes into one update (one gossip message). */
  transact(change: () => void): void {
    this.doc.transact(change);
  }

  destroy(): void {
    this.doc.destroy();
  }
}

function decodeError(what: string, error: unknown): CrdtError<'DECODE_FAILED'> {
  const reason = error instanceof Error ? error.message : 'malformed';
  return new CrdtError('DECODE_FAILED', `cannot decode Yjs ${what}: ${reason}`, { what: `yjs ${what}`, reason });
}
