import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * N HashiCorp Serf agents (Debian's serf) on loopback: the anchor for gossip membership
 * and event figures. Every agent runs an event handler that appends
 * "<event> <name-or-payload> <unix-ns>" to its own file, so the bench reads when each
 * agent learned of a join, a user event or a failure without polling anyone.
 */
export interface SerfCluster {
  readonly size: number;
  /** Starts one more agent that joins the cluster; returns its start time (ms, epoch). */
  addAgent(name: string): number;
  /** Sends a user event from agent 0; returns the send time (ms, epoch). */
  sendEvent(payload: string): number;
  kill(name: string): number;
  /** Per agent, the time (ms) it saw `event` about `subject`, or undefined. */
  seenAt(event: string, subject: string): Map<string, number | undefined>;
  rssKiB(): number[];
  /** Process ids of the live agents. */
  pids(): number[];
  stop(): void;
}

export function serfAvailable(): boolean {
  return spawnSync('serf', ['version'], { stdio: 'ignore' }).status === 0;
}

// Serf wants ports below 32768 here (ENVIRONMENT.md).
export async function startSerfCluster(baseDir: string, basePort: number, count: number): Promise<SerfCluster> {
  rmSync(baseDir, { recursive: true, force: true });
  mkdirSync(baseDir, { recursive: true });
  const handler = join(baseDir, 'handler.sh');
  writeFileSync(handler, '#!/bin/sh\nif [ "$SERF_EVENT" = "user" ]; then read -r line; echo "user $SERF_USER_EVENT:$line $(date +%s%N)" >> "$OUT"; else while read -r name rest; do echo "$SERF_EVENT $name $(date +%s%N)" >> "$OUT"; done; fi\n');
  chmodSync(handler, 0o755);
  const agents = new Map<string, { child: ChildProcess; out: string }>();
  let next = 0;
  const start = (name: string) => {
    const i = next++;
    const out = join(baseDir, `${name}.events`);
    writeFileSync(out, '');
    const args = ['agent', `-node=${name}`, `-bind=127.0.0.1:${basePort + 2 * i}`, `-rpc-addr=127.0.0.1:${basePort + 2 * i + 1}`, `-event-handler=${handler}`, '-log-level=err'];
    // -retry-join: under load agent 0 may not listen yet, and a failed -join ends the agent.
    if (i > 0) args.push(`-retry-join=127.0.0.1:${basePort}`, '-retry-interval=1s');
    const child = spawn('serf', args, { stdio: 'ignore', env: { ...process.env, OUT: out } });
    agents.set(name, { child, out });
    return Date.now();
  };
  start('serf0');
  const rpcUp = Date.now() + 30_000;
  while (spawnSync('serf', ['members', `-rpc-addr=127.0.0.1:${basePort + 1}`], { stdio: 'ignore' }).status !== 0) {
    if (Date.now() > rpcUp) {
      agents.get('serf0')?.child.kill('SIGKILL');
      throw new Error('serf: agent 0 did not answer RPC within 30 s');
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  for (let i = 1; i < count; i++) start(`serf${i}`);
  const cluster: SerfCluster = {
    get size() {
      return agents.size;
    },
    addAgent: start,
    sendEvent(payload) {
      const at = Date.now();
      spawnSync('serf', ['event', '-coalesce=false', `-rpc-addr=127.0.0.1:${basePort + 1}`, 'bench', payload], { stdio: 'ignore' });
      return at;
    },
    kill(name) {
      agents.get(name)?.child.kill('SIGKILL');
      agents.delete(name);
      return Date.now();
    },
    seenAt(event, subject) {
      const seen = new Map<string, number | undefined>();
      for (const [name, { out }] of agents) {
        const text = existsSync(out) ? readFileSync(out, 'utf8') : '';
        const line = text.split('\n').find((l) => l.startsWith(`${event} ${subject} `));
        seen.set(name, line === undefined ? undefined : Number(BigInt(line.split(' ').pop() as string) / 1_000_000n));
      }
      return seen;
    },
    pids() {
      return [...agents.values()].flatMap(({ child }) => (child.pid === undefined ? [] : [child.pid]));
    },
    rssKiB() {
      return [...agents.values()].map(({ child }) => {
        const status = existsSync(`/proc/${child.pid}/status`) ? readFileSync(`/proc/${child.pid}/status`, 'utf8') : '';
        return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
      });
    },
    stop() {
      for (const { child } of agents.values()) child.kill('SIGKILL');
      agents.clear();
    },
  };
  // Ready when agent 0 has seen every initial member join.
  const deadline = Date.now() + 30_000;
  for (;;) {
    const joined = readFileSync(join(baseDir, 'serf0.events'), 'utf8').split('\n').filter((l) => l.startsWith('member-join ')).length;
    if (joined >= count) break;
    if (Date.now() > deadline) {
      cluster.stop();
      throw new Error(`serf: only ${joined} of ${count} agents joined within 30 s`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return cluster;
}
