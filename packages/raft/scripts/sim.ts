// pnpm --filter @continuum/raft sim --seeds A..B [--planted-bug commit-older-term|read-without-quorum] [--all-failures] [--safety-ticks N]
// Runs the deterministic simulator over a range of seeds; exits non-zero on the first
// failure, printing the seed, the command that repeats it and a short trace.
import { formatFailure, plantedBugs, runSeeds, type PlantedBug } from '../src/sim/index.js';

function parse(argv: string[]): { from: number; to: number; plantedBug?: PlantedBug; all: boolean; safetyTicks?: number } {
  const at = argv.indexOf('--seeds');
  const range = at >= 0 ? argv[at + 1] : '1..100';
  const match = /^(\d+)(?:\.\.(\d+))?$/.exec(range ?? '');
  if (!match) throw new Error(`--seeds wants A..B, got ${range}`);
  const from = Number(match[1]);
  const to = Number(match[2] ?? match[1]);
  const bugAt = argv.indexOf('--planted-bug');
  const bug = bugAt >= 0 ? argv[bugAt + 1] : undefined;
  if (bug !== undefined && !plantedBugs.includes(bug as PlantedBug)) throw new Error(`unknown planted bug ${bug}; known: ${plantedBugs.join(', ')}`);
  const ticksAt = argv.indexOf('--safety-ticks');
  const safetyTicks = ticksAt >= 0 ? Number(argv[ticksAt + 1]) : undefined;
  if (safetyTicks !== undefined && !(Number.isSafeInteger(safetyTicks) && safetyTicks > 0)) throw new Error('--safety-ticks wants a positive integer');
  return { from, to, ...(bug ? { plantedBug: bug as PlantedBug } : {}), all: argv.includes('--all-failures'), ...(safetyTicks ? { safetyTicks } : {}) };
}

const args = parse(process.argv.slice(2));
const started = performance.now();
const result = runSeeds({
  from: args.from, to: args.to, stopAtFirstFailure: !args.all,
  ...(args.plantedBug ? { plantedBug: args.plantedBug } : {}),
  ...(args.safetyTicks ? { safetyTicks: args.safetyTicks } : {}),
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);
for (const failure of result.failures) console.error(formatFailure(failure, args.plantedBug, args.safetyTicks));
console.log(`${result.seedsRun} seeds run (${args.from}..${args.to}), ${result.failures.length} failed, ${seconds} s`);
console.log(`events: ${Object.entries(result.counters).map(([k, v]) => `${k}=${v}`).join(' ')}`);
process.exitCode = result.failures.length > 0 ? 1 : 0;
