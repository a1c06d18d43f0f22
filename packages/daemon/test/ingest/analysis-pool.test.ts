// The analysis worker pool: the same results as inline analysis, in line order; a worker
// that dies fails its request with ANALYSIS_FAILED and the pool carries on.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as analyzer from '@continuum/analyzer';
import type { PostMetadata } from '@continuum/analyzer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContinuumError } from '../../src/errors.js';
import { AnalysisPool } from '../../src/ingest/analysis-pool.js';
import { analyzeLines, type AnalysedChunk } from '../../src/ingest/analyze-lines.js';
import { IngestService } from '../../src/ingest/ingest.js';
import { nodeSecretFile } from '../../src/ingest/node-secret.js';
import { samplePosts } from '../../src/samples/sample-posts.js';
import { workLimits } from '../../src/work-limits.js';

const secret = new Uint8Array(32).fill(4);
const watchlist = { version: 'w1', terms: ['transit'], hashtags: ['sfmuni'] };
const good = [...samplePosts({ seed: 21, territory: 'US-CA-SF', city: 'San Francisco', count: 600, startMs: Date.UTC(2026, 10, 21), gapMs: 700, threatShare: 0.1, campaignShare: 0.1, offensiveShare: 0.2 })]
  .map((s) => JSON.stringify(s.post));
// Bad lines, blank lines and a duplicate among the good ones, across several chunks.
const lines = good.flatMap((line, i) => (i % 97 === 5 ? [line, '{"id": 1}', '', 'not json'] : i === 300 ? [line, good[10] as string] : [line]));
const crashUrl = new URL('./crashing-worker.fixture.ts', import.meta.url);

async function failure(run: Promise<unknown>): Promise<ContinuumError> {
  try {
    await run;
  } catch (error) {
    if (error instanceof ContinuumError) return error;
    throw error;
  }
  throw new Error('expected a ContinuumError');
}

describe('analysis pool', () => {
  const pool = new AnalysisPool({ size: 2, nodeSecret: secret });
  beforeAll(() => pool.warmUp(), 120_000);
  afterAll(() => pool.close());

  it('gives what inline analysis gives, chunk by chunk, in line order', async () => {
    const compiled = new analyzer.Watchlist(watchlist);
    const size = workLimits.analysisChunkLinesCount;
    const chunks = [];
    for (let at = 0; at < lines.length; at += size) chunks.push({ lines: lines.slice(at, at + size), firstLine: at + 1 });
    expect(chunks.length).toBeGreaterThan(2);
    const pooled = await Promise.all(chunks.map((c) => pool.analyze({ ...c, territory: 'US-CA-SF', watchlist })));
    const inline = chunks.map((c) => analyzeLines(analyzer, c.lines, c.firstLine, { nodeSecret: secret, territory: 'US-CA-SF', watchlist: compiled }));
    // Bodies arrive as views into one transferred buffer; inline ones are protobufjs Buffers.
    const plain = (chunk: AnalysedChunk) => ({ rejected: chunk.rejected, items: chunk.items.map((item) => ({ ...item, body: Array.from(item.body) })) });
    expect(pooled.length).toBe(inline.length);
    for (const [i, chunk] of pooled.entries()) expect(plain(chunk)).toEqual(plain(inline[i] as AnalysedChunk));
    const numbers = pooled.flatMap((c) => c.items.map((item) => item.line));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(pooled.flatMap((c) => c.rejected).map((r) => r.reason)).toContain('not_json');
    expect(pooled.flatMap((c) => c.items).some((item) => item.metadata.watchlistHits.length > 0)).toBe(true);
  }, 60_000);

  it('refuses a size outside 1..maxAnalysisWorkersCount', () => {
    for (const size of [0, workLimits.maxAnalysisWorkersCount + 1, 1.5]) {
      expect(() => new AnalysisPool({ size, nodeSecret: secret })).toThrow(expect.objectContaining({ code: 'LIMIT_EXCEEDED' }));
    }
  });
});

describe('ingest with analysis workers', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'continuum-pool-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function service(name: string, options: { workers: number; workerUrl?: URL; secretFrom?: string }) {
    const dataDir = join(dir, name);
    const stored: PostMetadata[] = [];
    const ingest = new IngestService({
      dataDir, territory: 'US-CA-SF', now: () => 1_000, watchlist: () => watchlist, onStored: (metas) => stored.push(...metas),
      analysisWorkers: options.workers, ...(options.workerUrl === undefined ? {} : { analysisWorkerUrl: options.workerUrl }),
    });
    await ingest.open();
    if (options.secretFrom !== undefined) copyFileSync(join(dir, options.secretFrom, nodeSecretFile), join(dataDir, nodeSecretFile));
    return { ingest, stored };
  }

  it('reports, stores and records exactly what inline analysis does', async () => {
    const inline = await service('inline', { workers: 0 });
    const pooled = await service('pooled', { workers: 2 });
    try {
      const body = lines.join('\n');
      const a = await inline.ingest.ingest(body);
      await pooled.ingest.close();
      // The same node secret, so the pseudonyms agree too.
      const again = await service('pooled', { workers: 2, secretFrom: 'inline' });
      try {
        const b = await again.ingest.ingest(body);
        expect(b).toEqual(a);
        expect(a.duplicates.length).toBe(1);
        expect(a.rejected.length).toBeGreaterThan(0);
        expect(again.stored).toEqual(inline.stored);
        expect(again.stored.length).toBe(a.stored.length);
        const cid = a.stored[17]?.cid as string;
        expect((await again.ingest.readContent(cid, { actor: 'api', via: 'api' }))?.post).toEqual((await inline.ingest.readContent(cid, { actor: 'api', via: 'api' }))?.post);
        // A second time: all duplicates, nothing recorded again.
        const c = await again.ingest.ingest(body);
        expect(c.stored).toEqual([]);
        expect(again.stored.length).toBe(a.stored.length);
      } finally {
        await again.ingest.close();
      }
    } finally {
      await inline.ingest.close();
    }
  }, 120_000);

  it('fails the request whose worker died with ANALYSIS_FAILED, stores none of it, and carries on', async () => {
    const { ingest, stored } = await service('crash', { workers: 1, workerUrl: crashUrl });
    try {
      const first = await ingest.ingest(good.slice(0, 20).join('\n'));
      expect(first.stored.length).toBe(20);
      const error = await failure(ingest.ingest([...good.slice(20, 40), 'CRASH'].join('\n')));
      expect(error.code).toBe('ANALYSIS_FAILED');
      expect(error.details).toMatchObject({ exitCode: 7 });
      expect(await ingest.count()).toBe(20);
      expect(stored.length).toBe(20);
      const after = await ingest.ingest(good.slice(20, 40).join('\n'));
      expect(after.stored.map((s) => s.line)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      expect(await ingest.count()).toBe(40);
      expect(stored.length).toBe(40);
    } finally {
      await ingest.close();
    }
  }, 120_000);

  it('refuses analysisWorkers outside 0..maxAnalysisWorkersCount', () => {
    expect(() => new IngestService({ dataDir: dir, territory: 'DK', now: () => 0, analysisWorkers: workLimits.maxAnalysisWorkersCount + 1 }))
      .toThrow(expect.objectContaining({ code: 'LIMIT_EXCEEDED' }));
    expect(new IngestService({ dataDir: dir, territory: 'DK', now: () => 0, analysisWorkers: 0 }).analysisWorkers).toBe(0);
  });
});
