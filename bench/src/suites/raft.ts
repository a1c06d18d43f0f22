// Raft: the core's commit throughput (3 nodes in one process, memory storage, 100-byte
// entries), the LevelDB storage's synced append throughput beside raw `level` batch
// writes with sync, and the WAL storage's beside raw `writeSync` + `fdatasyncSync` of the
// same bytes, on the same disk, measured in the same run.
import { closeSync, fdatasyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Level } from 'level';
import { EntryType, LevelStorage, MemoryStorage, RawNode, WalStorage, createPrng, encodeEntry, encodeHardState, type Entry, type Message, type Storage } from '@continuum/raft';
import type { BenchSuite } from '../suite.js';
import { formatSummary, summarize } from '../stats.js';

const ENTRY_BYTES = 100;
const CORE_AIM_ENTRIES_PER_SECOND = 300_000;

interface CoreNode {
  readonly raw: RawNode;
  readonly storage: MemoryStorage;
}

/**
 * Commits `total` entries through a 3-node cluster, `batch` entries between two readies,
 * either in one `proposeBatch` or as separate `propose` calls; returns entries/s.
 */
function coreRun(total: number, batch: number, single = false): number {
  const ids = ['n1', 'n2', 'n3'];
  const nodes = new Map<string, CoreNode>();
  for (const [i, id] of ids.entries()) {
    const storage = MemoryStorage.bootstrap({ voters: ids, learners: [] });
    nodes.set(id, { storage, raw: new RawNode({ id, electionTicks: 10, heartbeatTicks: 1, storage, prng: createPrng(i + 1), maxInflightMessages: 256 }) });
  }
  const leader = nodes.get('n1') as CoreNode;
  leader.raw.campaign();
  let queue: Message[] = [];
  let applied = 0;
  const pump = (): void => {
    for (let round = 0; round < 1000; round++) {
      for (const [id, node] of nodes) {
        while (node.raw.hasReady()) {
          const rd = node.raw.ready();
          node.storage.saveSync({ ...(rd.hardState ? { hardState: rd.hardState } : {}), entries: rd.entries, sync: rd.mustSync });
          for (const m of rd.messages) queue.push(m);
          if (id === 'n1') applied += rd.committedEntries.length;
          node.raw.advance();
        }
      }
      if (queue.length === 0) return;
      const current = queue;
      queue = [];
      for (const m of current) nodes.get(m.to)?.raw.step(m);
    }
  };
  pump();
  const payloads = Array.from({ length: batch }, (_, i) => new Uint8Array(ENTRY_BYTES).fill(i & 255));
  applied = 0;
  const started = performance.now();
  let proposed = 0;
  while (proposed < total) {
    if (single) for (const p of payloads) leader.raw.propose(p);
    else leader.raw.proposeBatch(payloads);
    proposed += batch;
    pump();
  }
  const seconds = (performance.now() - started) / 1000;
  if (applied < total) throw new Error(`only ${applied} of ${total} entries committed`);
  return applied / seconds;
}

/** Appends `writes` synced batches of `perWrite` entries through a storage; returns writes/s. */
async function storageRun(open: () => Promise<Storage>, writes: number, perWrite: number): Promise<number> {
  const storage = await open();
  let next = storage.lastIndex() + 1;
  const data = new Uint8Array(ENTRY_BYTES).fill(7);
  const started = performance.now();
  for (let w = 0; w < writes; w++) {
    const entries: Entry[] = Array.from({ length: perWrite }, (_, i) => ({ index: next + i, term: 1, type: EntryType.Normal, data }));
    next += perWrite;
    await storage.save({ entries, hardState: { term: 1, vote: 'n1', commit: next - 1 }, sync: true });
  }
  const seconds = (performance.now() - started) / 1000;
  await storage.close();
  return writes / seconds;
}

