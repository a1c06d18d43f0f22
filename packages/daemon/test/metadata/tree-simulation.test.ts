import { describe, expect, it } from 'vitest';
import { TreeSimulation, type SimNode } from '../../src/metadata/simulation.js';

const seed = Number(process.env.CONTINUUM_SIM_SEED ?? 20261121);

/** Mismatches between what each live node counts and the posts of the leaves below it. */
function mismatches(sim: TreeSimulation): string[] {
  const out: string[] = [];
  const under = (node: SimNode) => (leaf: SimNode) => {
    if (node.tier === 'global') return true;
    if (node.tier === 'leaf') return leaf.id === node.id;
    if (node.tier === 'regional') return leaf.parent === node.id;
    return leaf.id.startsWith(node.id);
  };
  for (const node of sim.nodes.values()) {
    if (sim.network.isDown(node.id)) continue;
    const expected = sim.expectedTotal(node.id, under(node));
    const counted = TreeSimulation.countedPosts(node.replica);
    if (counted !== expected) out.push(`${node.id}: counted ${counted}, expected ${expected}`);
    if (node.tier !== 'leaf' && node.replica.reports.size !== expected) out.push(`${node.id}: ${node.replica.reports.size} reports, expected ${expected}`);
    const perPost = node.replica.posts.size;
    if (node.tier === 'regional' && perPost !== expected) out.push(`${node.id}: ${perPost} per-post records, expected ${expected}`);
    if ((node.tier === 'national' || node.tier === 'global') && perPost !== 0) out.push(`${node.id} holds ${perPost} per-post records`);
  }
  return out;
}

function runUntilConverged(sim: TreeSimulation, maxRounds: number, tickEvery: number): number {
  for (let round = 1; round <= maxRounds; round++) {
    sim.step(tickEvery);
    if (round % tickEvery === 0 && mismatches(sim).length === 0) return round;
  }
  return -1;
}

describe(`metadata tree simulation (seed ${seed}; CONTINUUM_SIM_SEED repeats one)`, () => {
  it('converges to the exact totals at every tier through loss, duplication, reordering, a parent failover and a leaf offline', () => {
    const sim = new TreeSimulation({ nationals: 3, regionalsPerNational: 4, leavesPerRegional: 20 }, { seed, loss: 0.2, duplicate: 0.15, maxDelayRounds: 4 });
    expect(sim.nodes.size).toBe(1 + 3 + 12 + 240);
    let at = Date.UTC(2026, 10, 20);
    for (const leaf of sim.leaves) sim.ingest(leaf.id, 3, at);
    const first = runUntilConverged(sim, 400, 6);
    expect(first, mismatches(sim).slice(0, 5).join('\n')).toBeGreaterThan(0);
    expect(TreeSimulation.countedPosts(sim.nodes.get('global')!.replica)).toBe(720);

    // A regional dies after it passed its children's posts up; its leaves fail over to a
    // sibling regional and keep posting; meanwhile a leaf elsewhere goes offline and posts.
    const dead = sim.nodes.get('n0r0')!;
    sim.network.setDown(dead.id, true);
    for (const leaf of sim.children(dead.id)) leaf.parent = 'n0r1';
    const offline = sim.nodes.get('n1r2l7')!;
    sim.network.setDown(offline.id, true);
    at += 86_400_000;
    for (const leaf of sim.leaves) sim.ingest(leaf.id, 2, at);
    for (let day = 0; day < 3; day++) sim.ingest(offline.id, 10, at + day * 86_400_000);
    for (let round = 0; round < 60; round++) sim.step(6);
    expect(mismatches(sim).some((line) => line.startsWith('global'))).toBe(true);
    sim.network.setDown(offline.id, false);
    const second = runUntilConverged(sim, 600, 6);
    expect(second, mismatches(sim).slice(0, 5).join('\n')).toBeGreaterThan(0);
    const total = sim.leaves.reduce((sum, leaf) => sum + leaf.posts, 0);
    expect(total).toBe(720 + 480 + 30);
    expect(TreeSimulation.countedPosts(sim.nodes.get('global')!.replica)).toBe(total);
    expect(TreeSimulation.countedPosts(sim.nodes.get('n0r1')!.replica)).toBe(40 * 5);
    expect(sim.nodes.get('global')!.sync.stats.needsSync).toBe(0);
  });

  it('counts re-delivered full states once (idempotent merges), whichever parent delivers them', () => {
    const sim = new TreeSimulation({ nationals: 1, regionalsPerNational: 2, leavesPerRegional: 2 }, { seed: seed + 1 });
    sim.ingest('n0r0l0', 7, 0);
    runUntilConverged(sim, 100, 3);
    // The same leaf's state reaches the national a second time through the other regional.
    sim.nodes.get('n0r0l0')!.parent = 'n0r1';
    sim.ingest('n0r0l0', 1, 0);
    for (let round = 0; round < 60; round++) sim.step(3);
    // Both regionals have passed the leaf's first seven posts up.
    expect(TreeSimulation.countedPosts(sim.nodes.get('n0r0')!.replica)).toBe(7);
    expect(TreeSimulation.countedPosts(sim.nodes.get('n0r1')!.replica)).toBe(8);
    expect(TreeSimulation.countedPosts(sim.nodes.get('n0')!.replica)).toBe(8);
    expect(TreeSimulation.countedPosts(sim.nodes.get('global')!.replica)).toBe(8);
  });
});
