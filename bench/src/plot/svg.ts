// A small SVG renderer for line and grouped bar charts: no dependencies, nothing fetched
// at run time, deterministic output (same chart → same bytes).
import type { BarChart, Chart, LineChart } from './chart.js';
import { formatTick, linearScale, logScale, type Scale } from './scale.js';

const WIDTH = 760;
const HEIGHT = 420;
const MARGIN = { left: 72, right: 200, top: 44, bottom: 58 };
const PLOT_W = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_H = HEIGHT - MARGIN.top - MARGIN.bottom;
const COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f'];

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const num = (n: number) => Number(n.toFixed(2)).toString();
const colour = (i: number) => COLOURS[i % COLOURS.length] as string;

/** Pixel coordinates of a data point inside the plot area. */
export function toPixels(x: Scale, y: Scale, px: number, py: number): { x: number; y: number } {
  return { x: MARGIN.left + x.at(px) * PLOT_W, y: MARGIN.top + (1 - y.at(py)) * PLOT_H };
}

function frame(chart: Chart, yScale: Scale, xTicks: string[]): string[] {
  const out: string[] = [
    `<rect x="0" y="0" width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<text x="${WIDTH / 2 - MARGIN.right / 2 + MARGIN.left / 2}" y="24" text-anchor="middle" font-size="15" font-weight="bold">${escapeXml(chart.title)}</text>`,
  ];
  for (const tick of yScale.ticks) {
    const y = MARGIN.top + (1 - yScale.at(tick)) * PLOT_H;
    out.push(`<line x1="${MARGIN.left}" y1="${num(y)}" x2="${MARGIN.left + PLOT_W}" y2="${num(y)}" stroke="#e5e5e5"/>`);
    out.push(`<text class="ytick" x="${MARGIN.left - 6}" y="${num(y + 4)}" text-anchor="end" font-size="11">${escapeXml(formatTick(tick))}</text>`);
  }
  out.push(...xTicks);
  out.push(`<line x1="${MARGIN.left}" y1="${MARGIN.top + PLOT_H}" x2="${MARGIN.left + PLOT_W}" y2="${MARGIN.top + PLOT_H}" stroke="#333"/>`);
  out.push(`<line x1="${MARGIN.left}" y1="${MARGIN.top}" x2="${MARGIN.left}" y2="${MARGIN.top + PLOT_H}" stroke="#333"/>`);
  out.push(`<text x="${MARGIN.left + PLOT_W / 2}" y="${HEIGHT - 14}" text-anchor="middle" font-size="12">${escapeXml(chart.xLabel + (chart.kind === 'line' && chart.logX ? ' (log)' : ''))}</text>`);
  const yLabel = chart.yLabel + (chart.logY ? ' (log)' : '');
  out.push(`<text x="16" y="${MARGIN.top + PLOT_H / 2}" text-anchor="middle" font-size="12" transform="rotate(-90 16 ${MARGIN.top + PLOT_H / 2})">${escapeXml(yLabel)}</text>`);
  return out;
}

function legend(entries: readonly { name: string; dashed?: boolean }[], swatch: 'line' | 'box'): string[] {
  const x = MARGIN.left + PLOT_W + 14;
  return entries.flatMap((entry, i) => {
    const y = MARGIN.top + 10 + i * 20;
    return [
      swatch === 'box'
        ? `<rect x="${x + 4}" y="${y - 6}" width="14" height="12" fill="${colour(i)}"/>`
        : `<line x1="${x}" y1="${y}" x2="${x + 22}" y2="${y}" stroke="${colour(i)}" stroke-width="3"${entry.dashed ? ' stroke-dasharray="6 4"' : ''}/>`,
      `<text x="${x + 28}" y="${y + 4}" font-size="11">${escapeXml(entry.name)}</text>`,
    ];
  });
}

function renderLine(chart: LineChart): string[] {
  const xs = chart.series.flatMap((s) => s.points.map((p) => p.x));
  const ys = chart.series.flatMap((s) => s.points.map((p) => p.y));
  const xScale = chart.logX ? logScale(xs) : linearScale(xs, 6);
  const yScale = chart.logY ? logScale(ys) : linearScale(ys, 5);
  const xTicks = xScale.ticks.map((tick) => {
    const x = MARGIN.left + xScale.at(tick) * PLOT_W;
    return `<text class="xtick" x="${num(x)}" y="${MARGIN.top + PLOT_H + 18}" text-anchor="middle" font-size="11">${escapeXml(formatTick(tick))}</text>`;
  });
  const out = frame(chart, yScale, xTicks);
  chart.series.forEach((series, i) => {
    const points = series.points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y)).map((p) => toPixels(xScale, yScale, p.x, p.y));
    if (points.length > 1) {
      out.push(`<polyline class="series" fill="none" stroke="${colour(i)}" stroke-width="2"${series.dashed ? ' stroke-dasharray="6 4"' : ''} points="${points.map((p) => `${num(p.x)},${num(p.y)}`).join(' ')}"/>`);
    }
    for (const p of points) out.push(`<circle class="point" cx="${num(p.x)}" cy="${num(p.y)}" r="3" fill="${colour(i)}"/>`);
  });
  out.push(...legend(chart.series, 'line'));
  return out;
}

function renderBar(chart: BarChart): string[] {
  const values = chart.series.flatMap((s) => s.values.filter((v): v is number => v !== undefined));
  const yScale = chart.logY ? logScale(values) : linearScale(values, 5);
  const group = PLOT_W / Math.max(1, chart.categories.length);
  const barWidth = (group * 0.8) / Math.max(1, chart.series.length);
  const xTicks = chart.categories.map((category, c) =>
    `<text class="xtick" x="${num(MARGIN.left + group * (c + 0.5))}" y="${MARGIN.top + PLOT_H + 18}" text-anchor="middle" font-size="11">${escapeXml(category)}</text>`);
  const out = frame(chart, yScale, xTicks);
  const base = MARGIN.top + PLOT_H;
  chart.series.forEach((series, i) => {
    series.values.forEach((value, c) => {
      if (value === undefined || !Number.isFinite(value)) return;
      const top = MARGIN.top + (1 - yScale.at(value)) * PLOT_H;
      const x = MARGIN.left + group * c + group * 0.1 + barWidth * i;
      out.push(`<rect class="bar" x="${num(x)}" y="${num(top)}" width="${num(barWidth)}" height="${num(base - top)}" fill="${colour(i)}"><title>${escapeXml(`${series.name}, ${chart.categories[c] ?? ''}: ${formatTick(value)}`)}</title></rect>`);
    });
  });
  out.push(...legend(chart.series, 'box'));
  return out;
}

/** The chart as a standalone SVG document. */
export function renderSvg(chart: Chart): string {
  const body = chart.kind === 'line' ? renderLine(chart) : renderBar(chart);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif">`,
    ...body.map((line) => `  ${line}`),
    '</svg>',
    '',
  ].join('\n');
}
