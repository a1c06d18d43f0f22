import type { Message, NodeId } from './types.js';

interface ReadIndexStatus {
  readonly request: Message;
  readonly index: number;
  readonly acks: Set<NodeId>;
}

/** A stable map key for a read request's context bytes. */
export function contextKey(context: Uint8Array): string {
  let key = '';
  for (let i = 0; i < context.length; i++) key += String.fromCharCode(context[i] as number);
  return key;
}

/**
 * The leader's pending ReadIndex requests (§6.4): each records the commit index when it
 * arrived and which voters have since confirmed the leader by answering a heartbeat
 * carrying its context. Requests complete in arrival order.
 */
export class ReadOnly {
  private readonly pending = new Map<string, ReadIndexStatus>();
  private queue: string[] = [];

  /** Records a request; a duplicate context is ignored. */
  addRequest(index: number, request: Message): void {
    const key = contextKey(request.context);
    if (this.pending.has(key)) return;
    this.pending.set(key, { request, index, acks: new Set() });
    this.queue.push(key);
  }

  /** Records a heartbeat ack carrying `context`; returns the voters that acknowledged it. */
  recvAck(id: NodeId, context: Uint8Array): ReadonlySet<NodeId> | undefined {
    const status = this.pending.get(contextKey(context));
    if (!status) return undefined;
    status.acks.add(id);
    return status.acks;
  }

  /** Completes the request with `context` and every earlier one (a later confirmation covers them). */
  advance(context: Uint8Array): { request: Message; index: number }[] {
    const key = contextKey(context);
    const at = this.queue.indexOf(key);
    if (at < 0) return [];
    const done = this.queue.slice(0, at + 1);
    this.queue = this.queue.slice(at + 1);
    const out: { request: Message; index: number }[] = [];
    for (const k of done) {
      const status = this.pending.get(k);
      this.pending.delete(k);
      if (status) out.push({ request: status.request, index: status.index });
    }
    return out;
  }

  /** The context of the newest pending request, to piggyback on heartbeats. */
  lastPendingContext(): Uint8Array | undefined {
    const key = this.queue[this.queue.length - 1];
    return key === undefined ? undefined : this.pending.get(key)?.request.context;
  }

  size(): number {
    return this.queue.length;
  }

  clear(): void {
    this.pending.clear();
    this.queue = [];
  }
}
