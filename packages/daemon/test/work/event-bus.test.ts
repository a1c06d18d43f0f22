import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PostMetadata } from '@continuum/analyzer';
import { describe, expect, it } from 'vitest';
import { EventBus, type NodeEvent } from '../../src/events/event-bus.js';
import { IngestService } from '../../src/ingest/ingest.js';
import type { MetadataInput } from '../../src/metadata/records.js';
import { MetadataReplica } from '../../src/metadata/replica.js';
import { ConsensusTestDouble } from '../support/consensus-double.js';
import { bootstrapped, council } from '../support/federation-fixtures.js';

const meta = (cid: string, severity: MetadataInput['severity']): MetadataInput => ({
  cid, platform: 'test', createdAtMs: 1_000, language: 'en', territory: 'DK-AARHUS', authorPseudonym: 'p1:a', isReply: false, mediaCount: 0,
  hashtags: [], urlDomains: [], categories: ['threat'], primaryCategory: 'threat', severity, signatures: { simhash: '0'.repeat(16), minhash: [1], bands: [1] },
});

describe('event bus', () => {
  it('emits each new high-severity alert once, after priming, and leader changes', async () => {
    const replica = new MetadataReplica('leaf-a', 60_000);
    const consensus = new ConsensusTestDouble(bootstrapped(), council);
    const bus = new EventBus({ replica: () => replica, consensus, now: () => 42 });
    const events: NodeEvent[] = [];
    bus.subscribe((event) => events.push(event));
    replica.record(meta('before', 'critical'));
    await bus.poll();
    expect(events).toEqual([]);
    replica.record(meta('c1', 'critical'));
    replica.record(meta('c2', 'low'));
    await bus.poll();
    await bus.poll();
    expect(events.map((e) => [e.type, (e.data as { cid: string }).cid])).toEqual([['alert', 'c1']]);
    expect(events[0]?.at_ms).toBe(42);
    consensus.quorum = false;
    await bus.poll();
    expect(events.at(-1)).toMatchObject({ type: 'leader', data: { leader_id: null } });
  });
});

describe('the analyzer uses the current watchlist', () => {
  it('reports a hit for a watched term and none after the watchlist changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'continuum-watch-'));
    let watchlist = { version: 'w1', terms: ['storm the hall'], hashtags: ['#hall'] };
    const stored: PostMetadata[] = [];
    const ingest = new IngestService({ dataDir: dir, territory: 'DK-AARHUS', now: () => 0, watchlist: () => watchlist, onStored: (metas) => stored.push(...metas) });
    await ingest.open();
    try {
      const post = (id: string) => JSON.stringify({ id, platform: 'test', author: 'u1', text: 'tonight we storm the hall together', created_at: '2026-11-21T10:00:00Z', hashtags: ['#hall'] });
      await ingest.ingest(post('1'));
      expect(stored[0]?.watchlistHits.length).toBeGreaterThan(0);
      expect(stored[0]?.provenance.watchlist).toBe('w1');
      watchlist = { version: 'w2', terms: ['something else'], hashtags: [] };
      await ingest.ingest(post('2'));
      expect(stored[1]?.watchlistHits).toEqual([]);
      expect(stored[1]?.provenance.watchlist).toBe('w2');
    } finally {
      await ingest.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
