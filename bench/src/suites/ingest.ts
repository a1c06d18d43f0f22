/**
 * ingest: posts/s through `IngestService.ingest` on one leaf (NDJSON validation, full
 * analysis, one synced LevelDB batch per request, metadata CRDTs recorded), with the
 * analysis inline and in pools of worker threads, one request at a time and with two in
 * flight (a collector that sends the next batch before the last is acknowledged). Beside
 * it, the analyzer alone on the same posts in the same run. Every figure also per CPU-second
 * (all threads of the process), since the machine is shared. Aim (issue 8): >= 5,000 posts/s.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { IngestService, MetadataReplica, samplePosts, workLimits } from '@continuum/daemon';
import { analyze, validatePostLine } from '@continuum/analyzer';
import { formatSummary, summarize } from '../stats.js';
import type { BenchSuite } from '../suite.js';

const batch = 1_000;

interface Mode {
  readonly label: string;
  readonly workers: number;
  readonly inFlight: number;
}

interface Measured {
  readonly wall: number;
  readonly cpu: number;
}

function lines(count: number, seed: number): string[] {
  return [...samplePosts({ seed, territory: 'US-CA-SF', city: 'San Francisco', count, startMs: Date.UTC(2026, 10, 21), gapMs: 500, threatShare: 0.05, campaignShare: 0.05, offensiveShare: 0.2 })]
    .map((s) => JSON.stringify(s.post));
}

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

/** Sends the posts in requests of `batch` lines, `inFlight` at a time; posts/s stored. */
async function ingestAll(service: IngestService, input: readonly string[], inFlight: number): Promise<{ stored: number } & Measured> {
  let next = 0;
  let stored = 0;
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  const client = async (): Promise<void> => {
    while (next < input.length) {
      const body = input.slice(next, next + batch).join('\n');
      next += batch;
      const report = await service.ingest(body); // (not `stored += await …`: that reads `stored` before the await)
      stored += report.stored.length;
    }
  };
  await Promise.all(Array.from({ length: inFlight }, client));
  const seconds = (performance.now() - started) / 1000;
  return { stored, wall: stored / seconds, cpu: stored / cpuSeconds(cpu0) };
}

async function measureMode(dir: string, mode: Mode, input: readonly string[], warm: readonly string[]): Promise<Measured> {
  const replica = new MetadataReplica('leaf', workLimits.rollupBucketMs);
  const service = new IngestService({
    dataDir: dir, territory: 'US-CA-SF', now: () => Date.now(), analysisWorkers: mode.workers, onStored: (metas) => metas.forEach((m) => replica.record(m)),
  });
  await service.open();
  try {
    // Not timed: workers started, analyzer loaded, and its code warmed up by other posts, as in a
    // node that has been running (a fresh worker's first thousands of posts run slower code).
    await service.prepare();
    await ingestAll(service, warm, 1);
    const result = await ingestAll(service, input, mode.inFlight);
    if (result.stored !== input.length) throw new Error(`${mode.label}: stored ${result.stored} of ${input.length}`);
    return { wall: result.wall, cpu: result.cpu };
  } finally {
    await service.close();
  }
}

/** RSS one started analysis worker adds (measured first, before this thread loads the analyzer). */
async function workerRssMb(dir: string): Promise<number> {
  const service = new IngestService({ dataDir: dir, territory: 'US-CA-SF', now: () => Date.now(), analysisWorkers: 1 });
  await service.open();
  const before = process.memoryUsage().rss;
  try {
    await service.prepare();
    return (process.memoryUsage().rss - before) / 2 ** 20;
  } finally {
    await service.close();
  }
}

function analysisAlone(input: readonly string[]): Measured {
  const secret = new Uint8Array(32).fill(7);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const line of input) {
    const result = validatePostLine(line);
    if (result.ok) analyze(result.post, { nodeSecret: secret, territory: 'US-CA-SF' });
  }
  return { wall: input.length / ((performance.now() - t0) / 1000), cpu: input.length / cpuSeconds(cpu0) };
}

