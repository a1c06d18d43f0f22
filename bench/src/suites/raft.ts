// Raft: the core's commit throughput (3 nodes in one process, memory storage, 100-byte
// entries) and the LevelDB storage's synced append throughput beside raw `level` batch
// writes with sync on the same disk, measured in the same run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Level } from 'level';
import { EntryType, LevelStorage, MemoryStorage, RawNode, createPrng, encodeEntry, type Entry, type Message } from '@continuum/raft';
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

/** Appends `writes` synced batches of `perWrite` entries through LevelStorage; returns writes/s. */
async function storageRun(dir: string, writes: number, perWrite: number): Promise<number> {
  const storage = await LevelStorage.open(dir);
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

function f(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 0 });
}

export const suite: BenchSuite = {
  name: 'raft',
  title: 'Raft core commit throughput and LevelDB storage appends',
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
    const storageRows: string[] = [];
    let worstRatio = Number.POSITIVE_INFINITY;
    try {
      const writes = quick ? 30 : 150;
      const pairs = quick ? 1 : 9;
      for (const perWrite of quick ? [1] : [1, 16, 64]) {
        const ours: number[] = [];
        const raw: number[] = [];
        const ratios: number[] = [];
        for (let r = 0; r < pairs; r++) {
          // Back-to-back pairs, so that load from other processes hits both sides alike.
          const rawRate = await rawLevelRun(join(root, `raw-${perWrite}-${r}`), writes, perWrite);
          const ourRate = await storageRun(join(root, `ours-${perWrite}-${r}`), writes, perWrite);
          raw.push(rawRate);
          ours.push(ourRate);
          ratios.push(ourRate / rawRate);
        }
        const so = summarize(ours);
        const sr = summarize(raw);
        const ratio = summarize(ratios).median;
        worstRatio = Math.min(worstRatio, ratio);
        storageRows.push(`| ${perWrite} | ${formatSummary(so)} | ${f(so.median * perWrite)} | ${formatSummary(sr)} | ${f(sr.median * perWrite)} | ${ratio.toFixed(2)} |`);
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
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
      'batches of the same keys and bytes with `sync: true`, on the same disk in the same run: 9 back-to-back pairs of 150 writes;',
      'ratio = median over pairs of LevelStorage rate / raw rate.',
      '',
      '| entries per write | LevelStorage fsyncs/s | LevelStorage entries/s | raw level fsyncs/s | raw level entries/s | ratio |',
      '|---:|---:|---:|---:|---:|---:|',
      ...storageRows,
      '',
      `Aim: within 2× of raw level (ratio ≥ 0.5). Worst ratio ${worstRatio.toFixed(2)}: **${worstRatio >= 0.5 ? 'met' : 'not met'}**.`,
      '',
      'Figures measured on a shared 2-core machine with other agents running: treat as rough until the lead re-runs them.',
    ].join('\n');
    return { markdown };
  },
};
