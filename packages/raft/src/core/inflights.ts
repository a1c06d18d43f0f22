/**
 * The pipelining window to one follower: last indexes of append messages sent but not
 * yet acknowledged, in order, in a ring buffer of fixed capacity.
 */
export class Inflights {
  private readonly buffer: number[];
  private start = 0;
  count = 0;

  constructor(readonly capacity: number) {
    this.buffer = new Array<number>(capacity).fill(0);
  }

  full(): boolean {
    return this.count === this.capacity;
  }

  add(lastIndex: number): void {
    if (this.full()) throw new RangeError('inflights full');
    this.buffer[(this.start + this.count) % this.capacity] = lastIndex;
    this.count++;
  }

  /** Frees every message whose last index is <= `to`. */
  freeLE(to: number): void {
    while (this.count > 0 && (this.buffer[this.start] as number) <= to) {
      this.start = (this.start + 1) % this.capacity;
      this.count--;
    }
    if (this.count === 0) this.start = 0;
  }

  /** Frees the oldest message: a heartbeat reply proves the follower is alive, so let one more through. */
  freeFirstOne(): void {
    if (this.count === 0) return;
    this.start = (this.start + 1) % this.capacity;
    this.count--;
  }

  reset(): void {
    this.count = 0;
    this.start = 0;
  }
}
