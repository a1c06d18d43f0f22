import type { Prng } from '../core/prng.js';
import type { NodeId } from '../core/types.js';
import type { SimNetwork } from './network.js';

type Rng = Prng & { nextFloat(): number };

function shuffle<T>(prng: Rng, values: readonly T[]): T[] {
  const out = [...values];
  for (let i = out.length - 1; i > 0; i--) {
    const j = prng.nextInt(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Applies one partition of a kind chosen by the PRNG; returns its description for the trace. */
export function partition(prng: Rng, network: SimNetwork, ids: readonly NodeId[], leader: NodeId | undefined): string {
  const shuffled = shuffle(prng, ids);
  const kind = prng.nextInt(4);
  if (kind === 0 && leader !== undefined) {
    network.setPartition([[leader], ids.filter((id) => id !== leader)]);
    return `partition: leader ${leader} isolated`;
  }
  if (kind === 1) {
    const minority = shuffled.slice(0, Math.floor(ids.length / 2));
    network.setPartition([minority, shuffled.slice(minority.length)]);
    return `partition: minority [${minority.join(',')}] | majority`;
  }
  if (kind === 2 && ids.length >= 3) {
    // A bridge reaches both halves, which cannot reach each other.
    const bridge = shuffled[0] as NodeId;
    const rest = shuffled.slice(1);
    const half = Math.ceil(rest.length / 2);
    network.setPartition([[bridge], rest.slice(0, half), rest.slice(half)], [bridge]);
    return `partition: bridge ${bridge} between [${rest.slice(0, half).join(',')}] and [${rest.slice(half).join(',')}]`;
  }
  const groups: NodeId[][] = [[], [], []];
  for (const id of shuffled) (groups[prng.nextInt(3)] as NodeId[]).push(id);
  network.setPartition(groups.filter((g) => g.length > 0));
  return `partition: random ${groups.map((g) => `[${g.join(',')}]`).join(' ')}`;
}
