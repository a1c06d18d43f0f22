/** The last events of a run, kept cheaply and formatted only when a run fails. */
export class Trace {
  private readonly events: (() => string)[] = [];
  private next = 0;

  constructor(private readonly capacity = 60) {}

  add(tick: number, describe: () => string): void {
    const event = () => `t=${tick} ${describe()}`;
    if (this.events.length < this.capacity) this.events.push(event);
    else this.events[this.next] = event;
    this.next = (this.next + 1) % this.capacity;
  }

  lines(): string[] {
    const ordered = this.events.length < this.capacity
      ? this.events
      : [...this.events.slice(this.next), ...this.events.slice(0, this.next)];
    return ordered.map((f) => f());
  }
}
