/**
 * Load balancing as the federation architecture states it:
 *   available = FILTER(nodes, status IN [HEALTHY, DEGRADED])
 *   least_loaded: MIN(available, key=load_score)
 *   latency:      MIN(available, key=latency_ms)
 *   round_robin:  available[index++ % len(available)]
 * Ties and the round-robin order go by peer id, so a choice is deterministic.
 */
import type { LoadBalanceAlgorithm, TrackedNode } from './types.js';

export function isAvailable(node: TrackedNode): boolean {
  return node.status === 'HEALTHY' || node.status === 'DEGRADED';
}

function byPeerId(a: TrackedNode, b: TrackedNode): number {
  return a.peerId < b.peerId ? -1 : a.peerId > b.peerId ? 1 : 0;
}

function minimum(nodes: readonly TrackedNode[], key: (node: TrackedNode) => number): TrackedNode | undefined {
  let best: TrackedNode | undefined;
  for (const node of nodes) if (best === undefined || key(node) < key(best)) best = node;
  return best;
}

export class LoadBalancer {
  private index = 0;

  constructor(readonly algorithm: LoadBalanceAlgorithm) {}

  /** The chosen node among the available ones, or undefined when none is available. */
  choose(nodes: Iterable<TrackedNode>): TrackedNode | undefined {
    const available = [...nodes].filter(isAvailable).sort(byPeerId);
    if (available.length === 0) return undefined;
    switch (this.algorithm) {
      case 'least_loaded':
        return minimum(available, (node) => node.loadScore);
      case 'latency':
        return minimum(available, (node) => node.latencyMs ?? Number.POSITIVE_INFINITY);
      case 'round_robin': {
        const node = available[this.index % available.length];
        this.index = (this.index + 1) % Number.MAX_SAFE_INTEGER;
        return node;
      }
    }
  }
}
