// pnpm bench [NAME...] [--all] [--quick]: runs the suites in bench/src/suites and writes
// their sections into bench/RESULTS.md. Without a name it runs every suite that is not
// opt-in (--all adds those); with names it rewrites only those suites' sections.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describeMachine } from './machine.js';
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
  document = spliceSection(document, 'machine', `Machine of the last run: ${describeMachine()}.`);
  for (const suite of chosen) {
    console.log(`▶ ${suite.name}: ${suite.title}`);
    const started = performance.now();
    const result = await suite.run({ quick, resultsDir });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const command = `pnpm bench ${suite.name}`;
    const section = `## ${suite.title}\n\nCommand: \`${command}\` (${new Date().toISOString().slice(0, 10)}, ${seconds} s)\n\n${result.markdown}`;
    console.log(result.markdown);
    if (!quick) document = spliceSection(document, suite.name, section);
  }
  if (!quick) writeFileSync(resultsFile, document);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
