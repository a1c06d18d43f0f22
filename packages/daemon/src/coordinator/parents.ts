/**
 * Choosing parents. A node that can serve a child has a higher tier and a territory that
 * contains the child's (territory/tiers.ts). Among those that are available, the
 * nearest tier above wins, then the deepest territory (a regional US-CA before the
 * national US), and the load balancer picks within that group.
 */
import { parseTerritoryId } from '../territory/territory.js';
import { checkParent, tierRank } from '../territory/tiers.js';
import type { LoadBalancer } from './balancer.js';
import { isAvailable } from './balancer.js';
import type { ParentMove, TrackedNode } from './types.js';

function depth(territory: string): number {
  const parsed = parseTerritoryId(territory);
  return parsed.ok ? parsed.territory.depth : 0;
}

/** The best parent for `child` among `nodes`, skipping `exclude`; undefined when none can serve it. */
export function chooseParent(child: TrackedNode, nodes: Iterable<TrackedNode>, balancer: LoadBalancer, exclude: ReadonlySet<string> = new Set()): TrackedNode | undefined {
  const candidates = [...nodes].filter(
    (node) => node.peerId !== child.peerId && !exclude.has(node.peerId) && isAvailable(node) && checkParent(child, node) === undefined,
  );
  if (candidates.length === 0) return undefined;
  const rank = (node: TrackedNode): [number, number] => [tierRank(node.tier), -depth(node.territory)];
  const best = candidates.map(rank).reduce((a, b) => (a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1]) ? a : b));
  const group = candidates.filter((node) => {
    const [tier, negDepth] = rank(node);
    return tier === best[0] && negDepth === best[1];
  });
  return balancer.choose(group);
}

/** Children whose parent is DEAD, each with a new parent (or none available). */
export function failoverPlan(nodes: ReadonlyMap<string, TrackedNode>, balancer: LoadBalancer): ParentMove[] {
  const moves: ParentMove[] = [];
  for (const child of sortedValues(nodes)) {
    if (child.parent === undefined || child.status === 'DEAD') continue;
    const parent = nodes.get(child.parent);
    if (parent !== undefined && parent.status !== 'DEAD') continue;
    const to = chooseParent(child, nodes.values(), balancer, new Set([child.parent]));
    moves.push({ child: child.peerId, from: child.parent, to: to?.peerId, reason: 'failover' });
  }
  return moves;
}

/** Children without any parent that a healthy node can serve. */
export function orphanPlan(nodes: ReadonlyMap<string, TrackedNode>, balancer: LoadBalancer): ParentMove[] {
  const moves: ParentMove[] = [];
  for (const child of sortedValues(nodes)) {
    if (child.parent !== undefined || child.tier === 'global' || child.status === 'DEAD') continue;
    const to = chooseParent(child, nodes.values(), balancer);
    if (to !== undefined) moves.push({ child: child.peerId, from: undefined, to: to.peerId, reason: 'orphan' });
  }
  return moves;
}

/** With the `return` policy: children that failed over go back to their home parent once it is HEALTHY. */
export function failbackPlan(nodes: ReadonlyMap<string, TrackedNode>, policy: 'return' | 'stay'): ParentMove[] {
  if (policy === 'stay') return [];
  const moves: ParentMove[] = [];
  for (const child of sortedValues(nodes)) {
    if (child.homeParent === undefined || child.parent === child.homeParent) continue;
    const home = nodes.get(child.homeParent);
    if (home?.status === 'HEALTHY') moves.push({ child: child.peerId, from: child.parent, to: home.peerId, reason: 'failback' });
  }
  return moves;
}

function sortedValues(nodes: ReadonlyMap<string, TrackedNode>): TrackedNode[] {
  return [...nodes.keys()].sort().map((key) => nodes.get(key) as TrackedNode);
}
