import { describe, expect, it } from 'vitest';
import { DocStore } from '../../src/docs/doc-store.js';
import { ContinuumError } from '../../src/errors.js';
import { decodeSyncMessage, encodeSyncMessage } from '../../src/metadata/wire.js';
import { workLimits } from '../../src/work-limits.js';

const code = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    return error instanceof ContinuumError ? error.code : 'other';
  }
  return undefined;
};

describe('work limits', () => {
  it('maxSyncMessageBytes bounds encoding and decoding of sync messages; bad bytes are typed errors', () => {
    const big = new Uint8Array(workLimits.maxSyncMessageBytes);
    expect(code(() => encodeSyncMessage({ type: 'push', from: 'leaf', parts: [{ kind: 'counts', bytes: big }] }))).toBe('LIMIT_EXCEEDED');
    expect(code(() => decodeSyncMessage(new Uint8Array(workLimits.maxSyncMessageBytes + 1)))).toBe('PEER_MESSAGE_INVALID');
    const good = encodeSyncMessage({ type: 'push', from: 'leaf', parts: [{ kind: 'posts', bytes: new Uint8Array([1, 2, 3]) }] });
    expect(decodeSyncMessage(good)).toEqual({ type: 'push', from: 'leaf', parts: [{ kind: 'posts', bytes: new Uint8Array([1, 2, 3]) }] });
    for (let cut = 0; cut < good.length; cut++) expect(code(() => decodeSyncMessage(good.subarray(0, cut)))).toBe('PEER_MESSAGE_INVALID');
    expect(code(() => decodeSyncMessage(new Uint8Array([...good, 0])))).toBe('PEER_MESSAGE_INVALID');
    expect(code(() => decodeSyncMessage(new Uint8Array([9, 0, 0, 0, 0])))).toBe('PEER_MESSAGE_INVALID');
  });

  it('maxDocsCount and maxDocBytes bound the shared documents; names are checked', () => {
    const docs = new DocStore(undefined);
    for (let i = 0; i < workLimits.maxDocsCount; i++) docs.put(`doc-${i}`, { n: i });
    expect(code(() => docs.put('one-more', {}))).toBe('LIMIT_EXCEEDED');
    const small = new DocStore(undefined);
    expect(code(() => small.put('huge', { text: 'x'.repeat(workLimits.maxDocBytes + 1) }))).toBe('LIMIT_EXCEEDED');
    expect(code(() => small.put('Bad Name', {}))).toBe('BAD_REQUEST');
    expect(small.put('watchlist', { terms: ['a'] })).toEqual({ terms: ['a'] });
    expect(small.put('watchlist', { hashtags: ['b'] })).toEqual({ hashtags: ['b'] });
  });
});
