// Council repair with real daemon processes: a council of 3 and two members (which know
// the leader from its heartbeats, so they are healthy and ready); a voter is killed with
// -9 and stays away: once it is DEAD for council_replace_after, the leader
// promotes a healthy member and then removes the dead voter, so the council is 3 live
// voters again, and it keeps a quorum when a second original voter dies. The replaced
// voter, started again, follows the log as an ordinary member.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcessCluster, cliBuilt, waitFor } from './support/process-cluster.js';
import type { ProcNode } from './support/process-cluster.js';

const cluster = new ProcessCluster();
let council: ProcNode[] = [];
let members: ProcNode[] = [];

const leaderOf = (nodes: readonly ProcNode[]): Promise<ProcNode | undefined> => cluster.leaderOf(nodes);

describe.skipIf(!cliBuilt())('council repair', () => {
  beforeAll(async () => {
    await cluster.init();
    const fast = { health_check_interval: 0.5, unhealthy_threshold: 2, council_size: 3, council_replace_after: 2 };
    ({ council, members } = await cluster.formFederation('fed-repair', ['c1', 'c2', 'c3'], ['m1', 'm2'], (config) => ({
      ...config, federation: { ...config.federation, coordinator: { ...config.federation.coordinator, ...fast } },
    })));
  }, 120_000);

  afterAll(async () => {
    await cluster.stop();
  }, 60_000);

  it('members that are not Raft peers know the leader from its heartbeats: healthy and ready', async () => {
    const leader = await waitFor('a leader', () => leaderOf(council));
    for (const member of members) {
      const ready = await waitFor(`${member.name} ready`, async () => {
        const answer = await cluster.api<{ ready: boolean; leader_id: string | null }>(member, 'GET', '/health/ready');
        return answer.status === 200 ? answer.body : undefined;
      }, 20_000, 100);
      expect(ready.leader_id).toBe(leader.peerId);
      const health = await cluster.api<{ healthy: boolean; components: { raft: { healthy: boolean; leader_id: string | null } } }>(member, 'GET', '/health');
      expect(health.status).toBe(200);
      expect(health.body.components.raft).toMatchObject({ healthy: true, leader_id: leader.peerId });
    }
  }, 60_000);

  it('replaces a voter that stays dead with a healthy member, and keeps a quorum through a second failure', async () => {
    const leader = await waitFor('a leader', () => leaderOf(council));
    const [lost, other] = council.filter((node) => node !== leader) as [ProcNode, ProcNode];
    cluster.kill9(lost);
    const repaired = await waitFor('the council repaired', async () => {
      const status = await cluster.raft(leader);
      return status.voters.length === 3 && !status.voters.includes(lost.peerId) && status.learners.length === 0 ? status : undefined;
    }, 60_000, 100);
    const promoted = members.find((node) => repaired.voters.includes(node.peerId));
    expect(promoted).toBeDefined();
    expect([...repaired.voters].sort()).toEqual([leader.peerId, other.peerId, promoted?.peerId].sort());
    const listed = (await cluster.api<{ members: Array<{ peerId: string; council: boolean; status: string }> }>(leader, 'GET', '/v1/members')).body.members;
    expect(listed.find((member) => member.peerId === lost.peerId)).toMatchObject({ council: false, status: 'DEAD' });
    expect(listed.find((member) => member.peerId === promoted?.peerId)).toMatchObject({ council: true });

    // A second original voter dies: the leader and the promoted member are still a quorum.
    cluster.kill9(other);
    const survivors = [leader, promoted as ProcNode];
    const put = await waitFor('a write after the second failure', async () => {
      const writer = await leaderOf(survivors);
      if (writer === undefined) return undefined;
      const answer = await cluster.api(writer, 'PUT', '/v1/kv/after-repair', 'still here');
      return answer.status === 200 ? answer : undefined;
    }, 30_000, 100);
    expect(put.status).toBe(200);

    // The replaced voter comes back: refused by the council's Raft without a penalty, it
    // finds out from the log it fetches once leaderless, and follows the log as a member.
    await cluster.start(lost);
    const target = (await cluster.raft(leader)).commitIndex;
    const caughtUp = await waitFor('the replaced voter to follow the log', async () => {
      const status = await cluster.raft(lost);
      return status.appliedIndex >= target ? status : undefined;
    }, 60_000, 100);
    expect(caughtUp).toMatchObject({ leaderId: leader.peerId, role: 'follower' });
    expect((await cluster.raft(leader)).voters).not.toContain(lost.peerId);
    expect(await cluster.api<string>(lost, 'GET', '/v1/kv/after-repair?consistency=stale')).toEqual({ status: 200, body: 'still here' });
    await waitFor('the leader to see it alive again', async () => {
      const listed = (await cluster.api<{ members: Array<{ peerId: string; status: string }> }>(leader, 'GET', '/v1/members')).body.members;
      const status = listed.find((member) => member.peerId === lost.peerId)?.status;
      return status !== undefined && status !== 'DEAD' && status !== 'JOINING' ? true : undefined;
    }, 30_000, 100);
  }, 180_000);
});
