/** Binary encoding of vector clocks / version vectors (what a peer sends to ask for a delta). */
import { VectorClock } from '../clock/vector-clock.js';
import { CrdtError } from '../errors.js';
import { continuum } from '../gen/crdt.js';
import { checkLimit, resolveLimits, utf8Bytes, type CrdtLimits } from '../limits.js';
import { decodeFailed } from './payloads.js';

const { VectorClock: VectorClockMessage } = continuum.crdt.v1;

export function encodeVectorClock(clock: VectorClock): Uint8Array {
  return VectorClockMessage.encode({ entries: [...clock.entries()].map(([node, counter]) => ({ node, counter })) }).finish();
}

export function decodeVectorClock(bytes: Uint8Array, limits: Partial<CrdtLimits> = {}): VectorClock {
  try {
    const resolved = resolveLimits(limits);
    checkLimit(resolved, 'maxDeltaBytes', bytes.length);
    const message = VectorClockMessage.decode(bytes);
    checkLimit(resolved, 'maxNodesPerClock', message.entries.length);
    const clock = new VectorClock();
    for (const entry of message.entries) {
      const node = entry.node ?? '';
      const counter = entry.counter ?? 0;
      if (node.length === 0 || clock.get(node) !== 0) throw decodeFailed('vector clock', 'empty or duplicate node');
      checkLimit(resolved, 'maxNodeIdBytes', utf8Bytes(node));
      if (!Number.isSafeInteger(counter) || counter < 0) throw decodeFailed('vector clock', 'counter out of range');
      clock.set(node, counter);
    }
    return clock;
  } catch (error) {
    if (CrdtError.is(error)) throw error;
    throw decodeFailed('vector clock', error instanceof Error ? error.message : 'malformed');
  }
}
