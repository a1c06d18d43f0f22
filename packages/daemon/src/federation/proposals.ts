/**
 * Applied proposal ids, part of the replicated state: a proposal whose id was applied
 * already is a duplicate (the same envelope committed twice after a retried forward) and
 * is not applied again. Every replica applies the same log, so every replica keeps the
 * same ids and evicts the same oldest one; snapshots carry them in order.
 */
import { FifoMap } from './fifo-map.js';

export class AppliedProposals {
  private readonly ids = new FifoMap<string, number>();

  get size(): number {
    return this.ids.size;
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  /** Records `id` applied at `index`, evicting the oldest beyond `keep`; false when it was applied before (skip it). */
  record(id: string, index: number, keep: number): boolean {
    return this.ids.add(id, index, keep);
  }

  /** Ids and the indexes they were applied at, oldest first. */
  inOrder(): { readonly ids: string[]; readonly indexes: number[] } {
    const ids = this.ids.keysInOrder();
    return { ids, indexes: ids.map((id) => this.ids.get(id) as number) };
  }
}
