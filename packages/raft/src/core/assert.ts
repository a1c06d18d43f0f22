import { RaftError } from '../errors.js';

/** An invariant that must hold; a broken one is a bug, so it throws instead of continuing. */
export function invariant(condition: boolean, what: string | (() => string)): asserts condition {
  if (!condition) {
    const text = typeof what === 'string' ? what : what();
    throw new RaftError('INVARIANT_VIOLATED', `raft invariant violated: ${text}`, { what: text });
  }
}
