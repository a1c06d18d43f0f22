/**
 * Applied proposal ids, part of the replicated state: a proposal whose id was applied
 * already is a duplicate (the same envelope committed twice after a retried forward) and
 * is not applied again. Every replica applies the same log, so every replica keeps the
 * same ids and evicts the same oldest one; snapshots carry them in order.
 *
 * The order lives in a queue beside the map: evicting through the map's own iterator
 * (`keys().next()` after each delete) walks the deleted slots left at the front of V8's
 * hash table, about 9 µs per applied entry at 20,000 ids against 0.4 µs this way.
 */

export class AppliedProposals {
  private readonly indexes = new Map<string, number>();
  /** Ids in application order from `head` on; the slots before `head` were evicted. */
  private order: string[] = [];
  private head = 0;

  get size(): number {
    return this.indexes.size;
  }

  has(id: string): boolean {
    return this.indexes.has(id);
  }

  /** Records `id` applied at `index`, evicting the oldest beyond `keep`; false when it was applied before (skip it). */
  record(id: string, index: number, keep: number): boolean {
    if (this.indexes.has(id)) return false;
    this.indexes.set(id, index);
    this.order.push(id);
    while (this.indexes.size > keep) this.indexes.delete(this.order[this.head++] as string);
    if (this.head > 1024 && this.head * 2 > this.order.length) {
      this.order = this.order.slice(this.head);
      this.head = 0;
    }
    return true;
  }

  /** Ids and the indexes they were applied at, oldest first. */
  inOrder(): { readonly ids: string[]; readonly indexes: number[] } {
    const ids = this.order.slice(this.head);
    return { ids, indexes: ids.map((id) => this.indexes.get(id) as number) };
  }
}
