import { spawnSync } from 'node:child_process';
import { cpus, loadavg, release, totalmem } from 'node:os';

/** One paragraph about the machine and runtime, for the head of RESULTS.md. */
export function describeMachine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Linux ${release()}, Node ${process.version}`;
}

/** The first line of `command args` that matches `pattern`, or "not installed". */
function versionOf(command: string, args: string[], pattern: RegExp): string {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 5_000 });
  if (result.error !== undefined || result.status !== 0) return 'not installed';
  const match = pattern.exec(`${result.stdout}\n${result.stderr}`);
  return match?.[1] ?? 'unknown';
}

/** Versions of the anchors' servers, as the bench found them on PATH. */
export function describeAnchors(): string {
  const etcd = versionOf('etcd', ['--version'], /etcd Version:\s*(\S+)/);
  // Debian's serf prints its version alone on the first line ("0.8.2-dev"); upstream prints "Serf v0.10.1".
  const serf = versionOf('serf', ['version'], /^\s*(?:Serf\s+)?v?(\S+)/i);
  return `etcd ${etcd}, serf ${serf}`;
}

/** Load average (1 min) and CPU count: other load present while the figures were taken. */
export function describeLoad(): string {
  return `load average ${loadavg()[0]?.toFixed(2) ?? '?'} on ${cpus().length} cores`;
}