/** The anchor: raw `level` batches with sync carrying the same bytes (no Raft bookkeeping). */
async function rawLevelRun(dir: string, writes: number, perWrite: number): Promise<number> {
  const db = new Level<string, Uint8Array>(dir, { keyEncoding: 'utf8', valueEncoding: 'view' });
  await db.open();
  const value = encodeEntry({ index: 1, term: 1, type: EntryType.Normal, data: new Uint8Array(ENTRY_BYTES).fill(7) });
  let next = 1;
  const started = performance.now();
  for (let w = 0; w < writes; w++) {
    const ops = Array.from({ length: perWrite }, (_, i) => ({ type: 'put' as const, key: `e:${String(next + i).padStart(16, '0')}`, value }));
    next += perWrite;
    ops.push({ type: 'put', key: 'hs', value });
    await db.batch(ops, { sync: true });
  }
  const seconds = (performance.now() - started) / 1000;
  await db.close();
  return writes / seconds;
}

/**
 * The WAL's anchor: `writeSync` of one buffer holding what a WAL write holds (each entry
 * and the hard state framed with a 9-byte header, plus a commit record), then
 * `fdatasyncSync`, appending to one file: no encoding, no checksums, no bookkeeping.
 */
function rawFsyncRun(dir: string, writes: number, perWrite: number): number {
  const entryBytes = encodeEntry({ index: 1_000_000, term: 1, type: EntryType.Normal, data: new Uint8Array(ENTRY_BYTES).fill(7) }).length;
  const hardStateBytes = encodeHardState({ term: 1, vote: 'n1', commit: 1_000_000 }).length;
  const buffer = new Uint8Array(perWrite * (9 + entryBytes) + 9 + hardStateBytes + 9).fill(7);
  const fd = openSync(join(dir, 'raw.wal'), 'w');
  let position = 0;
  const started = performance.now();
  for (let w = 0; w < writes; w++) {
    position += writeSync(fd, buffer, 0, buffer.length, position);
    fdatasyncSync(fd);
  }
  const seconds = (performance.now() - started) / 1000;
  closeSync(fd);
  return writes / seconds;
}

interface PairRows {
  readonly rows: string[];
  readonly worstRatio: number;
  /** Median writes/s of ours, per entries-per-write. */
  readonly medians: number[];
}

/** Back-to-back pairs (anchor, ours) per entries-per-write, so that load from other processes hits both sides alike. */
async function pairs(
  perWrites: readonly number[], count: number,
  anchor: (perWrite: number, r: number) => Promise<number>, ours: (perWrite: number, r: number) => Promise<number>,
): Promise<PairRows> {
  const rows: string[] = [];
  const medians: number[] = [];
  let worstRatio = Number.POSITIVE_INFINITY;
  for (const perWrite of perWrites) {
    const oursRates: number[] = [];
    const anchorRates: number[] = [];
    const ratios: number[] = [];
    for (let r = 0; r < count; r++) {
      const anchorRate = await anchor(perWrite, r);
      const ourRate = await ours(perWrite, r);
      anchorRates.push(anchorRate);
      oursRates.push(ourRate);
      ratios.push(ourRate / anchorRate);
    }
    const so = summarize(oursRates);
    const sr = summarize(anchorRates);
    const ratio = summarize(ratios).median;
    worstRatio = Math.min(worstRatio, ratio);
    medians.push(so.median);
    rows.push(`| ${perWrite} | ${formatSummary(so)} | ${f(so.median * perWrite)} | ${formatSummary(sr)} | ${f(sr.median * perWrite)} | ${ratio.toFixed(2)} |`);
  }
  return { rows, worstRatio, medians };
}

function f(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 0 });
}

