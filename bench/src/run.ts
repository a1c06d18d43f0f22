// pnpm bench [NAME...] [--all] [--quick]: runs the suites in bench/src/suites and writes
// their sections into bench/RESULTS.md, and their plots as SVG into bench/results/.
// Without a name it runs every suite that is not opt-in (--all adds those); with names it
// rewrites only those suites' sections. Long parts inside suites are opt-in by BENCH_* env.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describeAnchors, describeLoad, describeMachine } from './machine.js';
import type { Plot } from './plot/chart.js';
import { renderSvg } from './plot/svg.js';
import type { BenchSuite } from './suite.js';

const benchDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const resultsFile = join(benchDir, 'RESULTS.md');
const resultsDir = join(benchDir, 'results');

export async function loadSuites(): Promise<BenchSuite[]> {
  const dir = join(benchDir, 'src', 'suites');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts')).sort();
  const suites: BenchSuite[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(join(dir, file)).href)) as { suite?: BenchSuite };
    if (module.suite) suites.push(module.suite);
  }
  return suites;
}

const marker = (name: string, edge: 'begin' | 'end') => `<!-- suite:${name}:${edge} -->`;

/** Replaces (or appends) one suite's section between its markers. */
export function spliceSection(document: string, name: string, section: string): string {
  const begin = marker(name, 'begin');
  const end = marker(name, 'end');
  const block = `${begin}\n${section.trim()}\n${end}`;
  const start = document.indexOf(begin);
  const stop = document.indexOf(end);
  if (start >= 0 && stop > start) return document.slice(0, start) + block + document.slice(stop + end.length);
  return `${document.trimEnd()}\n\n${block}\n`;
}

/** Writes each plot to `<dir>/<suite>-<name>.svg`; returns the markdown that links them (paths relative to RESULTS.md). */
export function writePlots(suite: string, plots: readonly Plot[], dir: string): string {
  const links: string[] = [];
  for (const plot of plots) {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(plot.name)) throw new Error(`plot name ${JSON.stringify(plot.name)}: use lower-case letters, digits and dashes`);
    const file = `${suite}-${plot.name}.svg`;
    writeFileSync(join(dir, file), renderSvg(plot.chart));
    links.push(`![${plot.chart.title.replace(/[[\]]/g, '')}](results/${file})`);
  }
  return links.length === 0 ? '' : `Plots:\n\n${links.join('\n\n')}`;
}

/** The command as typed, with the BENCH_* settings that change what runs. */
export function describeCommand(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): string {
  const settings = Object.keys(env).filter((k) => k.startsWith('BENCH_')).sort().map((k) => `${k}=${env[k] ?? ''}`);
  return [...settings, 'pnpm bench', ...argv].join(' ');
}

async function main(argv: string[]): Promise<number> {
  const quick = argv.includes('--quick');
  const all = argv.includes('--all');
  const names = argv.filter((a) => !a.startsWith('--'));
  const suites = await loadSuites();
  const unknown = names.filter((n) => !suites.some((s) => s.name === n));
  if (unknown.length > 0) {
    console.error(`unknown suite(s): ${unknown.join(', ')}; known: ${suites.map((s) => s.name).join(', ') || 'none'}`);
    return 2;
  }
  const chosen = names.length > 0 ? suites.filter((s) => names.includes(s.name)) : suites.filter((s) => all || !s.optIn);
  if (chosen.length === 0) {
    console.log('no benchmark suites are registered yet (bench/src/suites/*.ts).');
    return 0;
  }
  mkdirSync(resultsDir, { recursive: true });
  let document = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : '# Benchmark results\n';
  const command = describeCommand(argv, process.env);
  document = spliceSection(document, 'machine', [
    `Last run: \`${command}\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
    '',
    `Machine: ${describeMachine()}; anchors: ${describeAnchors()}; at the start: ${describeLoad()}.`,
  ].join('\n'));
  let failed = 0;
  for (const suite of chosen) {
    console.log(`▶ ${suite.name}: ${suite.title}`);
    const started = performance.now();
    let result: Awaited<ReturnType<BenchSuite['run']>>;
    try {
      result = await suite.run({ quick, resultsDir });
    } catch (error) {
      // One broken suite must not lose the others' figures: its old section stays.
      console.error(`✗ ${suite.name} failed:`, error);
      failed++;
      continue;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const suiteCommand = describeCommand([suite.name], process.env);
    const plots = quick ? '' : writePlots(suite.name, result.plots ?? [], resultsDir);
    const section = [
      `## ${suite.title}`,
      '',
      `Command: \`${suiteCommand}\` (${new Date().toISOString().slice(0, 10)}, ${seconds} s, ${describeLoad()} at the end)`,
      '',
      result.markdown,
      ...(plots === '' ? [] : ['', plots]),
    ].join('\n');
    console.log(result.markdown);
    if (plots !== '') console.log(plots);
    if (!quick) {
      document = spliceSection(document, suite.name, section);
      writeFileSync(resultsFile, document); // after every suite, so a later failure keeps it
    }
  }
  return failed === 0 ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