export const suite: BenchSuite = {
  name: 'ingest',
  title: 'Ingest at a leaf: posts/s analysed and durably stored',
  async run({ quick }) {
    const total = quick ? 500 : 10_000;
    const warm = lines(quick ? 100 : 4_000, 99);
    const runs = quick ? 1 : 3;
    const modes: Mode[] = quick
      ? [{ label: 'inline', workers: 0, inFlight: 1 }, { label: '1 worker', workers: 1, inFlight: 1 }]
      : [
        { label: 'inline (`analysis_workers: 0`), 1 request at a time', workers: 0, inFlight: 1 },
        { label: '1 worker (the default on 2 cores), 1 request at a time', workers: 1, inFlight: 1 },
        { label: '1 worker, 2 requests in flight', workers: 1, inFlight: 2 },
        { label: '2 workers, 2 requests in flight', workers: 2, inFlight: 2 },
      ];
    const loadBefore = loadavg()[0] ?? Number.NaN;
    const dir = mkdtempSync(join(tmpdir(), 'continuum-bench-ingest-'));
    const results = modes.map(() => ({ wall: [] as number[], cpu: [] as number[] }));
    const alone = { wall: [] as number[], cpu: [] as number[] };
    let rssMb = Number.NaN;
    try {
      rssMb = await workerRssMb(join(dir, 'rss'));
      for (let run = 0; run < runs; run++) {
        const input = lines(total, 100 + run);
        for (const [i, mode] of modes.entries()) {
          const measured = await measureMode(join(dir, `run${run}-mode${i}`), mode, input, warm);
          const into = results[i] as (typeof results)[number];
          into.wall.push(measured.wall);
          into.cpu.push(measured.cpu);
        }
        // The analyzer alone on the same posts (the anchor for the analysis share).
        const measured = analysisAlone(input);
        alone.wall.push(measured.wall);
        alone.cpu.push(measured.cpu);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const best = Math.max(...results.map((r) => summarize(r.wall).median));
    const load = `${loadBefore.toFixed(0)} at the start, ${(loadavg()[0] ?? Number.NaN).toFixed(0)} at the end`;
    // Cores this process got while storing: posts/s over posts per CPU-second.
    const cores = results.map((r) => summarize(r.wall).median / summarize(r.cpu).median);
    return {
      markdown: [
        `${total.toLocaleString('en-US')} posts in requests of ${batch} lines, ${runs} run(s) each, after ${warm.length.toLocaleString('en-US')} other posts through the same service (not timed: a`,
        'fresh worker runs cold code for its first thousands of posts); posts/s median (min–max). Per CPU-second: posts over the CPU time of every',
        'thread of the process (event loop, analysis workers, LevelDB), the figure to compare on a shared machine.',
        '',
        '| POST /v1/posts path: validate + analyse + one synced LevelDB batch per request + metadata CRDTs | posts/s | posts per CPU-second |',
        '|---|---|---|',
        ...modes.map((mode, i) => {
          const r = results[i] as (typeof results)[number];
          return `| ${mode.label} | ${formatSummary(summarize(r.wall))} | ${formatSummary(summarize(r.cpu))} |`;
        }),
        `| anchor: validate + analyse alone, inline, same posts, same run | ${formatSummary(summarize(alone.wall))} | ${formatSummary(summarize(alone.cpu))} |`,
        '',
        `One started analysis worker adds ${Math.round(rssMb)} MB of RSS (it holds its own analyzer).`,
        `Aim: >= 5,000 posts/s: ${quick ? 'not measured (quick)' : best >= 5_000 ? `met (best mode, median ${Math.round(best).toLocaleString('en-US')})` : `not met (best mode, median ${Math.round(best).toLocaleString('en-US')})`}.`,
        `Machine load average (2 cores): ${load}; the process got ${cores.map((c) => c.toFixed(2)).join(' / ')} of a core in the`,
        'modes above (posts/s over posts per CPU-second), so the posts/s column is bounded by the share of CPU it was given, not by the code.',
        'Where the CPU goes (`node --cpu-prof` on this path): the analysis is most of it (eld language identification about a fifth of the',
        "analysis, the classifier's hashed features, MinHash/SimHash, the CID's SHA-256, HMAC pseudonyms); the store (one synced batch,",
        "protobuf values, key-only indexes, written without abstract-level's per-operation normalisation) about 35 µs a post and the",
        'metadata CRDTs about 20 µs a post, both on the event loop. Workers move the analysis off the event loop and in parallel with',
        'the store; they add throughput only when the process gets more than one core, and each costs the RSS above.',
      ].join('\n'),
    };
  },
};
