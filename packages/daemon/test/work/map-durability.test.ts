// A /v1/map write is acknowledged only once it is on disk: read map.bin straight after the
// answers (the sync round, which also saves, is an hour away here).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { apply, createFederationState } from '../../src/federation/index.js';
import { initDataDir } from '../../src/identity/data-dir.js';
import { MapReplication } from '../../src/map/map-replication.js';
import { mapStateFile } from '../../src/map/map-service.js';
import { createNode, type ContinuumNode } from '../../src/node/index.js';
import { ConsensusTestDouble } from '../support/consensus-double.js';

let node: ContinuumNode | undefined;
let dir = '';

afterAll(async () => {
  await node?.stop();
  if (dir !== '') await rm(dir, { recursive: true, force: true });
});

describe('/v1/map durability', () => {
  it('every acknowledged PUT and DELETE is in map.bin when its answer arrives, concurrent writes included', async () => {
    dir = await mkdtemp(join(tmpdir(), 'continuum-map-durable-'));
    const dataDir = join(dir, 'data');
    const opened = await initDataDir({
      config: {
        node: { name: 'm-1', tier: 'leaf', territory: 'DK-AARHUS', data_dir: dataDir, listen: ['/ip4/127.0.0.1/tcp/0'], api: '127.0.0.1:7700' },
        federation: { gossip: { sync_interval_seconds: 3600 }, discovery: { enabled_methods: [] } },
      },
    });
    const self = opened.identity.peerId.toString();
    const state = createFederationState();
    const result = apply(state, { atMs: 1, proposer: self, bootstrap: { federationId: 'fed-map-durable', members: [{ peerId: self, name: 'm-1', tier: 'leaf', territory: 'DK-AARHUS', council: true }] } });
    if (!result.ok) throw new Error(result.reason);
    node = createNode(opened.config, { apiPortOverride: 0, consensus: () => new ConsensusTestDouble(state, self) });
    await node.start();
    const call = (path: string, init: RequestInit = {}) => fetch(`http://127.0.0.1:${node!.api.port}${path}`, { ...init, headers: { authorization: `Bearer ${opened.apiToken}` } });
    const onDisk = async () => {
      const replica = new MapReplication({ node: 'reader', strategy: 'last_write_wins', wallClockMs: Date.now, broadcast: () => undefined });
      replica.apply(new Uint8Array(await readFile(join(dataDir, mapStateFile))));
      return replica;
    };

    expect((await call('/v1/map/first', { method: 'PUT', body: '1' })).status).toBe(200);
    expect((await onDisk()).get('first')?.value).toBe(1);

    // Concurrent writes share saves (group commit); each is on disk when answered.
    await Promise.all(Array.from({ length: 20 }, async (_, i) => {
      const response = await call(`/v1/map/k${i}`, { method: 'PUT', body: JSON.stringify({ i }) });
      expect(response.status).toBe(200);
      expect((await onDisk()).get(`k${i}`)?.value).toEqual({ i });
    }));

    expect((await call('/v1/map/first', { method: 'DELETE' })).status).toBe(200);
    expect((await onDisk()).get('first')).toBeUndefined();
  });
});
