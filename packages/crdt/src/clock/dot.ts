/** A dot names one event: the `counter`-th event minted by `node`. */
export interface Dot {
  readonly node: string;
  readonly counter: number;
}

export function dot(node: string, counter: number): Dot {
  return { node, counter };
}

export function sameDot(a: Dot, b: Dot): boolean {
  return a.counter === b.counter && a.node === b.node;
}

/** Total order used wherever a deterministic choice between dots is needed. */
export function compareDots(a: Dot, b: Dot): number {
  if (a.node !== b.node) return a.node < b.node ? -1 : 1;
  return a.counter - b.counter;
}
