// Scenario tests of the coordinator, one per rule of the federation architecture's
// health-check loop, load balancing and failover. The clock is a variable the test moves.
import { describe, expect, it } from 'vitest';
import { Coordinator } from '../src/coordinator/index.js';
import type { LoadBalanceAlgorithm } from '../src/coordinator/index.js';
import { ContinuumError } from '../src/errors.js';
import { limits } from '../src/limits.js';

function setup(algorithm: LoadBalanceAlgorithm = 'least_loaded') {
  const clock = { ms: 0 };
  const coordinator = new Coordinator({ healthCheckIntervalSeconds: 10, unhealthyThreshold: 3, algorithm, now: () => clock.ms });
  return { clock, coordinator };
}

describe('health-check loop', () => {
  it('HEALTHY while heartbeats are within 2 × interval; UNHEALTHY, then DEAD at the threshold', () => {
    const { clock, coordinator } = setup();
    coordinator.register({ peerId: 'a', tier: 'leaf', territory: 'DK-AARHUS' });
    expect(coordinator.node('a')?.status).toBe('JOINING');
    const statusAt = (ms: number): string => {
      clock.ms = ms;
      coordinator.checkHealth();
      return `${coordinator.node('a')?.status}/${coordinator.node('a')?.consecutiveFailures}`;
    };
    expect(statusAt(10_000)).toBe('HEALTHY/0');
    expect(statusAt(20_000)).toBe('HEALTHY/0'); // exactly 2 × interval is not late
    expect(statusAt(30_000)).toBe('UNHEALTHY/1');
    expect(statusAt(40_000)).toBe('UNHEALTHY/2');
    expect(statusAt(50_000)).toBe('DEAD/3');
    expect(statusAt(60_000)).toBe('DEAD/4');
  });

  it('a round that comes after this node was stalled counts no failures; on-time nodes are still judged', () => {
    const { clock, coordinator } = setup();
    coordinator.register({ peerId: 'a', tier: 'leaf', territory: 'DK-AARHUS' });
    coordinator.register({ peerId: 'b', tier: 'leaf', territory: 'DK-AARHUS' });
    clock.ms = 10_000;
    coordinator.checkHealth();
    expect(coordinator.node('a')?.status).toBe('HEALTHY');
    coordinator.register({ peerId: 'c', tier: 'leaf', territory: 'DK-AARHUS', committedStatus: 'JOINING' });
    coordinator.markCaughtUp('c');
    // This node's event loop was blocked for 25 s: the heartbeats of that time still wait in its queues.
    clock.ms = 35_000;
    coordinator.heartbeat('c');
    expect(coordinator.checkHealth()).toEqual([{ peerId: 'c', from: 'JOINING', to: 'HEALTHY' }]);
    expect(coordinator.stalledRounds).toBe(1);
    expect(coordinator.node('a')).toMatchObject({ status: 'HEALTHY', consecutiveFailures: 0 });
    // They are read; the next round, on time, finds 'a' and 'c' on time and 'b' (still silent) late.
    coordinator.heartbeat('a');
    coordinator.heartbeat('c');
    clock.ms = 45_000;
    expect(coordinator.checkHealth()).toEqual([{ peerId: 'b', from: 'HEALTHY', to: 'UNHEALTHY' }]);
  });

  it('a late node that beats again is HEALTHY at the next round and its failures reset', () => {
    const { clock, coordinator } = setup();
    coordinator.register({ peerId: 'a', tier: 'leaf', territory: 'DK-AARHUS' });
    clock.ms = 30_000;
    expect(coordinator.checkHealth()).toEqual([{ peerId: 'a', from: 'JOINING', to: 'UNHEALTHY' }]);
    coordinator.heartbeat('a');
    clock.ms = 40_000;
    expect(coordinator.checkHealth()).toEqual([{ peerId: 'a', from: 'UNHEALTHY', to: 'HEALTHY' }]);
    expect(coordinator.node('a')?.consecutiveFailures).toBe(0);
  });

  it('a DEAD node that beats again rejoins: JOINING until caught up, then HEALTHY', () => {
    const { clock, coordinator } = setup();
    coordinator.register({ peerId: 'a', tier: 'leaf', territory: 'DK-AARHUS' });
    for (const ms of [30_000, 40_000, 50_000]) {
      clock.ms = ms;
      coordinator.checkHealth();
    }
    expect(coordinator.node('a')?.status).toBe('DEAD');
    clock.ms = 55_000;
    expect(coordinator.heartbeat('a')).toEqual({ peerId: 'a', from: 'DEAD', to: 'JOINING' });
    clock.ms = 60_000;
    coordinator.checkHealth();
    expect(coordinator.node('a')?.status).toBe('JOINING');
    coordinator.markCaughtUp('a');
    coordinator.heartbeat('a');
    clock.ms = 70_000;
    expect(coordinator.checkHealth()).toEqual([{ peerId: 'a', from: 'JOINING', to: 'HEALTHY' }]);
  });

  it('a node that reports a degraded component is DEGRADED, and still available', () => {
    const { clock, coordinator } = setup();
    coordinator.register({ peerId: 'a', tier: 'leaf', territory: 'DK-AARHUS' });
    coordinator.heartbeat('a', { degraded: true });
    clock.ms = 5_000;
    coordinator.checkHealth();
    expect(coordinator.node('a')?.status).toBe('DEGRADED');
    expect(coordinator.route()).toBe('a');
    expect(coordinator.stats().nodesByStatus.DEGRADED).toBe(1);
  });

  it('counts nodes by status, checks, requests and failures', () => {
    const { clock, coordinator } = setup();
    coordinator.register({ peerId: 'a', tier: 'leaf', territory: 'DK-AARHUS' });
    coordinator.register({ peerId: 'b', tier: 'leaf', territory: 'DK-ODENSE' });
    clock.ms = 10_000;
    coordinator.checkHealth();
    coordinator.route();
    coordinator.route(() => false);
    coordinator.recordFailure();
    expect(coordinator.stats()).toEqual({
      nodesByStatus: { JOINING: 0, HEALTHY: 2, DEGRADED: 0, UNHEALTHY: 0, DEAD: 0 }, healthyNodes: 2,
      requestsTotal: 2, failuresTotal: 2, healthChecksTotal: 2,
    });
  });

  it('bounds the number of tracked nodes', () => {
    const { coordinator } = setup();
    for (let i = 0; i < limits.maxCoordinatorNodes; i++) coordinator.register({ peerId: `n${i}`, tier: 'leaf', territory: 'DK-A' });
    expect(() => coordinator.register({ peerId: 'one-more', tier: 'leaf', territory: 'DK-A' })).toThrow(ContinuumError);
  });
});

