// Laws of the coordinator over random clusters and heartbeat histories: the balancer only
// ever picks an available node, a chosen parent always satisfies the parent rules, and a
// failover never moves a child to a DEAD node or to its dead parent.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Coordinator, isAvailable } from '../src/coordinator/index.js';
import type { LoadBalanceAlgorithm } from '../src/coordinator/index.js';
import { checkParent } from '../src/territory/tiers.js';

const placements = [
  { tier: 'global', territory: 'GLOBAL' }, { tier: 'national', territory: 'US' }, { tier: 'national', territory: 'HAIDA-FN-CA' },
  { tier: 'regional', territory: 'US-CA' }, { tier: 'regional', territory: 'US-NY' }, { tier: 'leaf', territory: 'US-CA-SF' },
  { tier: 'leaf', territory: 'HAIDA-FN-CA-MASSETT' }, { tier: 'leaf', territory: 'US-NY-NYC' },
] as const;

const cluster = fc.record({
  algorithm: fc.constantFrom<LoadBalanceAlgorithm>('least_loaded', 'latency', 'round_robin'),
  nodes: fc.array(fc.record({ placement: fc.nat(placements.length - 1), load: fc.nat(100), latency: fc.option(fc.nat(500), { nil: undefined }) }), { minLength: 1, maxLength: 12 }),
  // For each round: which nodes beat (bit mask) before the round.
  rounds: fc.array(fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), { minLength: 1, maxLength: 8 }),
});

describe('coordinator laws', () => {
  it('choices are always available nodes that satisfy the parent rules', () => {
    let failovers = 0;
    fc.assert(
      fc.property(cluster, ({ algorithm, nodes, rounds }) => {
        const clock = { ms: 0 };
        const coordinator = new Coordinator({ healthCheckIntervalSeconds: 10, unhealthyThreshold: 2, algorithm, now: () => clock.ms });
        nodes.forEach((node, i) => {
          const placement = placements[node.placement] ?? placements[0];
          coordinator.register({ peerId: `n${i}`, ...placement });
          coordinator.heartbeat(`n${i}`, { loadScore: node.load, ...(node.latency === undefined ? {} : { latencyMs: node.latency }) });
        });
        clock.ms += 1;
        coordinator.checkHealth();
        nodes.forEach((node, i) => {
          const placement = placements[node.placement] ?? placements[0];
          coordinator.register({ peerId: `n${i}`, ...placement, parent: coordinator.chooseParent(`n${i}`) });
        });
        for (const beats of rounds) {
          clock.ms += 10_000;
          nodes.forEach((_, i) => {
            if (beats[i] === true) coordinator.heartbeat(`n${i}`);
          });
          coordinator.checkHealth();
          const routed = coordinator.route();
          if (routed !== undefined) expect(isAvailable(coordinator.node(routed) ?? ({} as never))).toBe(true);
          for (const node of coordinator.nodeList()) {
            const parent = coordinator.chooseParent(node.peerId);
            if (parent === undefined) continue;
            const chosen = coordinator.node(parent);
            expect(chosen !== undefined && isAvailable(chosen)).toBe(true);
            if (chosen !== undefined) expect(checkParent(node, chosen)).toBeUndefined();
          }
          for (const move of coordinator.failoverPlan()) {
            failovers += 1;
            expect(move.to).not.toBe(move.from);
            if (move.to !== undefined) expect(coordinator.node(move.to)?.status).not.toBe('DEAD');
          }
        }
      }),
      { numRuns: 200 },
    );
    expect(failovers).toBeGreaterThan(0);
  });
});
