// The daemon's log file and log lines as `continuum logs` reads them: the file rotates at
// its size bound and keeps a bounded number of old files; an over-long line is cut; a JSON
// record becomes one human line and anything else passes unchanged.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createNodeLogger, formatLogLine, logLimits, RotatingFile } from '@continuum/daemon';
import { renderMapEntry } from '../src/commands/map/index.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});
const tempDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'continuum-log-'));
  dirs.push(dir);
  return dir;
};

describe('the node log', () => {
  it('rotates at maxBytes and keeps at most `keep` old files; cuts a line over maxLineBytes', async () => {
    const path = join(await tempDir(), 'logs', 'continuum.log');
    const file = new RotatingFile({ path, maxBytes: 1_000, keep: 2, maxLineBytes: 200 });
    const line = (n: number) => `${JSON.stringify({ n, pad: 'x'.repeat(80) })}\n`;
    for (let n = 0; n < 60; n++) file.write(line(n));
    file.write(`${'y'.repeat(500)}\n`);
    file.close();
    for (const name of [path, `${path}.1`, `${path}.2`]) expect(statSync(name).size).toBeLessThanOrEqual(1_000);
    expect(existsSync(`${path}.3`)).toBe(false);
    const current = readFileSync(path, 'utf8').trimEnd().split('\n');
    expect(current.at(-1)).toMatch(/^y+…\[cut\]$/);
    expect(Buffer.byteLength(`${current.at(-1) ?? ''}\n`)).toBeLessThanOrEqual(200);
    // The newest records survive in order across the files.
    const kept = [`${path}.2`, `${path}.1`, path].flatMap((name) => readFileSync(name, 'utf8').trimEnd().split('\n')).filter((text) => text.startsWith('{')).map((text) => (JSON.parse(text) as { n: number }).n);
    expect(kept.at(-1)).toBe(59);
    expect(kept).toEqual([...kept].sort((a, b) => a - b));
    expect(logLimits.maxLogFileBytes).toBeGreaterThan(logLimits.maxLogLineBytes);
  });

  it('writes JSON records at the level asked for, with the component, into <data dir>/logs/continuum.log', async () => {
    const dir = await tempDir();
    const { logger, file, close } = createNodeLogger({ level: 'warn', dataDir: dir, base: { node: 'n1' } });
    const raft = logger.child({ component: 'raft' });
    raft.info('not written');
    raft.warn('leader lost', { term: 3 });
    raft.error('failed', { err: new Error('disk full') });
    close();
    expect(file).toBe(join(dir, 'logs', 'continuum.log'));
    const records = readFileSync(file as string, 'utf8').trimEnd().split('\n').map((text) => JSON.parse(text) as Record<string, unknown>);
    expect(records.map((r) => [r.level, r.component, r.msg, r.node])).toEqual([[40, 'raft', 'leader lost', 'n1'], [50, 'raft', 'failed', 'n1']]);
    expect((records[1]?.err as { message: string }).message).toBe('disk full');
    expect(formatLogLine(JSON.stringify(records[0]), false)).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z WARN {2}raft: leader lost term=3$/);
    expect(formatLogLine('not json', false)).toBe('not json');
  });

  it('map get shows the siblings of a conflict and the value alone otherwise', () => {
    const entry = { key: 'k', value: 'light', values: ['light', 'dark'], siblings: 2, strategy: 'last_write_wins', clock: { a: 1, b: 1 }, timestamp: { wall_ms: 1, logical: 0, node: 'b' } };
    expect(renderMapEntry(entry).split('\n')).toEqual(['"light"', 'conflict: 2 concurrent values; last_write_wins reads the first:', '  1. "light"', '  2. "dark"']);
    expect(renderMapEntry({ ...entry, values: ['light'], siblings: 1 })).toBe('"light"');
  });
});
