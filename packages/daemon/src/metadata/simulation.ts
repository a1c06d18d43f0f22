/**
 * A seeded simulation of the metadata tree over the in-memory network: one global node,
 * nationals, regionals and leaves; leaves record synthetic post metadata; faults are a
 * parent that dies (its children fail over to a sibling) and a leaf that is offline for
 * a while and records posts meanwhile. Used by the convergence test and the bench.
 */
import { createPrng } from '../samples/prng.js';
import { MemoryNetwork, type NetworkOptions } from './memory-network.js';
import type { MetadataInput } from './records.js';
import { MetadataReplica } from './replica.js';
import { MetadataSync, upwardKinds } from './sync.js';

export interface SimNode {
  readonly id: string;
  readonly tier: 'leaf' | 'regional' | 'national' | 'global';
  readonly territory: string;
  parent: string | undefined;
  readonly replica: MetadataReplica;
  readonly sync: MetadataSync;
  /** Posts recorded at this leaf. */
  posts: number;
}

export interface TreeShape {
  readonly nationals: number;
  readonly regionalsPerNational: number;
  readonly leavesPerRegional: number;
}

const categories = ['none', 'hate_speech', 'offensive', 'threat', 'harassment'] as const;
const severities = ['low', 'medium', 'high', 'critical'] as const;
const languages = ['en', 'da', 'es'];

export class TreeSimulation {
  readonly network: MemoryNetwork;
  readonly nodes = new Map<string, SimNode>();
  private readonly prng;
  private postSeq = 0;

  constructor(shape: TreeShape, network: NetworkOptions, readonly bucketMs = 60_000) {
    this.network = new MemoryNetwork(network);
    this.prng = createPrng(network.seed ^ 0x5eed);
    this.add('global', 'global', 'GLOBAL', undefined);
    for (let n = 0; n < shape.nationals; n++) {
      const national = this.add(`n${n}`, 'national', `C${n}`, 'global');
      for (let r = 0; r < shape.regionalsPerNational; r++) {
        const regional = this.add(`n${n}r${r}`, 'regional', `C${n}-R${r}`, national.id);
        for (let l = 0; l < shape.leavesPerRegional; l++) this.add(`n${n}r${r}l${l}`, 'leaf', `C${n}-R${r}-L${l}`, regional.id);
      }
    }
  }

  private add(id: string, tier: SimNode['tier'], territory: string, parent: string | undefined): SimNode {
    const replica = new MetadataReplica(id, this.bucketMs);
    const node: SimNode = {
      id, tier, territory, parent, replica, posts: 0,
      sync: new MetadataSync({ replica, upward: upwardKinds(tier), parent: () => node.parent, send: (to, message) => this.network.send(id, to, message) }),
    };
    this.nodes.set(id, node);
    this.network.register(id, (from, message) => node.sync.receive(from, message));
    return node;
  }

  get leaves(): SimNode[] {
    return [...this.nodes.values()].filter((node) => node.tier === 'leaf');
  }

  children(id: string): SimNode[] {
    return [...this.nodes.values()].filter((node) => node.parent === id);
  }

  /** Records `count` synthetic posts at a leaf (metadata only, as the analyzer would give). */
  ingest(leafId: string, count: number, atMs: number): void {
    const leaf = this.nodes.get(leafId);
    if (leaf === undefined) throw new RangeError(`no node ${leafId}`);
    for (let i = 0; i < count; i++) {
      const seq = this.postSeq++;
      const hex = seq.toString(16).padStart(16, '0');
      const meta: MetadataInput = {
        cid: `bafy-sim-${leafId}-${seq}`, platform: 'sim', createdAtMs: atMs + this.prng.int(3_600_000), language: this.prng.pick(languages),
        territory: leaf.territory, authorPseudonym: `p1:${hex}`, isReply: false, mediaCount: 0, hashtags: [`tag${this.prng.int(20)}`],
        urlDomains: [], categories: [], primaryCategory: this.prng.pick(categories), severity: this.prng.pick(severities),
        signatures: { simhash: hex, minhash: [seq], bands: [seq] },
      };
      leaf.replica.record(meta);
    }
    leaf.posts += count;
    leaf.sync.markDirty();
  }

  /** One round: deliver due messages, then every node up flushes its changes; every `tickEvery` rounds an anti-entropy tick. */
  step(tickEvery: number): void {
    this.network.step();
    const tick = tickEvery > 0 && this.network.round % tickEvery === 0;
    for (const node of this.nodes.values()) {
      if (this.network.isDown(node.id)) continue;
      if (tick) node.sync.tick();
      else node.sync.flush();
    }
  }

  /** Posts recorded at the leaves below (or at) a node, by the current and any past tree. */
  expectedTotal(id: string, under: (leaf: SimNode) => boolean): number {
    void id;
    return this.leaves.filter(under).reduce((sum, leaf) => sum + leaf.posts, 0);
  }

  /** The total post count a node's counters give (hashtag counters excluded). */
  static countedPosts(replica: MetadataReplica): number {
    let total = 0;
    for (const [key, value] of replica.counts.values()) if (key.startsWith('["c"')) total += value;
    return total;
  }
}
