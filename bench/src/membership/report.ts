// Tables and plots of the membership suite.
import type { Plot } from '../plot/chart.js';
import { summarize } from '../stats.js';
import { allKnew, deliveryStats, type Spread } from './observe.js';
import type { StageResult } from './stage.js';

const ms = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '–');
const mib = (kib: number) => (Number.isFinite(kib) ? (kib / 1024).toFixed(1) : '–');

/** "median (min–max)" of the all-knew times, with "n of m" when some never knew. */
function allSpread(spreads: readonly Spread[], failed = 0): string {
  if (spreads.length === 0) return failed > 0 ? `no join succeeded (${failed} failed, below)` : 'not measured';
  const alls = spreads.map(allKnew).filter((v): v is number => v !== undefined);
  const missed = spreads.length - alls.length;
  if (alls.length === 0) return `never (${spreads.length} tries)`;
  const s = summarize(alls);
  const body = s.runs > 1 ? `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})` : ms(s.median);
  return missed > 0 ? `${body}; ${missed} of ${spreads.length} not everywhere in time` : body;
}

export function allMedian(spreads: readonly Spread[] | undefined): number {
  const alls = (spreads ?? []).map(allKnew).filter((v): v is number => v !== undefined);
  return alls.length === 0 ? Number.NaN : summarize(alls).median;
}

export interface ReportContext {
  readonly healthIntervalSeconds: number;
  readonly unhealthyThreshold: number;
  readonly pollMs: number;
  readonly councilSize: number;
}

const kinds: readonly { readonly system: 'serf' | 'continuum'; readonly kind: string; readonly label: string }[] = [
  { system: 'serf', kind: 'event', label: 'serf: `serf event` (gossip broadcast)' },
  { system: 'continuum', kind: 'kv', label: 'CONTINUUM: federation KV put (Raft commit, then fedlog gossip to members)' },
  { system: 'continuum', kind: 'map', label: 'CONTINUUM: replicated map put (CRDT delta on gossipsub)' },
];

export function tables(results: readonly StageResult[], context: ReportContext): string[] {
  const counts = [...new Set(results.map((r) => r.nodes))].sort((a, b) => a - b);
  const find = (system: string, nodes: number) => results.find((r) => r.system === system && r.nodes === nodes);
  const out: string[] = [];
  out.push('### An event / update reaching every node (ms)', '',
    '| nodes | what | per delivery p50 | p99 | max | all nodes reached: median (min–max) over events | events |', '|---:|---|---:|---:|---:|---:|---:|');
  for (const n of counts) {
    for (const k of kinds) {
      const spreads = find(k.system, n)?.broadcasts.get(k.kind);
      if (spreads === undefined) continue;
      const d = deliveryStats(spreads);
      out.push(`| ${n} | ${k.label} | ${ms(d.p50)} | ${ms(d.p99)} | ${ms(d.max)} | ${allSpread(spreads)} | ${d.spreads}${d.missing > 0 ? ` (${d.missing} deliveries missing)` : ''} |`);
    }
  }
  out.push('', '### A new member known by every node (ms)', '',
    '| nodes | serf: agent spawn → all know | CONTINUUM: daemon spawn → all list it | CONTINUUM: POST /v1/join → all list it | CONTINUUM daemon start-up (spawn → ready), median (max) |', '|---:|---:|---:|---:|---:|');
  for (const n of counts) {
    const serf = find('serf', n);
    const ours = find('continuum', n);
    const startup = ours === undefined ? undefined : summarize(ours.startupMs);
    const failedJoins = ours?.errors.filter((e) => e.startsWith('join ')).length ?? 0;
    out.push(`| ${n} | ${allSpread(serf?.joinsFromSpawn ?? [])} | ${allSpread(ours?.joinsFromSpawn ?? [], failedJoins)} | ${allSpread(ours?.joinsFromRequest ?? [], failedJoins)} | ${startup === undefined ? '–' : `${ms(startup.median)} (${ms(startup.max)})`} |`);
  }
  const floorLo = context.unhealthyThreshold * context.healthIntervalSeconds;
  const floorHi = (context.unhealthyThreshold + 2) * context.healthIntervalSeconds;
  out.push('', '### A killed member (kill -9) seen failed / DEAD (ms after the kill)', '',
    `| nodes | serf: first agent → all agents see \`member-failed\` | CONTINUUM: first daemon → all daemons list it DEAD | CONTINUUM floor from the config |`, '|---:|---:|---:|---:|');
  for (const n of counts) {
    const show = (s: Spread | undefined) => {
      if (s === undefined) return 'not measured';
      const seen = s.latenciesMs.filter((v): v is number => v !== undefined);
      const all = allKnew(s);
      return seen.length === 0 ? 'never (timeout)' : `${ms(Math.min(...seen))} → ${all === undefined ? `${seen.length} of ${s.latenciesMs.length} in time` : ms(all)}`;
    };
    out.push(`| ${n} | ${show(find('serf', n)?.kill)} | ${show(find('continuum', n)?.kill)} | ${floorLo}–${floorHi} s |`);
  }
  out.push('', '### Memory and bring-up', '',
    '| nodes | serf RSS per agent, median / max (MiB) | CONTINUUM RSS per daemon, median / max (MiB) | CONTINUUM total RSS (GiB) | serf idle CPU per agent, median / max (ms/s) | CONTINUUM idle CPU per daemon, median / max (ms/s) | serf bring-up (s) | CONTINUUM bring-up of this stage (s) |', '|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const n of counts) {
    const serf = find('serf', n);
    const ours = find('continuum', n);
    const rss = (r: StageResult | undefined) => {
      if (r === undefined || r.rssKiB.length === 0) return '–';
      const s = summarize(r.rssKiB);
      return `${mib(s.median)} / ${mib(s.max)}`;
    };
    const total = ours === undefined ? '–' : (ours.rssKiB.reduce((a, b) => a + (Number.isFinite(b) ? b : 0), 0) / 2 ** 20).toFixed(2);
    const cpu = (r: StageResult | undefined) => {
      if (r === undefined || r.idleCpuMsPerS.length === 0) return '–';
      const s = summarize(r.idleCpuMsPerS);
      return `${s.median.toFixed(1)} / ${s.max.toFixed(1)}`;
    };
    out.push(`| ${n} | ${rss(serf)} | ${rss(ours)} | ${total} | ${cpu(serf)} | ${cpu(ours)} | ${serf === undefined ? '–' : (serf.bringUpMs / 1000).toFixed(1)} | ${ours === undefined ? '–' : (ours.bringUpMs / 1000).toFixed(1)} |`);
  }
  const errors = results.flatMap((r) => r.errors.map((e) => `${r.system} at ${r.nodes}: ${e}`));
  if (errors.length > 0) {
    out.push('', `Requests that failed during the measurements (${errors.length}; their broadcasts count as missing deliveries where nothing arrived):`, '',
      ...errors.slice(0, 10).map((e) => `- ${e.replace(/\|/g, '/')}`), ...(errors.length > 10 ? [`- … and ${errors.length - 10} more`] : []));
  }
  return out;
}

