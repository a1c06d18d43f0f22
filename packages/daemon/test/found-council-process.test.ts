// Founding a federation with three council voters at once, through the CLI and real
// daemon processes: `init` on each (an identity), `found` on each with the same list and
// federation id (equal founding digests), then the daemons elect a leader among the three
// voters, each founder replaces its placeholder record with its own name, tier and
// territory, and the KV works from every founder. A list that leaves the node out is refused.
import { afterAll, describe, expect, it } from 'vitest';
import { founderName } from '../src/raft-driver/bootstrap.js';
import { ProcessCluster, cliBuilt, runCli, waitFor } from './support/process-cluster.js';
import type { ProcNode } from './support/process-cluster.js';

const cluster = new ProcessCluster();

afterAll(async () => {
  await cluster.stop();
}, 60_000);

interface MemberView {
  readonly peerId: string;
  readonly name: string;
  readonly tier: string;
  readonly territory: string;
  readonly council: boolean;
}

describe.skipIf(!cliBuilt())('founding a council of three', () => {
  it('founds from one list on every founder, elects among the three, and each founder describes itself', async () => {
    await cluster.init();
    const placements = [
      { name: 'dk-national', tier: 'national', territory: 'DK' },
      { name: 'se-national', tier: 'national', territory: 'SE' },
      { name: 'world', tier: 'global', territory: 'GLOBAL' },
    ];
    const founders: ProcNode[] = [];
    for (const placement of placements) founders.push(await cluster.add(placement.name, ['--discovery', 'bootstrap'], placement));
    const list = founders.flatMap((node) => ['--council-peer', cluster.address(node)]);

    // A list without this node is refused, and leaves the node as it was.
    const outsider = await cluster.add('outsider', ['--discovery', 'bootstrap']);
    await expect(runCli(['--json', '--data-dir', outsider.dataDir, 'found', '--federation-id', 'fed-three', ...list])).rejects.toThrow(/not in the founding council|lists other founders/);

    const digests = new Set<string>();
    for (const node of founders) {
      const out = JSON.parse(await runCli(['--json', '--data-dir', node.dataDir, 'found', '--federation-id', 'fed-three', ...list])) as { digest: string; voters: string[] };
      expect([...out.voters].sort()).toEqual(founders.map((founder) => founder.peerId).sort());
      digests.add(out.digest);
    }
    expect(digests.size).toBe(1);

    // Each founder finds the others through bootstrap discovery.
    for (const node of founders) {
      await cluster.configure(node, (config) => ({
        ...config, federation: { ...config.federation, discovery: { ...config.federation.discovery, bootstrap_nodes: founders.filter((other) => other !== node).map((other) => cluster.address(other)) } },
      }));
    }
    await Promise.all(founders.map((node) => cluster.start(node)));

    const leader = await waitFor('a leader among the founders', async () => {
      for (const node of founders) {
        const status = await cluster.raft(node).catch(() => undefined);
        if (status?.role === 'leader') return { node, status };
      }
      return undefined;
    }, 30_000);
    expect([...leader.status.voters].sort()).toEqual(founders.map((node) => node.peerId).sort());

    // Placeholders first (founderName, global), then every record as its founder's config says.
    const described = await waitFor('every founder to describe itself', async () => {
      const members = (await cluster.api<{ members: MemberView[] }>(founders[2] as ProcNode, 'GET', '/v1/members')).body.members;
      return members.every((member) => member.name !== founderName(member.peerId)) ? members : undefined;
    }, 30_000);
    for (const [i, node] of founders.entries()) {
      const record = described.find((member) => member.peerId === node.peerId);
      expect(record).toMatchObject({ name: placements[i]?.name, tier: placements[i]?.tier, territory: placements[i]?.territory, council: true });
    }
    expect(described).toHaveLength(3);

    for (const [i, node] of founders.entries()) {
      const put = await cluster.api<{ index: number }>(node, 'PUT', `/v1/kv/founded%2F${i}`, `by ${node.name}`);
      expect(put.status, node.name).toBe(200);
    }
    for (const node of founders) {
      for (const [i, writer] of founders.entries()) {
        expect(await cluster.api<string>(node, 'GET', `/v1/kv/founded%2F${i}`)).toEqual({ status: 200, body: `by ${writer.name}` });
      }
    }
  }, 180_000);
});