describe('load balancing', () => {
  function cluster(algorithm: LoadBalanceAlgorithm) {
    const { clock, coordinator } = setup(algorithm);
    const loads: Array<[string, number, number]> = [['a', 5, 30], ['b', 1, 20], ['c', 3, 10], ['d', 0, 1]];
    for (const [peerId, loadScore, latencyMs] of loads) {
      coordinator.register({ peerId, tier: 'leaf', territory: 'DK-A' });
      coordinator.heartbeat(peerId, { loadScore, latencyMs });
    }
    clock.ms = 25_000;
    coordinator.heartbeat('a');
    coordinator.heartbeat('b');
    coordinator.heartbeat('c');
    coordinator.checkHealth(); // d is late: UNHEALTHY, never chosen
    return coordinator;
  }

  it('least_loaded picks the lowest load score among available nodes', () => {
    expect(cluster('least_loaded').route()).toBe('b');
  });

  it('latency picks the lowest latency among available nodes', () => {
    expect(cluster('latency').route()).toBe('c');
  });

  it('round_robin cycles through available nodes in peer-id order', () => {
    const coordinator = cluster('round_robin');
    expect([1, 2, 3, 4].map(() => coordinator.route())).toEqual(['a', 'b', 'c', 'a']);
  });
});

describe('parents, failover and rejoin', () => {
  function hierarchy(algorithm: LoadBalanceAlgorithm = 'least_loaded') {
    const context = setup(algorithm);
    const { coordinator } = context;
    coordinator.register({ peerId: 'global', tier: 'global', territory: 'GLOBAL' });
    coordinator.register({ peerId: 'us', tier: 'national', territory: 'US' });
    coordinator.register({ peerId: 'ca', tier: 'national', territory: 'CA' });
    coordinator.register({ peerId: 'haida', tier: 'national', territory: 'HAIDA-FN-CA' });
    coordinator.register({ peerId: 'us-ca-1', tier: 'regional', territory: 'US-CA' });
    coordinator.register({ peerId: 'us-ca-2', tier: 'regional', territory: 'US-CA' });
    coordinator.register({ peerId: 'us-ny', tier: 'regional', territory: 'US-NY' });
    coordinator.register({ peerId: 'sf', tier: 'leaf', territory: 'US-CA-SF', parent: 'us-ca-1', homeParent: 'us-ca-1' });
    coordinator.register({ peerId: 'massett', tier: 'leaf', territory: 'HAIDA-FN-CA-MASSETT' });
    coordinator.heartbeat('us-ca-1', { loadScore: 1 });
    coordinator.heartbeat('us-ca-2', { loadScore: 2 });
    context.clock.ms = 5_000; // rounds come every interval (a later round would be a stalled one)
    coordinator.checkHealth();
    return context;
  }

  function beatAllBut(coordinator: Coordinator, silent: string[]): void {
    for (const node of coordinator.nodeList()) if (!silent.includes(node.peerId)) coordinator.heartbeat(node.peerId);
  }

  it('chooses the nearest tier above with the deepest containing territory, balanced within', () => {
    const { coordinator } = hierarchy();
    expect(coordinator.chooseParent('sf')).toBe('us-ca-1');
    expect(coordinator.chooseParent('us-ca-1')).toBe('us');
    expect(coordinator.chooseParent('us')).toBe('global');
    expect(coordinator.chooseParent('global')).toBeUndefined();
    // A First Nation community goes to its Nation, never to the country in its id.
    expect(coordinator.chooseParent('massett')).toBe('haida');
  });

  it('fails children over when their parent is DEAD, then back with the return policy', () => {
    const { clock, coordinator } = hierarchy();
    expect(coordinator.failoverPlan()).toEqual([]);
    for (const ms of [25_000, 35_000, 45_000]) {
      clock.ms = ms;
      beatAllBut(coordinator, ['us-ca-1']);
      coordinator.checkHealth();
    }
    expect(coordinator.node('us-ca-1')?.status).toBe('DEAD');
    expect(coordinator.failoverPlan()).toEqual([{ child: 'sf', from: 'us-ca-1', to: 'us-ca-2', reason: 'failover' }]);
    coordinator.register({ peerId: 'sf', tier: 'leaf', territory: 'US-CA-SF', parent: 'us-ca-2', homeParent: 'us-ca-1' });
    expect(coordinator.failbackPlan('return')).toEqual([]); // home is DEAD

    // us-ca-1 rejoins: JOINING until caught up, then HEALTHY; then failback by policy.
    clock.ms = 50_000;
    coordinator.heartbeat('us-ca-1');
    expect(coordinator.failbackPlan('return')).toEqual([]);
    coordinator.markCaughtUp('us-ca-1');
    clock.ms = 55_000;
    beatAllBut(coordinator, []);
    coordinator.checkHealth();
    expect(coordinator.failbackPlan('return')).toEqual([{ child: 'sf', from: 'us-ca-2', to: 'us-ca-1', reason: 'failback' }]);
    expect(coordinator.failbackPlan('stay')).toEqual([]);
  });

  it('fails over to a higher tier when no node of the nearest tier is available', () => {
    const { clock, coordinator } = hierarchy();
    for (const ms of [25_000, 35_000, 45_000]) {
      clock.ms = ms;
      beatAllBut(coordinator, ['us-ca-1', 'us-ca-2']);
      coordinator.checkHealth();
    }
    expect(coordinator.failoverPlan()).toEqual([{ child: 'sf', from: 'us-ca-1', to: 'us', reason: 'failover' }]);
  });

  it('reports a child with no available parent, and gives orphans a parent', () => {
    const { clock, coordinator } = hierarchy();
    for (const ms of [25_000, 35_000, 45_000]) {
      clock.ms = ms;
      beatAllBut(coordinator, ['us-ca-1', 'us-ca-2', 'us', 'global']);
      coordinator.checkHealth();
    }
    expect(coordinator.failoverPlan()).toEqual([{ child: 'sf', from: 'us-ca-1', to: undefined, reason: 'failover' }]);
    const orphans = coordinator.orphanPlan().map((move) => `${move.child}->${move.to}`);
    expect(orphans).toContain('massett->haida');
    expect(orphans).not.toContain('sf->undefined');
  });
});
