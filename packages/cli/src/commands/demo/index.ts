import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { CliError, usageError } from '../../cli-error.js';
import { createContext, type RegisterCommand } from '../../context.js';
import type { CliIo } from '../../io.js';
import { continuumCommand } from './executable.js';
import { DemoFederation, waitUntil, type DemoNode } from './federation.js';
import { feedLeaves } from './feed.js';
import { demoTopology } from './topology.js';

interface DemoOptions {
  seconds?: string;
  posts: string;
  dir?: string;
  verbose?: boolean;
}

interface QueryTotals {
  totals?: { posts?: number };
  campaigns?: unknown[];
  alerts?: unknown[];
}

const setupTimeoutMs = 90_000;

function positiveInteger(text: string | undefined, flag: string): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value <= 0) throw usageError(`${flag} must be a positive integer, not '${text}'`);
  return value;
}

/** Posts counted at each node, by name (undefined where the node does not answer yet). */
async function countsByNode(federation: DemoFederation): Promise<Map<string, number | undefined>> {
  const counts = new Map<string, number | undefined>();
  await Promise.all(federation.nodes.map(async (node) => {
    const query = await federation.api<QueryTotals>(node, 'GET', '/v1/query').catch(() => undefined);
    counts.set(node.spec.name, query?.totals?.posts);
  }));
  return counts;
}

function nextSteps(global: DemoNode, leaf: DemoNode): string {
  const continuum = continuumCommand();
  const cli = (node: DemoNode) => `${continuum} --api 127.0.0.1:${node.apiPort} --data-dir ${node.dataDir}`;
  return [
    '',
    `  Web page of the global node:  http://127.0.0.1:${global.apiPort}/#token=${global.token}`,
    '',
    '  Try next (in another terminal):',
    `    ${cli(global)} tree`,
    `    ${cli(global)} members`,
    `    ${cli(global)} raft status`,
    `    ${cli(global)} kv put greeting hello`,
    `    ${cli(leaf)} kv get greeting`,
    `    ${cli(global)} metrics continuum_raft`,
    '',
    '  Ctrl-C stops every node.',
  ].join('\n');
}

export const registerDemo: RegisterCommand = (program: Command, io: CliIo) => {
  program
    .command('demo')
    .description('start a local demo federation (1 global, 1 national, 2 regional, 4 leaves) on loopback and feed it sample posts')
    .option('--seconds <n>', 'run for N seconds, then stop; exit 0 only if metadata reached the global node')
    .option('--posts <n>', 'sample posts fed to each leaf', '400')
    .option('--dir <dir>', 'where the nodes keep their data (default: a new temporary dir, removed at the end)')
    .option('--verbose', "show the daemons' own output")
    .addHelpText('after', '\nExamples:\n  continuum demo\n  continuum demo --seconds 60\n  continuum demo --posts 2000 --dir ./demo-data')
    .action(async (options: DemoOptions, command: Command) => {
      const context = createContext(io, command);
      const seconds = positiveInteger(options.seconds, '--seconds');
      const posts = positiveInteger(options.posts, '--posts') ?? 400;
      const started = Date.now();
      const baseDir = options.dir === undefined ? await mkdtemp(join(tmpdir(), 'continuum-demo-')) : resolve(options.dir);
      const say = (text: string) => {
        if (options.verbose === true || context.options.json !== true) io.err(text);
      };
      const federation = new DemoFederation(baseDir, (text) => {
        if (options.verbose === true) io.err(text.trimEnd());
      });
      let stopping = false;
      const stopAll = async () => {
        if (stopping) return;
        stopping = true;
        say('stopping the demo federation…');
        await federation.stop();
        if (options.dir === undefined) await rm(baseDir, { recursive: true, force: true });
      };
      const interrupted = new Promise<'interrupted'>((resolveInterrupt) => {
        const onSignal = () => resolveInterrupt('interrupted');
        process.once('SIGINT', onSignal);
        process.once('SIGTERM', onSignal);
      });
      let reached = false;
      try {
        say(`▶ creating ${demoTopology.length} nodes in ${baseDir}`);
        await federation.create(demoTopology);
        say('▶ starting the daemons (one process each)');
        await federation.start();
        say('▶ joining the federation with join tokens');
        await federation.joinAll(setupTimeoutMs);
        const parents = await federation.parents();
        say(`▶ hierarchy agreed through Raft: ${[...parents].filter(([, parent]) => parent !== null).map(([name, parent]) => `${name} → ${parent}`).join(', ')}`);
        const fed = await feedLeaves(federation, posts, (sent, total) => {
          if (io.isTty) process.stderr.write(`\r▶ feeding sample posts to the leaves: ${sent}/${total}`);
        });
        if (io.isTty) process.stderr.write('\n');
        say(`▶ leaves stored ${fed.stored} posts (${fed.rejected} rejected, ${fed.duplicates} duplicates)`);
        const global = federation.council;
        const waitForGlobal = waitUntil('metadata at the global node', async () => {
          const query = await federation.api<QueryTotals>(global, 'GET', '/v1/query');
          return (query.totals?.posts ?? 0) > 0 ? query : undefined;
        }, Math.max(1_000, seconds === undefined ? setupTimeoutMs : seconds * 1000 - (Date.now() - started)));
        const outcome = await Promise.race([waitForGlobal.then(() => 'reached' as const, () => 'not-reached' as const), interrupted]);
        reached = outcome === 'reached';
        const counts = await countsByNode(federation);
        const summary = { reached_global: reached, base_dir: baseDir, nodes: federation.nodes.map((n) => ({ name: n.spec.name, tier: n.spec.tier, territory: n.spec.territory, api: `127.0.0.1:${n.apiPort}`, peer_id: n.peerId, posts_counted: counts.get(n.spec.name) ?? null })), web: `http://127.0.0.1:${global.apiPort}/#token=${global.token}` };
        context.print(summary, (s) => [
          s.reached_global ? '✔ metadata reached the global node' : '✘ metadata has not reached the global node yet',
          ...s.nodes.map((n) => `  ${n.tier.padEnd(8)} ${n.name.padEnd(9)} ${n.territory.padEnd(10)} api ${n.api.padEnd(16)} posts counted: ${n.posts_counted ?? '-'}`),
          nextSteps(global, federation.nodes.find((n) => n.spec.tier === 'leaf') ?? global),
        ].join('\n'));
        if (outcome === 'interrupted') return;
        if (seconds !== undefined) {
          const left = seconds * 1000 - (Date.now() - started);
          let timer: NodeJS.Timeout | undefined;
          // The timer is cleared on Ctrl-C, so nothing keeps the process alive once the nodes stop.
          if (left > 0) await Promise.race([new Promise((r) => (timer = setTimeout(r, left))), interrupted]);
          clearTimeout(timer);
          return;
        }
        await interrupted;
      } catch (error) {
        throw error instanceof CliError ? error : new CliError(`the demo failed: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        await stopAll();
      }
      if (seconds !== undefined && !reached) throw new CliError(`metadata did not reach the global node within ${seconds} s`);
    });
};
