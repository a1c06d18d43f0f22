import type { Plot } from './plot/chart.js';

/** What one benchmark suite gives back: a markdown section for bench/RESULTS.md. */
export interface SuiteResult {
  /** Markdown: tables of medians and spreads, the anchor beside each figure, the aim and whether it was met. */
  readonly markdown: string;
  /**
   * Optional charts: run.ts renders each to bench/results/<suite>-<name>.svg and links it
   * under the suite's section (bench/src/plot/).
   */
  readonly plots?: readonly Plot[];
}

export interface SuiteOptions {
  /** A short run for the smoke test: small sizes, one repetition; figures are not recorded. */
  readonly quick: boolean;
  /** Where plots and raw data go (bench/results/). */
  readonly resultsDir: string;
}

/** A suite in bench/src/suites/<name>.ts exports `suite` of this type. */
export interface BenchSuite {
  readonly name: string;
  readonly title: string;
  /** Long suites run only when named or with --all. */
  readonly optIn?: boolean;
  run(options: SuiteOptions): Promise<SuiteResult>;
}
