import { describe, expect, it } from 'vitest';
import { renderSvg } from '../src/plot/svg.js';
import { loadSuites, spliceSection } from '../src/run.js';
import { quantile, summarize } from '../src/stats.js';

describe('bench runner', () => {
  it('replaces a suite section in place and appends a new one', () => {
    const once = spliceSection('# R\n', 'a', 'first');
    const twice = spliceSection(once, 'a', 'second');
    expect(twice).toContain('second');
    expect(twice).not.toContain('first');
    expect(spliceSection(twice, 'b', 'other').indexOf('second')).toBeLessThan(spliceSection(twice, 'b', 'other').indexOf('other'));
  });

  it('summarizes with nearest-rank quantiles', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2);
    expect(summarize([5, 1, 3])).toMatchObject({ median: 3, min: 1, max: 5, runs: 3 });
  });

  // The smoke run: every suite runs in quick mode and returns a section.
  it('runs every registered suite in quick mode', async () => {
    const suites = await loadSuites();
    const seconds: string[] = [];
    for (const suite of suites.filter((s) => !s.optIn)) {
      const started = performance.now();
      const result = await suite.run({ quick: true, resultsDir: '/tmp/continuum-bench-smoke' });
      seconds.push(`${suite.name} ${((performance.now() - started) / 1000).toFixed(1)} s`);
      expect(result.markdown.length, suite.name).toBeGreaterThan(0);
      // Every plot a suite returns renders (the plot module's own test checks the SVG).
      for (const plot of result.plots ?? []) expect(renderSvg(plot.chart), `${suite.name}/${plot.name}`).toMatch(/^<svg[\s\S]*<\/svg>\n$/);
    }
    console.log(`quick suites: ${seconds.join(', ')}`);
  }, 600_000);
});
