/**
 * The node's live events for `/v1/events`: `{ type: 'alert'|'campaign'|'member'|'leader', at_ms, data }`.
 * Sources are watched, not hooked into: each `poll` compares the alerts and campaigns in
 * the metadata replica, the members in the federation state and the Raft leader with what
 * it saw last, and emits the differences. Bounded memory: at most `maxSeenEvents` ids are
 * remembered per kind (the oldest are forgotten).
 */
import type { Consensus } from '../consensus/consensus.js';
import { FifoMap } from '../federation/fifo-map.js';
import type { MetadataReplica } from '../metadata/replica.js';
import type { QueryService } from '../query/query.js';
import { workLimits } from '../work-limits.js';

export type EventType = 'alert' | 'campaign' | 'member' | 'leader';

export interface NodeEvent {
  readonly type: EventType;
  readonly at_ms: number;
  readonly data: unknown;
}

export type EventListener = (event: NodeEvent) => void;

/** Ids already emitted, the last `maxSeenEvents` of them. */
class SeenSet {
  private readonly seen = new FifoMap<string, true>();
  add(id: string): boolean {
    return this.seen.add(id, true, workLimits.maxSeenEvents);
  }
}

export interface EventBusOptions {
  readonly replica: () => MetadataReplica;
  readonly consensus: Consensus;
  readonly query?: QueryService;
  readonly now: () => number;
}

export class EventBus {
  private readonly listeners = new Set<EventListener>();
  private readonly alerts = new SeenSet();
  private readonly campaigns = new SeenSet();
  private alertCount = -1;
  private reportCount = -1;
  private members = new Map<string, string>();
  private leader: string | undefined;
  private primed = false;

  constructor(private readonly options: EventBusOptions) {}

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get subscribers(): number {
    return this.listeners.size;
  }

  emit(type: EventType, data: unknown): void {
    const event: NodeEvent = { type, at_ms: this.options.now(), data };
    for (const listener of this.listeners) listener(event);
  }

  /** Compares the sources with the last poll and emits what is new (the first poll only primes). */
  async poll(): Promise<void> {
    const replica = this.options.replica();
    const emit = this.primed;
    if (replica.alerts.size !== this.alertCount) {
      this.alertCount = replica.alerts.size;
      for (const text of replica.alerts.values()) {
        const alert = JSON.parse(text) as { cid: string };
        if (this.alerts.add(alert.cid) && emit) this.emit('alert', alert);
      }
    }
    const members = new Map([...this.options.consensus.state.members].map(([id, member]) => [id, `${member.status}|${member.parent ?? ''}`]));
    for (const [id, summary] of members) {
      if (this.members.get(id) !== summary && emit) {
        const member = this.options.consensus.state.members.get(id);
        this.emit('member', { peer_id: id, name: member?.name, tier: member?.tier, territory: member?.territory, status: member?.status, parent: member?.parent ?? null, change: this.members.has(id) ? 'updated' : 'added' });
      }
    }
    for (const id of this.members.keys()) if (!members.has(id) && emit) this.emit('member', { peer_id: id, change: 'removed' });
    this.members = members;
    const leader = this.options.consensus.status().leaderId;
    if (leader !== this.leader && emit) this.emit('leader', { leader_id: leader ?? null, term: this.options.consensus.status().term });
    this.leader = leader;
    if (this.options.query !== undefined && replica.reports.size !== this.reportCount && this.listeners.size > 0) {
      this.reportCount = replica.reports.size;
      const now = this.options.now();
      const answer = await this.options.query.answer({ fromMs: now - 7 * 86_400_000, toMs: now + 1, bucketMs: 86_400_000 });
      for (const campaign of answer.campaigns) if (this.campaigns.add(`${campaign.id}|${campaign.volume}`) && emit) this.emit('campaign', campaign);
    }
    this.primed = true;
  }
}
