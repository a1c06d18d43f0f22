/**
 * Sets of strings. ORSet is add-wins and dot-based: an element lives while one of its
 * add-dots is live; remove drops the dots it has seen, so an add it has not seen
 * survives, and nothing of a removed element is kept but the context. GSet only grows.
 */
import type { Dot } from '../clock/dot.js';
import { DotFun } from '../store/dot-fun.js';
import { DotMap } from '../store/dot-map.js';
import { CausalCrdt, type CrdtOptions } from './causal-crdt.js';

/** A presence flag: live dots mean "present". */
export type FlagStore = DotFun<null>;
export type SetStore = DotMap<FlagStore>;

export function emptyFlag(): FlagStore {
  return new DotFun<null>();
}

export function emptySet(): SetStore {
  return new DotMap(emptyFlag);
}

export function setAdd(store: SetStore, element: string, dot: Dot): Dot[] {
  return store.slot(element).assign(dot, null);
}

export function setRemove(store: SetStore, element: string): Dot[] {
  return store.remove(element);
}

export function setValues(store: SetStore): string[] {
  return [...store.entries.keys()].sort();
}

export class ORSet extends CausalCrdt<SetStore> {
  constructor(node: string, options?: CrdtOptions) {
    super(node, emptySet(), options);
  }

  add(element: string): void {
    this.checkKey(element);
    this.indexDot(this.mutate((d) => setAdd(this.store, element, d)).counter, element);
  }

  /** Removes the element as seen here; a concurrent add elsewhere wins. */
  remove(element: string): void {
    if (!this.store.entries.has(element)) return;
    this.mutate(() => setRemove(this.store, element));
  }

  has(element: string): boolean {
    return this.store.entries.has(element);
  }

  values(): string[] {
    return setValues(this.store);
  }

  get size(): number {
    return this.store.size;
  }
}

export class GSet extends CausalCrdt<SetStore> {
  constructor(node: string, options?: CrdtOptions) {
    super(node, emptySet(), options);
  }

  add(element: string): void {
    this.checkKey(element);
    if (this.store.entries.has(element)) return;
    this.indexDot(this.mutate((d) => setAdd(this.store, element, d)).counter, element);
  }

  has(element: string): boolean {
    return this.store.entries.has(element);
  }

  values(): string[] {
    return setValues(this.store);
  }

  get size(): number {
    return this.store.size;
  }
}
