// Runs the built `continuum` binary (packages/cli/dist/continuum.js, the bundle) and real daemons for the
// command tests: init a data dir on free loopback ports, start `continuum daemon`, run
// commands, follow long-running ones and stop them with SIGINT like Ctrl-C.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';

export const bin = new URL('../../dist/continuum.js', import.meta.url).pathname;
export const built = existsSync(bin);

export interface Result {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the binary to completion; never throws for a non-zero exit. */
export function run(args: readonly string[], options: { input?: string; env?: Record<string, string> } = {}): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [bin, ...args], { timeout: 60_000, env: { ...process.env, ...options.env } }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof (error as { code?: unknown }).code === 'number' ? (error as { code: number }).code : -1;
      if (code === -1) reject(error);
      else resolve({ code, stdout, stderr });
    });
    if (options.input !== undefined) child.stdin?.end(options.input);
    else child.stdin?.end();
  });
}

/** Runs the binary and parses its --json answer (fails the test with stderr otherwise). */
export async function runJson<T>(args: readonly string[]): Promise<T> {
  const result = await run(['--json', ...args]);
  if (result.code !== 0) throw new Error(`continuum ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface TestNode {
  readonly dir: string;
  readonly api: string;
  readonly peerId: string;
  daemon?: ChildProcess;
}

/** `continuum init` on free ports; `configEdit` may change config.yaml before the daemon reads it. */
export async function initNode(dir: string, name: string, tier: string, territory: string, options: { council?: boolean; configEdit?: (yaml: string) => string } = {}): Promise<TestNode> {
  const [p2p, api] = [await freePort(), await freePort()];
  const answer = await runJson<{ peer_id: string }>(['--data-dir', dir, 'init', '--name', name, '--tier', tier, '--territory', territory, ...(options.council === true ? ['--council'] : []),
    '--listen', `/ip4/127.0.0.1/tcp/${p2p}`, '--node-api', `127.0.0.1:${api}`, '--discovery', 'bootstrap']);
  if (options.configEdit !== undefined) {
    const file = `${dir}/config.yaml`;
    await writeFile(file, options.configEdit(await readFile(file, 'utf8')));
  }
  return { dir, api: `127.0.0.1:${api}`, peerId: answer.peer_id };
}

/** Starts `continuum daemon` and resolves once it printed its ready line. */
export function startDaemon(node: TestNode): Promise<void> {
  const child = spawn(process.execPath, [bin, '--data-dir', node.dir, 'daemon'], { stdio: ['ignore', 'pipe', 'pipe'] });
  node.daemon = child;
  let out = '';
  child.stderr.resume();
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('ready ')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`daemon in ${node.dir} exited ${code}`)));
  });
}

export async function stopDaemon(node: TestNode): Promise<void> {
  const child = node.daemon;
  if (child === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** A long-running command (watch, --follow): its output so far, a wait for a line, and Ctrl-C. */
export class Follower {
  readonly child: ChildProcess;
  stdout = '';
  stderr = '';
  private readonly exited: Promise<number | null>;

  constructor(args: readonly string[]) {
    this.child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child.stdout?.on('data', (chunk: Buffer) => (this.stdout += chunk.toString()));
    this.child.stderr?.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
  }

  /** Resolves once `pattern` matches stdout or stderr; rejects when the process exits first or after `timeoutMs`. */
  async waitFor(pattern: RegExp, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!pattern.test(this.stdout) && !pattern.test(this.stderr)) {
      if (this.child.exitCode !== null) throw new Error(`exited ${this.child.exitCode} before ${pattern}: ${this.stderr}`);
      if (Date.now() > deadline) throw new Error(`no ${pattern} within ${timeoutMs} ms; stdout: ${this.stdout} stderr: ${this.stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** The stdout lines parsed as JSON. */
  jsonLines<T>(): T[] {
    return this.stdout.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as T);
  }

  /** Ctrl-C; resolves with the exit code. */
  async interrupt(): Promise<number | null> {
    if (this.child.exitCode === null) this.child.kill('SIGINT');
    return this.exited;
  }
}
