// The per-post records' JSON: the fast form is exactly the crdt package's canonical JSON
// (a record added at a leaf and the same record relayed by another path must be one element).
import { analyze, validatePostLine } from '@continuum/analyzer';
import { canonicalJson } from '@continuum/crdt';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alertRecord, parentRecord, recordJson, reportRecord } from '../../src/metadata/records.js';
import { samplePosts } from '../../src/samples/sample-posts.js';

const metas = [...samplePosts({ seed: 13, territory: 'US-CA-SF', city: 'San Francisco', count: 200, startMs: Date.UTC(2026, 10, 21), gapMs: 900, threatShare: 0.2, campaignShare: 0.1, offensiveShare: 0.3 })]
  .map((s) => {
    const result = validatePostLine(JSON.stringify(s.post));
    if (!result.ok) throw result.error;
    return analyze(result.post, { nodeSecret: new Uint8Array(32).fill(1), territory: 'US-CA-SF' });
  });

describe('metadata records', () => {
  it('writes each record as the crdt canonical JSON', () => {
    fc.assert(fc.property(fc.constantFrom(...metas), fc.string({ maxLength: 60 }), (meta, node) => {
      for (const record of [parentRecord(meta, node), alertRecord(meta, node), reportRecord(meta, node)]) {
        expect(recordJson(record)).toBe(canonicalJson(record as never));
      }
    }), { numRuns: 300 });
  });
});
