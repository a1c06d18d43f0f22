// What a suite hands over to be drawn: line charts (x numeric) and grouped bar charts.

export interface LineSeries {
  readonly name: string;
  readonly points: readonly { readonly x: number; readonly y: number }[];
  /** Drawn dashed, e.g. a bound or model rather than a measurement. */
  readonly dashed?: boolean;
}

export interface LineChart {
  readonly kind: 'line';
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly logX?: boolean;
  readonly logY?: boolean;
  readonly series: readonly LineSeries[];
}

export interface BarChart {
  readonly kind: 'bar';
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly logY?: boolean;
  /** One group of bars per category, one bar per series. */
  readonly categories: readonly string[];
  /** values[i] belongs to categories[i]; undefined leaves a gap. */
  readonly series: readonly { readonly name: string; readonly values: readonly (number | undefined)[] }[];
}

export type Chart = LineChart | BarChart;

/** A plot a suite returns: written to bench/results/<suite>-<name>.svg and linked from RESULTS.md. */
export interface Plot {
  /** File stem: letters, digits and dashes. */
  readonly name: string;
  readonly chart: Chart;
}
