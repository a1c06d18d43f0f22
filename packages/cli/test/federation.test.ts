// Two real daemon processes, a council node and a member that follows the committed log
// without being a Raft peer: both nodes' `kv watch` show the same committed changes in the
// same order, whichever node took the write; `map get` shows the siblings of concurrent
// writes made before the two nodes knew each other; the log level comes from config.yaml
// (debug records on one node; an unknown level is one line at start-up).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { built, Follower, initNode, run, runJson, startDaemon, stopDaemon, type TestNode } from './support/cli-process.js';

// Anti-entropy of the map every second instead of 30 s, so the two writers meet quickly.
const fastSync = (yaml: string) => yaml.replace(/sync_interval_seconds: [\d.]+/, 'sync_interval_seconds: 1');
const debugLog = (yaml: string) => fastSync(yaml).replace(/level: info/, 'level: debug');

describe.skipIf(!built)('continuum against a federation of two daemons', () => {
  let root: string;
  let council: TestNode;
  let member: TestNode;
  const at = (node: TestNode, ...args: string[]) => ['--data-dir', node.dir, ...args];
  const put = async (node: TestNode, key: string, value: string | undefined) => {
    const token = (await readFile(join(node.dir, 'api-token'), 'utf8')).trim();
    const response = await fetch(`http://${node.api}/v1/kv/${encodeURIComponent(key)}`, { method: value === undefined ? 'DELETE' : 'PUT', headers: { authorization: `Bearer ${token}` }, ...(value === undefined ? {} : { body: value }) });
    expect(response.status, `${key} at ${node.api}`).toBe(200);
  };

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'continuum-cli-federation-'));
    [council, member] = await Promise.all([
      initNode(join(root, 'council'), 'aarhus-1', 'leaf', 'DK-AARHUS', { council: true, configEdit: fastSync }),
      initNode(join(root, 'member'), 'odense-1', 'leaf', 'DK-ODENSE', { configEdit: debugLog }),
    ]);
    await Promise.all([startDaemon(council), startDaemon(member)]);
    // Concurrent writes to one key while the nodes do not know each other yet.
    const [red, blue] = await Promise.all([run(at(council, 'map', 'put', 'ui/colour', 'red')), run(at(member, 'map', 'put', 'ui/colour', 'blue'))]);
    expect([red.code, blue.code]).toEqual([0, 0]);
    const token = (await run(at(council, 'token', 'create'))).stdout.trim();
    const joined = await run(at(member, 'join', token));
    expect(joined.stdout).toMatch(/^joined fed-/);
  }, 90_000);
  afterAll(async () => {
    await Promise.all([stopDaemon(council), stopDaemon(member)]);
    await rm(root, { recursive: true, force: true });
  }, 30_000);

  it('every node\'s kv watch sees every committed change in the same order, wherever it was written', async () => {
    const watchers = [new Follower(['--json', ...at(council, 'kv', 'watch', '--prefix', 'fed/')]), new Follower(['--json', ...at(member, 'kv', 'watch', '--prefix', 'fed/')])];
    await Promise.all(watchers.map((watcher) => watcher.waitFor(/"type":"watching"/)));
    await put(council, 'fed/a', 'one');
    await put(member, 'fed/b', 'two');
    await put(council, 'fed/a', undefined);
    await put(member, 'fed/a', 'three');
    await Promise.all(watchers.map((watcher) => watcher.waitFor(/"value":"three"/)));
    for (const watcher of watchers) expect(await watcher.interrupt()).toBe(0);
    type Change = { type: string; key: string; value?: string; revision: number; index: number };
    const [seenAtCouncil, seenAtMember] = watchers.map((watcher) => watcher.jsonLines<Change>().filter((line) => line.type !== 'watching'));
    expect(seenAtCouncil?.map((c) => `${c.type} ${c.key} ${c.value ?? ''}`)).toEqual(['put fed/a one', 'put fed/b two', 'delete fed/a ', 'put fed/a three']);
    expect(seenAtMember).toEqual(seenAtCouncil);
    const indexes = seenAtCouncil?.map((c) => c.index) ?? [];
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
  }, 60_000);

  it('map get shows both concurrent values as siblings, and map list marks the conflict', async () => {
    type Entry = { value: unknown; values: unknown[]; siblings: number; strategy: string };
    let entry: Entry | undefined;
    const deadline = Date.now() + 40_000;
    while (Date.now() < deadline) {
      entry = await runJson<Entry>(at(council, 'map', 'get', 'ui/colour'));
      if (entry.siblings === 2) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(entry?.siblings).toBe(2);
    expect([...(entry?.values ?? [])].sort()).toEqual(['blue', 'red']);
    expect(entry?.strategy).toBe('last_write_wins');
    const human = (await run(at(council, 'map', 'get', 'ui/colour'))).stdout.trim().split('\n');
    expect(human[0]).toBe(JSON.stringify(entry?.value));
    expect(human[1]).toBe('conflict: 2 concurrent values; last_write_wins reads the first:');
    expect(human.slice(2).map((line) => line.replace(/^ {2}\d\. /, '')).sort()).toEqual(['"blue"', '"red"']);
    const list = (await run(at(council, 'map', 'list'))).stdout;
    expect(list).toMatch(/^ui\/colour\s+"(red|blue)"\s+2 values/m);
    expect(list).toContain('1 key(s) in conflict');
  }, 60_000);

  it('logs at the level of config.yaml (debug on the member), and refuses an unknown level in one line', async () => {
    type Record = { level: number; component: string; msg: string };
    const member_ = (await run(['--json', ...at(member, 'logs', '--lines', '1000')])).stdout.trim().split('\n').map((line) => JSON.parse(line) as Record);
    expect(member_.some((record) => record.level === 20)).toBe(true);
    expect(member_).toContainEqual(expect.objectContaining({ component: 'node', msg: 'joined the federation' }));
    const council_ = (await run(['--json', ...at(council, 'logs', '--lines', '1000')])).stdout.trim().split('\n').map((line) => JSON.parse(line) as Record);
    expect(council_.every((record) => record.level >= 30)).toBe(true);
    expect(council_).toContainEqual(expect.objectContaining({ component: 'node', msg: 'member added' }));
    const loud = await initNode(join(root, 'loud'), 'vejle-1', 'leaf', 'DK-VEJLE', { configEdit: (yaml) => yaml.replace(/level: info/, 'level: loud') });
    const refused = await run(at(loud, 'daemon'));
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(/^continuum: .*logging\.level/);
  }, 60_000);
});