export const suite: BenchSuite = {
  name: 'raft',
  title: 'Raft core commit throughput and storage appends (LevelDB, WAL)',
  async run({ quick }) {
    const repeats = quick ? 1 : Number(process.env.BENCH_REPEATS ?? 5);
    const coreTotal = quick ? 5_000 : 200_000;
    const coreRows: string[] = [];
    let bestCore = 0;
    const modes: [number, boolean][] = quick ? [[256, false]] : [[64, true], [64, false], [256, false], [1024, false]];
    for (const [batch, single] of modes) {
      const samples: number[] = [];
      for (let r = 0; r < repeats; r++) samples.push(coreRun(coreTotal, batch, single));
      const s = summarize(samples);
      bestCore = Math.max(bestCore, s.median);
      coreRows.push(`| ${batch} ${single ? 'separate `propose` calls' : 'in one `proposeBatch`'} | ${formatSummary(s)} |`);
    }
    const root = mkdtempSync(join(tmpdir(), 'bench-raft-'));
    let level: PairRows;
    let wal: PairRows;
    const writes = quick ? 30 : 150;
    const count = quick ? 1 : 9;
    const perWrites = quick ? [1] : [1, 16, 64];
    try {
      level = await pairs(perWrites, count,
        (perWrite, r) => rawLevelRun(join(root, `raw-${perWrite}-${r}`), writes, perWrite),
        (perWrite, r) => storageRun(() => LevelStorage.open(join(root, `level-${perWrite}-${r}`)), writes, perWrite));
      wal = await pairs(perWrites, count,
        async (perWrite, r) => {
          const dir = mkdtempSync(join(root, `fsync-${perWrite}-${r}-`));
          return rawFsyncRun(dir, writes, perWrite);
        },
        (perWrite, r) => storageRun(() => WalStorage.open(join(root, `wal-${perWrite}-${r}`)), writes, perWrite));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
    const walOverLevel = perWrites.map((perWrite, i) => `${perWrite}: ${((wal.medians[i] ?? 0) / (level.medians[i] ?? 1)).toFixed(1)}×`).join(', ');
    const markdown = [
      `Core: a 3-node cluster in one process, memory storage, ${ENTRY_BYTES}-byte entries proposed in batches at the leader;`,
      `entries/s = entries applied at the leader per second of wall time (median of ${repeats} runs of ${f(coreTotal)} entries, spread min–max).`,
      '',
      '| entries proposed between two readies | committed entries/s |',
      '|---:|---:|',
      ...coreRows,
      '',
      `Aim: ≥ ${f(CORE_AIM_ENTRIES_PER_SECOND)} entries/s. Best median ${f(bestCore)}: **${bestCore >= CORE_AIM_ENTRIES_PER_SECOND ? 'met' : 'not met'}**.`,
      '',
      `Storage: \`LevelStorage.save\` of N entries + hard state with sync (one fsync per write), beside the anchor, raw \`level\` 10`,
      `batches of the same keys and bytes with \`sync: true\`, on the same disk in the same run: ${count} back-to-back pairs of ${writes} writes;`,
      'ratio = median over pairs of LevelStorage rate / raw rate.',
      '',
      '| entries per write | LevelStorage fsyncs/s | LevelStorage entries/s | raw level fsyncs/s | raw level entries/s | ratio |',
      '|---:|---:|---:|---:|---:|---:|',
      ...level.rows,
      '',
      `Aim: within 2× of raw level (ratio ≥ 0.5). Worst ratio ${level.worstRatio.toFixed(2)}: **${level.worstRatio >= 0.5 ? 'met' : 'not met'}**.`,
      '',
      `WAL: \`WalStorage.save\` of N entries + hard state with sync (one \`writeSync\` into a preallocated segment, then \`fdatasync\``,
      'on the thread pool, which leaves the event loop free for the daemon\'s other work but costs this one-write-at-a-time loop a hop),',
      'beside the anchor, raw `writeSync` of a buffer of the same size + `fdatasyncSync` appending to one file, same disk, same run:',
      `${count} back-to-back pairs of ${writes} writes; ratio = median over pairs of WalStorage rate / raw rate.`,
      '',
      '| entries per write | WalStorage fsyncs/s | WalStorage entries/s | raw fdatasync fsyncs/s | raw fdatasync entries/s | ratio |',
      '|---:|---:|---:|---:|---:|---:|',
      ...wal.rows,
      '',
      `Aim: within 2× of raw fdatasync (ratio ≥ 0.5). Worst ratio ${wal.worstRatio.toFixed(2)}: **${wal.worstRatio >= 0.5 ? 'met' : 'not met'}**.`,
      `WalStorage over LevelStorage (medians, by entries per write): ${walOverLevel}.`,
      '',
      'The load average of the run is in the command line above.',
    ].join('\n');
    return { markdown };
  },
};
