// The README's main command, as a user runs it: `continuum demo` starts 8 daemon
// processes (1 global, 1 national, 2 regional, 4 leaves) and feeds the leaves. While it
// runs: the CLI's commands against its real daemons, and the web page of the global node
// in Debian's headless Chromium (screenshot under .test-output/). Then Ctrl-C (SIGINT)
// stops every process and the demo exits 0.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = new URL('../dist/continuum.js', import.meta.url).pathname;
const repoRoot = new URL('../../../', import.meta.url).pathname;
const chromium = '/usr/bin/chromium';

interface RunningDemo {
  child: ChildProcess;
  output: string;
  web: string;
  apis: string[];
  dataDirs: string[];
}

/** A user's PATH in a fresh clone: no `continuum` command on it (pnpm puts node_modules/.bin on the test's PATH). */
const pathWithoutContinuum = (process.env.PATH ?? '').split(delimiter).filter((dir) => dir !== '' && !existsSync(join(dir, 'continuum'))).join(delimiter);

function startDemo(): Promise<RunningDemo> {
  const child = spawn(process.execPath, [bin, 'demo', '--seconds', '600', '--posts', '60'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PATH: pathWithoutContinuum } });
  const demo: RunningDemo = { child, output: '', web: '', apis: [], dataDirs: [] };
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      demo.output += chunk.toString();
      const web = /Web page of the global node:\s+(\S+)/.exec(demo.output);
      if (web && demo.output.includes('Ctrl-C stops every node')) {
        demo.web = web[1] as string;
        demo.apis = [...demo.output.matchAll(/api (127\.0\.0\.1:\d+)\s+posts counted/g)].map((m) => m[1] as string);
        demo.dataDirs = [...new Set([...demo.output.matchAll(/--data-dir (\S+)/g)].map((m) => m[1] as string))];
        resolve(demo);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`demo exited early (${code}):\n${demo.output}`)));
  });
}

const cli = (args: string[]) => promisify(execFile)(process.execPath, [bin, ...args], { timeout: 30_000 });

describe.skipIf(!existsSync(bin))('continuum demo', () => {
  let demo: RunningDemo;
  beforeAll(async () => {
    demo = await startDemo();
  }, 240_000);
  afterAll(() => {
    if (demo?.child.exitCode === null) demo.child.kill('SIGKILL');
  });

  it('brings up 8 nodes and metadata reaches the global node', () => {
    expect(demo.output).toContain('✔ metadata reached the global node');
    expect(demo.apis).toHaveLength(8);
    const global = /global\s+global-1\s+GLOBAL\s+api \S+\s+posts counted: (\d+)/.exec(demo.output);
    expect(Number(global?.[1])).toBeGreaterThan(0);
  });

  it('answers the CLI: status and members as JSON, the members table by name', async () => {
    const [globalApi] = demo.apis;
    const globalDir = demo.dataDirs.find((dir) => dir.endsWith('global-1')) as string;
    const status = JSON.parse((await cli(['--json', '--api', globalApi as string, '--data-dir', globalDir, 'status'])).stdout) as { tier: string; name: string };
    expect(status).toMatchObject({ tier: 'global', name: 'global-1' });
    const members = JSON.parse((await cli(['--json', '--api', globalApi as string, '--data-dir', globalDir, 'members'])).stdout) as { members: Array<{ name: string; parent: string | null }> };
    expect(members.members.map((m) => m.name).sort()).toEqual(['buf', 'global-1', 'la', 'nyc', 'sf', 'us', 'us-ca', 'us-ny']);
    const table = (await cli(['--api', globalApi as string, '--data-dir', globalDir, 'members'])).stdout;
    expect(table.split('\n')[0]).toMatch(/^PEERID\s+NAME/i);
    const tree = (await cli(['--api', globalApi as string, '--data-dir', globalDir, 'tree'])).stdout.trimEnd().split('\n');
    expect(tree[0]).toMatch(/^global-1 \(global, GLOBAL\)/);
    expect(tree).toHaveLength(8);
    expect(tree.filter((line) => /^ {4}[├└]── us-(ca|ny) /.test(line))).toHaveLength(2);
  }, 60_000);

  it('prints "try next" commands that run as printed in another shell, without continuum on the PATH', async () => {
    const hints = demo.output.slice(demo.output.indexOf('Try next')).split('\n').filter((line) => line.startsWith('    ')).map((line) => line.trim());
    const put = hints.find((line) => line.endsWith('kv put greeting hello'));
    const get = hints.find((line) => line.endsWith('kv get greeting'));
    expect(put?.startsWith(`${bin} `)).toBe(true);
    const shell = (line: string) => promisify(execFile)('sh', ['-c', line], { timeout: 30_000, env: { ...process.env, PATH: pathWithoutContinuum } });
    await shell(put as string);
    expect((await shell(get as string)).stdout).toContain('hello');
  }, 60_000);

  it.skipIf(!existsSync(chromium))('shows the tree with all 8 nodes and a non-zero count in headless Chromium', async () => {
    const { chromium: playwright } = await import('playwright-core');
    const browser = await playwright.launch({
      executablePath: chromium,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(demo.web);
      // Locators, not page functions: the page's CSP (script-src 'self') forbids evaluating strings.
      await expect.poll(() => page.locator('#tree [data-peer]').count(), { timeout: 30_000 }).toBe(8);
      await expect.poll(async () => (await page.locator('#totals').textContent()) ?? '', { timeout: 30_000 }).toMatch(/^[1-9]\d* posts/);
      const names = await page.locator('#tree [data-peer]').allTextContents();
      for (const name of ['global-1', 'us', 'us-ca', 'us-ny', 'sf', 'la', 'nyc', 'buf']) expect(names.some((text) => text.startsWith(name))).toBe(true);
      const dir = join(repoRoot, '.test-output');
      mkdirSync(dir, { recursive: true });
      await page.screenshot({ path: join(dir, 'web-page.png'), fullPage: true });
    } finally {
      await browser.close();
    }
  }, 90_000);

  it('stops every node on Ctrl-C and exits 0', async () => {
    const exited = new Promise<number | null>((resolve) => demo.child.once('exit', resolve));
    demo.child.kill('SIGINT');
    expect(await exited).toBe(0);
    for (const api of demo.apis) await expect(fetch(`http://${api}/health/live`, { signal: AbortSignal.timeout(2_000) })).rejects.toThrow();
  }, 60_000);
});
