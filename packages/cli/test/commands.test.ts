// The operator commands against one real daemon process, through the built binary:
// id (running and from the data dir alone), kv list/watch, map, docs get/edit, query,
// alerts and campaigns (also --follow), logs (also --follow), each with its --json answer
// parsed, its exit codes, and a bad flag or a bad file as one line.
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logComponents } from '@continuum/daemon';
import { runCli } from './run-cli.js';
import { built, Follower, initNode, run, runJson, startDaemon, stopDaemon, type TestNode } from './support/cli-process.js';

const post = (id: string, text: string, at = new Date(Date.now() - 60_000).toISOString()) => JSON.stringify({ id, platform: 'forum', author: `a-${id}`, text, created_at: at });
const threat = 'I will kill you tomorrow, you are dead, watch your back';

describe.skipIf(!built)('continuum commands against a running node', () => {
  let root: string;
  let node: TestNode;
  let idle: TestNode;
  let token: string;
  const api = async (method: string, path: string, body?: string) => {
    const response = await fetch(`http://${node.api}${path}`, { method, headers: { authorization: `Bearer ${token}` }, ...(body === undefined ? {} : { body }) });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<Record<string, unknown>>;
  };
  const on = (...args: string[]) => ['--data-dir', node.dir, ...args];

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'continuum-cli-commands-'));
    [node, idle] = await Promise.all([
      initNode(join(root, 'n1'), 'aarhus-1', 'leaf', 'DK-AARHUS', { council: true }),
      initNode(join(root, 'idle'), 'odense-1', 'leaf', 'DK-ODENSE'),
    ]);
    token = (await import('node:fs')).readFileSync(join(node.dir, 'api-token'), 'utf8').trim();
    await startDaemon(node);
  }, 60_000);
  afterAll(async () => {
    await stopDaemon(node);
    await rm(root, { recursive: true, force: true });
  }, 30_000);

  it('id: the running node live, an idle one from its data dir, and a mismatch as one line', async () => {
    const [live, offline, mismatch] = await Promise.all([
      runJson<{ peer_id: string; name: string; tier: string; territory: string; addresses: string[]; running: boolean }>(on('id')),
      runJson<{ peer_id: string; addresses: string[]; running: boolean; api: string }>(['--data-dir', idle.dir, 'id']),
      run(['--data-dir', idle.dir, '--api', node.api, 'id'], { env: { CONTINUUM_API_TOKEN: token } }),
    ]);
    expect(live).toMatchObject({ peer_id: node.peerId, name: 'aarhus-1', tier: 'leaf', territory: 'DK-AARHUS', running: true });
    expect(live.addresses.length).toBeGreaterThan(0);
    for (const address of live.addresses) expect(address).toMatch(new RegExp(`^/ip4/127\\.0\\.0\\.1/tcp/\\d+/p2p/${node.peerId}$`));
    expect(offline).toMatchObject({ peer_id: idle.peerId, running: false, api: idle.api });
    expect(offline.addresses).toEqual([expect.stringMatching(new RegExp(`/p2p/${idle.peerId}$`))]);
    expect(mismatch.code).toBe(1);
    expect(mismatch.stderr.split('\n')[0]).toMatch(new RegExp(`^continuum: the node at ${node.api} is ${node.peerId}, not the node of`));
  }, 60_000);

  it('kv watch streams committed changes of a prefix and of a key in order, replays from a revision, ends 0 on Ctrl-C', async () => {
    const prefix = new Follower(['--json', ...on('kv', 'watch', '--prefix', 'cfg/')]);
    const key = new Follower(on('kv', 'watch', 'cfg/a'));
    await Promise.all([prefix.waitFor(/"type":"watching"/), key.waitFor(/^watching cfg\/a from revision \d+/m)]);
    await api('PUT', '/v1/kv/cfg%2Fa', 'one');
    await api('PUT', '/v1/kv/other', 'not watched');
    await api('PUT', '/v1/kv/cfg%2Fb', 'two');
    await api('DELETE', '/v1/kv/cfg%2Fa');
    await prefix.waitFor(/"type":"delete"/);
    await key.waitFor(/^DELETE cfg\/a/m);
    expect(await prefix.interrupt()).toBe(0);
    expect(await key.interrupt()).toBe(0);
    type Line = { type: string; key: string; value?: string; revision: number };
    const changes = prefix.jsonLines<Line>().filter((line) => line.type !== 'watching');
    expect(changes.map((c) => `${c.type} ${c.key} ${c.value ?? ''}`)).toEqual(['put cfg/a one', 'put cfg/b two', 'delete cfg/a ']);
    const revisions = changes.map((c) => c.revision);
    expect(revisions).toEqual([...revisions].sort((a, b) => a - b));
    expect(new Set(revisions).size).toBe(3);
    expect(key.stdout.trim().split('\n')).toEqual([`PUT cfg/a = one (revision ${revisions[0]})`, `DELETE cfg/a (revision ${revisions[2]})`]);
    // From the first change's revision on: the same changes again, from the node's history.
    const replay = new Follower(['--json', ...on('kv', 'watch', '--prefix', 'cfg/', '--rev', String(revisions[0]))]);
    await replay.waitFor(/"type":"delete"/);
    expect(await replay.interrupt()).toBe(0);
    expect(replay.jsonLines<Line>().filter((line) => line.type !== 'watching')).toEqual(changes);
    const listed = await runJson<{ keys: Array<{ key: string; version: number }> }>(on('kv', 'list', '--prefix', 'cfg/'));
    expect(listed.keys.map((k) => k.key)).toEqual(['cfg/b']);
    // maxKvWatchersCount: the node serves 64 watches at once; one more is refused in one line.
    const holders = Array.from({ length: 64 }, () => new AbortController());
    const streams = await Promise.all(holders.map((holder) => fetch(`http://${node.api}/v1/kv?watch=true&prefix=x`, { headers: { authorization: `Bearer ${token}` }, signal: holder.signal })));
    expect(streams.map((response) => response.status)).toEqual(holders.map(() => 200));
    const refused = await run(on('kv', 'watch', 'cfg/a'));
    expect(refused).toMatchObject({ code: 1, stderr: 'continuum: 64 watches are open on this node [LIMIT_EXCEEDED]\n' });
    for (const holder of holders) holder.abort();
    const usage = await run(on('kv', 'watch', 'cfg/a', '--prefix', 'cfg/'));
    expect(usage).toMatchObject({ code: 2, stderr: 'continuum: give a key or --prefix P (not both)\n' });
  }, 60_000);

  it('map put/get/list/del with --json; a missing key and bad JSON are one line', async () => {
    const [theme, lang] = await Promise.all([run(on('map', 'put', 'ui/theme', '{"mode":"dark"}')), run(on('map', 'put', 'ui/lang', 'da'))]);
    expect([theme.stdout, lang.stdout]).toEqual(['OK\n', 'OK\n']);
    const entry = await runJson<{ key: string; value: unknown; values: unknown[]; siblings: number; strategy: string }>(on('map', 'get', 'ui/theme'));
    expect(entry).toMatchObject({ key: 'ui/theme', value: { mode: 'dark' }, siblings: 1, strategy: 'last_write_wins' });
    const [list, human, badJson] = await Promise.all([
      runJson<{ keys: Array<{ key: string; value: unknown }> }>(on('map', 'list', '--prefix', 'ui/')),
      run(on('map', 'get', 'ui/lang')),
      run(on('map', 'put', 'x', '{oops')),
    ]);
    expect(list.keys.map((k) => [k.key, k.value])).toEqual([['ui/lang', 'da'], ['ui/theme', { mode: 'dark' }]]);
    expect(human.stdout).toBe('"da"\n');
    expect(badJson.code).toBe(2);
    expect(badJson.stderr.trim().split('\n')).toHaveLength(1);
    expect((await run(on('map', 'del', 'ui/lang'))).code).toBe(0);
    const missing = await run(on('map', 'get', 'ui/lang'));
    expect(missing).toMatchObject({ code: 1, stderr: 'continuum: no key ui/lang [NOT_FOUND]\n' });
  }, 60_000);

  it('docs edit from a file, standard input and $EDITOR; docs get; a bad file is one line, exit 1', async () => {
    const file = join(root, 'watchlist.json');
    await writeFile(file, JSON.stringify({ terms: ['harbour'], hashtags: ['#ferry'] }));
    const [saved, notes] = await Promise.all([
      runJson<{ name: string; changed: boolean }>(on('docs', 'edit', 'watchlist', '--set-file', file)),
      run(on('docs', 'edit', 'notes', '--set-file', '-'), { input: '{"text":"hello"}' }),
    ]);
    expect(saved).toMatchObject({ name: 'watchlist', changed: true });
    expect(notes.code).toBe(0);
    expect(await runJson<{ content: unknown }>(on('docs', 'get', 'watchlist'))).toMatchObject({ content: { terms: ['harbour'], hashtags: ['#ferry'] } });
    // An "editor" that changes the text it is given, as a user would.
    const editor = join(root, 'editor.sh');
    await writeFile(editor, '#!/bin/sh\nsed -i "s/harbour/bridge/" "$1"\n');
    await chmod(editor, 0o755);
    const edited = await run(on('docs', 'edit', 'watchlist'), { env: { EDITOR: editor, VISUAL: '' } });
    expect(edited.stdout).toMatch(/^saved watchlist/);
    const unchanged = await run(['--json', ...on('docs', 'edit', 'notes')], { env: { EDITOR: 'true' } });
    expect(JSON.parse(unchanged.stdout)).toEqual({ name: 'notes', changed: false });
    const [after, names, missing, notObject] = await Promise.all([
      run(on('docs', 'get', 'watchlist')),
      runJson<{ docs: string[] }>(on('docs', 'list')),
      run(on('docs', 'edit', 'notes', '--set-file', join(root, 'nope.json'))),
      run(on('docs', 'edit', 'notes', '--set-file', '-'), { input: '[1, 2]' }),
    ]);
    expect(JSON.parse(after.stdout)).toEqual({ terms: ['bridge'], hashtags: ['#ferry'] });
    expect(names.docs).toEqual(expect.arrayContaining(['watchlist', 'notes']));
    expect(missing).toMatchObject({ code: 1, stderr: `continuum: cannot read ${join(root, 'nope.json')}: no such file\n` });
    expect(notObject.code).toBe(1);
    expect(notObject.stderr.trim().split('\n')).toHaveLength(1);
  }, 60_000);

  it('query counts the subtree by category, language and territory with top hashtags; alerts and campaigns list; --follow shows a new alert', async () => {
    const ingested = await run(['--json', ...on('ingest', '-')], {
      input: [post('q1', 'Lovely concert in the park tonight #music #summer'), post('q2', 'The harbour bus is late again today #transit #music'), post('q3', `${threat} #threat`)].join('\n'),
    });
    expect(JSON.parse(ingested.stdout)).toMatchObject({ lines: 3 });
    const [query, alerts, campaigns, humanQuery] = await Promise.all([
      runJson<{ totals: { posts: number; by_category: Record<string, number>; by_language: Record<string, number>; by_territory: Record<string, number> }; series: Array<{ posts: number }>; top_hashtags: Array<{ tag: string; count: number }> }>(on('query', '--from', '1d', '--bucket', '1h')),
      runJson<{ alerts: Array<{ severity: string; territory: string; categories: string[] }> }>(on('alerts', '--from', '1d')),
      runJson<{ campaigns: unknown[] }>(on('campaigns')),
      run(on('query')),
    ]);
    expect(query.totals.posts).toBe(3);
    expect(query.totals.by_territory).toEqual({ 'DK-AARHUS': 3 });
    expect(Object.values(query.totals.by_language).reduce((a, b) => a + b, 0)).toBe(3);
    expect(query.totals.by_category.threat).toBeGreaterThan(0);
    expect(query.top_hashtags[0]).toEqual({ tag: 'music', count: 2 });
    expect(query.series.reduce((sum, row) => sum + row.posts, 0)).toBe(3);
    expect(alerts.alerts).toHaveLength(1);
    expect(alerts.alerts[0]).toMatchObject({ territory: 'DK-AARHUS', categories: expect.arrayContaining(['threat']) });
    expect(campaigns.campaigns).toEqual([]);
    expect(humanQuery.stdout).toMatch(/^posts: +3$/m);
    expect(humanQuery.stdout).toMatch(/^#music +2$/m);

    const follow = new Follower(['--json', ...on('alerts', '--follow')]);
    await follow.waitFor(/following new alerts/);
    const stored = await api('POST', '/v1/posts', post('q4', `${threat} again #threat`));
    const cid = (stored.stored as Array<{ cid: string }>)[0]?.cid as string;
    await follow.waitFor(new RegExp(cid));
    expect(await follow.interrupt()).toBe(0);
    const lines = follow.jsonLines<{ cid: string; severity: string }>();
    expect(lines.map((line) => line.cid)).toContain(cid);
    expect(new Set(lines.map((line) => line.cid)).size).toBe(lines.length);
  }, 90_000);

  it('--help of every new command has examples; bad flags are one line, exit 2', async () => {
    const commands = [['id'], ['kv', 'watch'], ['kv', 'list'], ['map', 'get'], ['map', 'put'], ['map', 'del'], ['map', 'list'], ['docs', 'get'], ['docs', 'edit'], ['docs', 'list'], ['query'], ['alerts'], ['campaigns'], ['logs']];
    for (const command of commands) {
      const help = await runCli([...command, '--help']);
      expect(help.code, command.join(' ')).toBe(0);
      expect(help.out, command.join(' ')).toContain('Examples:');
      const bad = await runCli([...command, '--bogus']);
      expect(bad.code, command.join(' ')).toBe(2);
      expect(bad.err.trim().split('\n'), command.join(' ')).toHaveLength(1);
    }
    for (const argv of [['query', '--from', 'yesterday'], ['query', '--bucket', 'soon'], ['logs', '--level', 'loud'], ['logs', '--lines', '-3']]) {
      const bad = await runCli(argv);
      expect(bad.code, argv.join(' ')).toBe(2);
      expect(bad.err.trim().split('\n'), argv.join(' ')).toHaveLength(1);
    }
    const logsHelp = (await runCli(['logs', '--help'])).out;
    for (const component of logComponents) expect(logsHelp).toContain(component);
    const binary = await run(on('alerts', '--follow', '--bogus'));
    expect(binary.code).toBe(2);
    expect(binary.stderr.trim().split('\n')).toHaveLength(1);
  }, 60_000);

  it('logs shows the node log from the data dir, filters by level, and --follow sees the node stop', async () => {
    type LogLine = { level: number; component: string; msg: string };
    const [allOut, lastOut, raftOut] = await Promise.all([run(['--json', ...on('logs', '--lines', '500')]), run(['--json', ...on('logs', '--lines', '2')]), run(on('logs', '--component', 'raft'))]);
    const all = allOut.stdout.trim().split('\n').map((line) => JSON.parse(line) as LogLine);
    expect(all).toContainEqual(expect.objectContaining({ component: 'node', msg: 'started' }));
    expect(all).toContainEqual(expect.objectContaining({ component: 'raft', msg: 'leader changed' }));
    expect(all).toContainEqual(expect.objectContaining({ component: 'api', msg: 'API listening' }));
    const last = lastOut.stdout.trim().split('\n');
    expect(last).toHaveLength(2);
    const raft = raftOut.stdout.trim().split('\n');
    for (const line of raft) expect(line).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z (TRACE|DEBUG|INFO |WARN |ERROR|FATAL) raft: /);
    const follow = new Follower(['--json', ...on('logs', '--follow', '--lines', '0', '--level', 'info')]);
    await follow.waitFor(/following .*continuum\.log/);
    await stopDaemon(node);
    await follow.waitFor(/"msg":"stopped"/);
    expect(await follow.interrupt()).toBe(0);
    expect(follow.jsonLines<LogLine>().map((line) => line.msg)).toEqual(expect.arrayContaining(['stopping', 'stopped']));
    const missing = await run(['--data-dir', join(root, 'nowhere'), 'logs']);
    expect(missing.code).toBe(1);
    expect(missing.stderr.split('\n')[0]).toBe(`continuum: no log at ${join(root, 'nowhere', 'logs', 'continuum.log')}`);
  }, 60_000);
});
