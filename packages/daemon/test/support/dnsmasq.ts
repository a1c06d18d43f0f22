// Starts a real dnsmasq (Debian's) on a free 127.0.0.1 UDP port with the records a test
// gives, and stops it. `bash scripts/test-prereqs.sh` (run by `pnpm test`) installs it.
import { spawn, type ChildProcess } from 'node:child_process';
import { createSocket, type Socket } from 'node:dgram';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resolver } from 'node:dns/promises';

export interface DnsRecords {
  /** `--srv-host=name,target,port,priority,weight`. */
  readonly srv?: ReadonlyArray<{ name: string; target: string; port: number; priority: number; weight: number }>;
  /** `--srv-host=name` alone: an SRV record with the root target ".", "not offered here". */
  readonly srvNotOffered?: readonly string[];
  /** `--host-record=name,address` (A or AAAA). */
  readonly hosts?: ReadonlyArray<{ name: string; address: string }>;
  /** `--txt-record=name,text`. */
  readonly txt?: ReadonlyArray<{ name: string; text: string }>;
  /** `--dns-rr=name,type,hexdata`: any record, malformed ones included. */
  readonly raw?: ReadonlyArray<{ name: string; type: number; hex: string }>;
}

export function dnsmasqBinary(): string | null {
  for (const candidate of ['/usr/sbin/dnsmasq', '/usr/bin/dnsmasq', '/sbin/dnsmasq']) if (existsSync(candidate)) return candidate;
  return null;
}

export async function freeUdpPort(): Promise<number> {
  const socket = createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const { port } = socket.address();
  await new Promise<void>((resolve) => socket.close(() => resolve()));
  return port;
}

export interface Dnsmasq {
  readonly server: string;
  readonly port: number;
  /** Stops this dnsmasq and starts another on the same port with new records. */
  restart(records: DnsRecords): Promise<void>;
  stop(): Promise<void>;
}

function args(port: number, dir: string, records: DnsRecords): string[] {
  return [
    '--no-daemon', '--conf-file=/dev/null', `--port=${port}`, '--listen-address=127.0.0.1', '--bind-interfaces',
    '--no-resolv', '--no-hosts', '--local-ttl=1', `--pid-file=${join(dir, 'dnsmasq.pid')}`, '--user=root',
    ...(records.srv ?? []).map((r) => `--srv-host=${r.name},${r.target},${r.port},${r.priority},${r.weight}`),
    ...(records.srvNotOffered ?? []).map((name) => `--srv-host=${name}`),
    ...(records.hosts ?? []).map((r) => `--host-record=${r.name},${r.address}`),
    ...(records.txt ?? []).map((r) => `--txt-record=${r.name},${r.text}`),
    ...(records.raw ?? []).map((r) => `--dns-rr=${r.name},${r.type},${r.hex}`),
  ];
}

async function waitUntilServing(port: number, child: ChildProcess, output: () => string): Promise<void> {
  const resolver = new Resolver({ timeout: 200, tries: 1 });
  resolver.setServers([`127.0.0.1:${port}`]);
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`dnsmasq exited (${child.exitCode}): ${output()}`);
    try {
      await resolver.resolve4('ready.probe.invalid');
      return;
    } catch (error) {
      const code = (error as { code?: string }).code;
      // Any answer (NXDOMAIN, REFUSED) means it is listening; a timeout means not yet.
      if (code !== 'ETIMEOUT' && code !== 'ECONNREFUSED') return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`dnsmasq did not answer on port ${port}: ${output()}`);
}

export async function startDnsmasq(records: DnsRecords): Promise<Dnsmasq> {
  const binary = dnsmasqBinary();
  if (binary === null) throw new Error('dnsmasq is not installed: run `bash scripts/test-prereqs.sh` (pnpm test does) or apt-get install dnsmasq');
  const port = await freeUdpPort();
  const dir = mkdtempSync(join(tmpdir(), 'continuum-dnsmasq-'));
  let child: ChildProcess;
  let log = '';
  const launch = async (current: DnsRecords): Promise<void> => {
    log = '';
    child = spawn(binary, args(port, dir, current), { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (chunk: Buffer) => { log += chunk.toString(); });
    child.stderr?.on('data', (chunk: Buffer) => { log += chunk.toString(); });
    await waitUntilServing(port, child, () => log);
  };
  const kill = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  await launch(records);
  return {
    server: `127.0.0.1:${port}`,
    port,
    async restart(next) {
      await kill();
      await launch(next);
    },
    async stop() {
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A UDP "DNS server" that receives queries and never answers. */
export async function startSilentResolver(): Promise<{ server: string; close(): Promise<void> }> {
  const socket: Socket = createSocket('udp4');
  socket.on('message', () => undefined);
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return {
    server: `127.0.0.1:${socket.address().port}`,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}
