export type { BarChart, Chart, LineChart, LineSeries, Plot } from './chart.js';
export { formatTick, linearScale, logScale, type Scale } from './scale.js';
export { escapeXml, renderSvg } from './svg.js';
export { loadPlots, type LoadPoint } from './presets.js';
