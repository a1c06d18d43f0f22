import { CrdtError } from '@continuum/crdt';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeDocMessage, encodeDocMessage } from '../../src/docs/doc-gossip.js';
import { ContinuumError } from '../../src/errors.js';
import { decodeMapGossip } from '../../src/map/map-replication.js';
import { MetadataReplica, metadataKinds } from '../../src/metadata/replica.js';
import { decodeSyncMessage, encodeSyncMessage } from '../../src/metadata/wire.js';

const seeded = { seed: 20261122, numRuns: 300 };

describe('wire decoders on hostile bytes', () => {
  it('decodeSyncMessage gives a message or PEER_MESSAGE_INVALID, and round-trips what it encodes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      try {
        const message = decodeSyncMessage(bytes);
        expect(encodeSyncMessage(message)).toEqual(bytes);
      } catch (error) {
        expect(ContinuumError.is(error, 'PEER_MESSAGE_INVALID')).toBe(true);
      }
    }), seeded);
  });

  it('a replica refuses garbage with a CrdtError and stays unchanged', () => {
    const replica = new MetadataReplica('parent', 60_000);
    const leaf = new MetadataReplica('leaf', 60_000);
    leaf.record({
      cid: 'c1', platform: 'p', createdAtMs: 0, language: 'en', territory: 'DK', authorPseudonym: 'p1:a', isReply: false, mediaCount: 0, hashtags: ['x'],
      urlDomains: [], categories: [], primaryCategory: 'none', severity: 'high', signatures: { simhash: '0'.repeat(16), minhash: [1], bands: [1] },
    });
    const valid = leaf.encodeDelta('counts', undefined);
    fc.assert(fc.property(fc.constantFrom(...metadataKinds), fc.integer({ min: 0, max: valid.length - 1 }), fc.integer({ min: 0, max: 255 }), (kind, at, value) => {
      const mutated = valid.slice();
      mutated[at] = value;
      try {
        replica.mergeEncoded(kind, mutated);
      } catch (error) {
        expect(error).toBeInstanceOf(CrdtError);
      }
    }), seeded);
    expect(() => replica.mergeEncoded('counts', new Uint8Array([1, 2, 3]))).toThrow(CrdtError);
  });

  it('map and document gossip decoders never throw; document messages round-trip', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
      decodeMapGossip(bytes);
      decodeDocMessage(bytes);
    }), seeded);
    const payload = new Uint8Array([7, 8, 9]);
    expect(decodeDocMessage(encodeDocMessage(1, 'watchlist', payload))).toEqual({ kind: 1, name: 'watchlist', payload });
    expect(decodeDocMessage(encodeDocMessage(0, 'Bad Name', payload))).toBeUndefined();
  });
});
