import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { linearScale, loadPlots, logScale, renderSvg, type BarChart, type LineChart } from '../src/plot/index.js';
import { describeCommand, writePlots } from '../src/run.js';

/** Well-formedness of the SVG we emit: every tag closes in order, attributes are quoted, text is escaped. */
function checkXml(text: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/y;
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const chunk = text.slice(i, lt < 0 ? text.length : lt);
    if (/&(?!(amp|lt|gt|quot|apos);)/.test(chunk) || chunk.includes('>')) problems.push(`bad text ${JSON.stringify(chunk.slice(0, 40))}`);
    if (lt < 0) break;
    tag.lastIndex = lt;
    const m = tag.exec(text);
    if (m === null) {
      problems.push(`bad tag at ${lt}: ${text.slice(lt, lt + 40)}`);
      break;
    }
    const [, closing, name, , selfClosing] = m;
    if (closing === '/') {
      if (stack.pop() !== name) problems.push(`unbalanced </${name}>`);
    } else if (selfClosing !== '/') stack.push(name as string);
    i = tag.lastIndex;
  }
  if (stack.length > 0) problems.push(`unclosed ${stack.join(',')}`);
  return problems;
}

const yTicks = (svg: string) => [...svg.matchAll(/class="ytick"[^>]*>([^<]*)</g)].map((m) => m[1]);
const circles = (svg: string) => [...svg.matchAll(/<circle class="point" cx="([\d.]+)" cy="([\d.]+)"/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));

const line = (ys: number[], extra: Partial<LineChart> = {}): LineChart => ({
  kind: 'line', title: 'Times <vs> N & more', xLabel: 'nodes', yLabel: 'ms',
  series: [{ name: 'serf "anchor"', points: ys.map((y, i) => ({ x: (i + 1) * 10, y })) }], ...extra,
});

describe('plot module', () => {
  it('renders well-formed SVG with escaped text for line and bar charts', () => {
    const bar: BarChart = { kind: 'bar', title: 'RSS', xLabel: 'nodes', yLabel: 'MiB', categories: ['10', '30 & up'], series: [{ name: 'a', values: [1, undefined] }, { name: 'b<', values: [2, 3] }] };
    for (const svg of [renderSvg(line([1, 5, 3])), renderSvg(bar), renderSvg(line([1, 100, 10_000], { logY: true, logX: true }))]) {
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      expect(checkXml(svg)).toEqual([]);
    }
    expect(renderSvg(line([1]))).toContain('Times &lt;vs&gt; N &amp; more');
    expect([...renderSvg(bar).matchAll(/<rect class="bar"/g)]).toHaveLength(3);
  });

  it('scales the y axis with the data: the top tick covers the largest value, within one step', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1e7, noNaN: true })), { minLength: 1, maxLength: 20 }), (values) => {
      const scale = linearScale(values);
      const top = scale.ticks[scale.ticks.length - 1] as number;
      const step = (scale.ticks[1] as number) - (scale.ticks[0] as number);
      const max = Math.max(...values);
      expect(top).toBeGreaterThanOrEqual(max * (1 - 1e-9));
      if (max > 0) expect(top - step).toBeLessThan(max * (1 + 1e-9));
      expect(scale.at(scale.min)).toBe(0);
      expect(scale.at(scale.max)).toBe(1);
    }), { numRuns: 3000 });
    expect(yTicks(renderSvg(line([1, 5, 3]))).at(-1)).toBe('5');
    expect(yTicks(renderSvg(line([100, 5_000, 3]))).at(-1)).toBe('5000');
    expect(yTicks(renderSvg(line([100, 50_000, 3]))).at(-1)).toBe('50k');
  });

  it('places the largest value highest and keeps every point inside the plot area', () => {
    const points = circles(renderSvg(line([40, 400, 4_000])));
    expect(points).toHaveLength(3);
    expect(points[2]?.y).toBeLessThan(points[1]?.y as number);
    expect(points[1]?.y).toBeLessThan(points[0]?.y as number);
    expect(points[0]?.x).toBeLessThan(points[2]?.x as number);
    for (const p of points) {
      expect(p.x).toBeGreaterThanOrEqual(72);
      expect(p.y).toBeGreaterThanOrEqual(44);
      expect(p.y).toBeLessThanOrEqual(420 - 58);
    }
    // On a log axis, equal ratios are equal distances.
    const logged = circles(renderSvg(line([10, 100, 1_000], { logY: true })));
    expect(Math.abs(((logged[0]?.y ?? 0) - (logged[1]?.y ?? 0)) - ((logged[1]?.y ?? 0) - (logged[2]?.y ?? 0)))).toBeLessThan(0.05);
    expect(logScale([3, 700]).ticks).toEqual([1, 10, 100, 1000]);
  });

  it('writes plots as files and links them for RESULTS.md', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-plots-'));
    try {
      const markdown = writePlots('membership', [{ name: 'times', chart: line([1, 2]) }], dir);
      expect(markdown).toContain('(results/membership-times.svg)');
      expect(checkXml(readFileSync(join(dir, 'membership-times.svg'), 'utf8'))).toEqual([]);
      expect(() => writePlots('x', [{ name: '../evil', chart: line([1]) }], dir)).toThrow(/plot name/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(describeCommand(['membership'], { BENCH_FOLLOWERS: '120', HOME: '/root' })).toBe('BENCH_FOLLOWERS=120 pnpm bench membership');
  });

  it('load plots: one throughput line per system, sorted by concurrency; p99 dashed', () => {
    const [throughput, latency] = loadPlots('kv', 'puts/s', [
      { system: 'etcd', concurrency: 16, throughput: 2000, p50Ms: 8, p99Ms: 20 },
      { system: 'CONTINUUM', concurrency: 16, throughput: 500, p50Ms: 30 },
      { system: 'etcd', concurrency: 1, throughput: 600, p50Ms: 1.6, p99Ms: 3 },
    ]);
    expect(throughput?.name).toBe('kv-throughput');
    const chart = throughput?.chart as LineChart;
    expect(chart.series.map((s) => s.name)).toEqual(['etcd', 'CONTINUUM']);
    expect(chart.series[0]?.points.map((p) => p.x)).toEqual([1, 16]);
    const lat = latency?.chart as LineChart;
    expect(lat.series.map((s) => `${s.name}${s.dashed === true ? ' dashed' : ''}`)).toEqual(['etcd p50', 'CONTINUUM p50', 'etcd p99 dashed']);
    expect(checkXml(renderSvg(lat))).toEqual([]);
  });
});
