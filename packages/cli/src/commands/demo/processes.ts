import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The `continuum` executable of this build (the bundle, scripts/bundle.mjs): demo nodes are
 * `continuum daemon` processes of the same build. Found from the package's root, since this
 * module may itself be running inside that bundle.
 */
export const cliBin = fileURLToPath(new URL('dist/continuum.js', pathToFileURL(createRequire(import.meta.url).resolve('@continuum/cli/package.json'))));

export async function freePort(taken: Set<number>): Promise<number> {
  for (;;) {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    if (port !== 0 && !taken.has(port)) {
      taken.add(port);
      return port;
    }
  }
}

/** Runs `continuum ARGS` to completion and returns its stdout; throws with its stderr on failure. */
export async function runContinuum(args: readonly string[]): Promise<string> {
  const child = spawn(process.execPath, [cliBin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`continuum ${args.join(' ')} failed (${code}): ${err.trim().split('\n')[0] ?? ''}`);
  return out;
}

/** Starts `continuum daemon` and resolves once it printed its ready line. */
export function startDaemon(dataDir: string, log: (text: string) => void): Promise<ChildProcess> {
  const child = spawn(process.execPath, [cliBin, '--data-dir', dataDir, 'daemon'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      log(text);
      output += text;
      if (output.includes('ready ')) resolve(child);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`a daemon in ${dataDir} exited (${code}) before it was ready: ${output.trim().split('\n').slice(-3).join(' | ')}`)));
  });
}

/** SIGTERM, then SIGKILL after a grace period. */
export async function stopProcess(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
