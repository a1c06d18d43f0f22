/**
 * The shape of each CRDT's dot store, which the codec follows: a DotFun of some payload,
 * or a DotMap of a nested shape. ORMap of anything is described by composing shapes.
 */
import type { SiblingStore } from '../kv/replicated-map.js';
import { DotFun } from '../store/dot-fun.js';
import { DotMap } from '../store/dot-map.js';
import type { DotStore } from '../store/dot-store.js';
import type { CounterStore } from '../types/counters.js';
import type { LWWStore, MVStore } from '../types/registers.js';
import type { SetStore } from '../types/sets.js';
import { counterPayload, flagPayload, siblingPayload, timedPayload, valuePayload, type PayloadCodec } from './payloads.js';

export type Shape =
  | { readonly kind: 'fun'; readonly payload: PayloadCodec<never> }
  | { readonly kind: 'map'; readonly inner: Shape };

export function funShape<V>(payload: PayloadCodec<V>): Shape {
  return { kind: 'fun', payload: payload as unknown as PayloadCodec<never> };
}

export function mapShape(inner: Shape): Shape {
  return { kind: 'map', inner };
}

/** Ready-made shapes for nesting in ORMap (e.g. `mapShape(shapeOf.orSet)` for ORMap of ORSets). */
export const shapeOf = {
  counter: funShape(counterPayload),
  lwwRegister: funShape(timedPayload),
  mvRegister: funShape(valuePayload),
  orSet: mapShape(funShape(flagPayload)),
} as const;

export const kindShapes = {
  g_counter: shapeOf.counter,
  pn_counter: shapeOf.counter,
  lww_register: shapeOf.lwwRegister,
  mv_register: shapeOf.mvRegister,
  g_set: shapeOf.orSet,
  or_set: shapeOf.orSet,
  counter_map: mapShape(shapeOf.counter),
  lww_map: mapShape(shapeOf.lwwRegister),
  replicated_map: mapShape(funShape(siblingPayload)),
} as const;

/** Every encodable CRDT kind; `or_map` takes its shape from the caller. */
export type CrdtKind = keyof typeof kindShapes | 'or_map';

export interface KindStores {
  g_counter: CounterStore;
  pn_counter: CounterStore;
  lww_register: LWWStore;
  mv_register: MVStore;
  g_set: SetStore;
  or_set: SetStore;
  counter_map: DotMap<CounterStore>;
  lww_map: DotMap<LWWStore>;
  replicated_map: DotMap<SiblingStore>;
  or_map: DotMap<AnyStore>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- stores of any payload
export type AnyStore = DotStore<any> & (DotFun<any> | DotMap<any>);

/** The factory of an empty store of a shape (DotMap needs it for new keys). */
export function emptyOf(shape: Shape): () => AnyStore {
  if (shape.kind === 'fun') return () => new DotFun<unknown>();
  const inner = emptyOf(shape.inner);
  return () => new DotMap(inner);
}
