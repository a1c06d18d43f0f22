import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { join } from 'node:path';
import { send } from '../load/http-load.js';

/** A 3-member etcd cluster of Debian's etcd-server on loopback: the anchor for Raft KV figures. */
export interface EtcdCluster {
  readonly clientAddresses: readonly string[];
  /** Index of the current leader among the members still running. */
  leader(): Promise<number>;
  kill(index: number): void;
  /** Starts a killed member again on its data dir. */
  restart(index: number): void;
  /** A member's Raft indexes (`/v3/maintenance/status`). */
  status(index: number): Promise<{ raftIndex: number; raftAppliedIndex: number; dbSize: number }>;
  stop(): Promise<void>;
}

export function etcdAvailable(): boolean {
  return spawnSync('etcd', ['--version'], { stdio: 'ignore' }).status === 0;
}

const b64 = (text: string) => Buffer.from(text).toString('base64');

/** The etcd v3 JSON API request for a put, for the shared load generator. */
export function etcdPut(key: string, value: string) {
  return { method: 'POST', path: '/v3/kv/put', body: JSON.stringify({ key: b64(key), value: b64(value) }), headers: { 'content-type': 'application/json' } };
}

/** `extraArgs` go to every member (e.g. `--snapshot-count`). */
export async function startEtcdCluster(baseDir: string, basePort: number, members = 3, extraArgs: readonly string[] = []): Promise<EtcdCluster> {
  rmSync(baseDir, { recursive: true, force: true });
  mkdirSync(baseDir, { recursive: true });
  const names = Array.from({ length: members }, (_, i) => `etcd${i}`);
  const peerUrl = (i: number) => `http://127.0.0.1:${basePort + 2 * i + 1}`;
  const clientAddresses = names.map((_, i) => `127.0.0.1:${basePort + 2 * i}`);
  const initialCluster = names.map((name, i) => `${name}=${peerUrl(i)}`).join(',');
  // A restarted member finds its data dir and ignores the --initial-* flags.
  const argsOf = (i: number): string[] => [
    '--name', names[i] as string, '--data-dir', join(baseDir, names[i] as string),
    '--listen-client-urls', `http://${clientAddresses[i]}`, '--advertise-client-urls', `http://${clientAddresses[i]}`,
    '--listen-peer-urls', peerUrl(i), '--initial-advertise-peer-urls', peerUrl(i),
    '--initial-cluster', initialCluster, '--initial-cluster-state', 'new', '--initial-cluster-token', 'continuum-bench',
    '--log-level', 'error', ...extraArgs,
  ];
  const processes: Array<ChildProcess | undefined> = names.map((_, i) => spawn('etcd', argsOf(i), { stdio: 'ignore' }));
  const agent = new Agent({ keepAlive: false });
  const status = async (i: number) => {
    const response = await send(agent, clientAddresses[i] as string, { method: 'POST', path: '/v3/maintenance/status', body: '{}' }, 1_000);
    return JSON.parse(response.body) as { leader?: string; header?: { member_id?: string }; raftIndex?: string; raftAppliedIndex?: string; dbSize?: string };
  };
  const cluster: EtcdCluster = {
    clientAddresses,
    async leader() {
      for (let i = 0; i < members; i++) {
        if (processes[i] === undefined) continue;
        try {
          const s = await status(i);
          if (s.leader !== undefined && s.leader === s.header?.member_id) return i;
        } catch {
          // not up or not reachable: try the next member
        }
      }
      return -1;
    },
    kill(index) {
      processes[index]?.kill('SIGKILL');
      processes[index] = undefined;
    },
    restart(index) {
      if (processes[index] !== undefined) throw new Error(`etcd member ${index} is running`);
      processes[index] = spawn('etcd', argsOf(index), { stdio: 'ignore' });
    },
    async status(index) {
      const s = await status(index);
      return { raftIndex: Number(s.raftIndex ?? 0), raftAppliedIndex: Number(s.raftAppliedIndex ?? 0), dbSize: Number(s.dbSize ?? 0) };
    },
    async stop() {
      // Wait for the exits, so the next cluster can bind the same ports at once.
      const exits = processes.map((child) => child === undefined || child.exitCode !== null || child.signalCode !== null
        ? Promise.resolve() : new Promise((resolve) => child.once('exit', resolve)));
      for (const child of processes) child?.kill('SIGKILL');
      await Promise.all(exits);
      agent.destroy();
      rmSync(baseDir, { recursive: true, force: true });
    },
  };
  const deadline = Date.now() + 20_000;
  while ((await cluster.leader()) < 0) {
    if (Date.now() > deadline) {
      await cluster.stop();
      throw new Error('etcd cluster did not elect a leader within 20 s');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return cluster;
}