export function plots(results: readonly StageResult[]): Plot[] {
  const counts = [...new Set(results.map((r) => r.nodes))].sort((a, b) => a - b);
  const find = (system: string, nodes: number) => results.find((r) => r.system === system && r.nodes === nodes);
  const line = (name: string, system: string, pick: (r: StageResult) => number, dashed = false) => ({
    name, dashed, points: counts.map((n) => {
      const r = find(system, n);
      return { x: n, y: r === undefined ? Number.NaN : pick(r) };
    }).filter((p) => Number.isFinite(p.y) && p.y > 0),
  });
  const kill = (r: StageResult) => (r.kill === undefined ? Number.NaN : allKnew(r.kill) ?? Number.NaN);
  return [
    {
      name: 'times',
      chart: {
        kind: 'line', title: 'Membership and broadcast: time until every node knows', xLabel: 'nodes (processes on loopback)', yLabel: 'ms, median', logY: true,
        series: [
          line('serf event', 'serf', (r) => allMedian(r.broadcasts.get('event'))),
          line('CONTINUUM KV put', 'continuum', (r) => allMedian(r.broadcasts.get('kv'))),
          line('CONTINUUM map put', 'continuum', (r) => allMedian(r.broadcasts.get('map'))),
          line('serf join', 'serf', (r) => allMedian(r.joinsFromSpawn), true),
          line('CONTINUUM join (request)', 'continuum', (r) => allMedian(r.joinsFromRequest), true),
          line('serf kill → failed', 'serf', kill),
          line('CONTINUUM kill → DEAD', 'continuum', kill),
        ].filter((s) => s.points.length > 0),
      },
    },
    {
      name: 'rss',
      chart: {
        kind: 'bar', title: 'RSS per process (median)', xLabel: 'nodes', yLabel: 'MiB', categories: counts.map(String),
        series: (['serf', 'continuum'] as const).map((system) => ({
          name: system === 'serf' ? 'serf agent' : 'CONTINUUM daemon',
          values: counts.map((n) => {
            const r = find(system, n);
            return r === undefined || r.rssKiB.length === 0 ? undefined : summarize(r.rssKiB).median / 1024;
          }),
        })),
      },
    },
  ];
}

/** "By how much": CONTINUUM ÷ serf for each figure at each node count (medians of the time until every node knew). */
export function ratios(results: readonly StageResult[]): string {
  const counts = [...new Set(results.map((r) => r.nodes))].sort((a, b) => a - b);
  const find = (system: string, nodes: number) => results.find((r) => r.system === system && r.nodes === nodes);
  const fmt = (x: number) => (!Number.isFinite(x) ? '–' : x < 10 ? x.toFixed(2) : x.toFixed(1));
  const row = (label: string, ours: (r: StageResult) => number, theirs: (r: StageResult) => number) => `${label} ${counts.map((n) => {
    const o = find('continuum', n);
    const t = find('serf', n);
    return fmt(o === undefined || t === undefined ? Number.NaN : ours(o) / theirs(t));
  }).join(' / ')}`;
  const kill = (r: StageResult) => (r.kill === undefined ? Number.NaN : allKnew(r.kill) ?? Number.NaN);
  const serfEvent = (r: StageResult) => allMedian(r.broadcasts.get('event'));
  const rss = (r: StageResult) => summarize(r.rssKiB).median;
  return [
    `- **By how much** (CONTINUUM ÷ serf, medians of the time until every node knew, at ${counts.join(' / ')} processes):`,
    `  ${row('KV put vs `serf event`', (r) => allMedian(r.broadcasts.get('kv')), serfEvent)}; ${row('map put', (r) => allMedian(r.broadcasts.get('map')), serfEvent)};`,
    `  ${row('kill → DEAD vs member-failed', kill, kill)}; ${row('join from POST /v1/join vs agent spawn', (r) => allMedian(r.joinsFromRequest), (r) => allMedian(r.joinsFromSpawn))};`,
    `  ${row('join from daemon spawn', (r) => allMedian(r.joinsFromSpawn), (r) => allMedian(r.joinsFromSpawn))}; ${row('RSS per process', rss, rss)}.`,
  ].join('\n');
}
