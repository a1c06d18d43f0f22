/**
 * Directives down: each node applies the live directives of the federation state (issued
 * through Raft) whose target territory contains its own, once, and acknowledges each in
 * the replicated KV map under `directives/<id>/<peer id>` (so every member can show the
 * status per node), and records it in its audit log (`directive.applied`).
 *
 * Kinds and bodies (JSON): `watchlist` `{terms, hashtags}` replaces the `watchlist`
 * document's content (the analyzer uses it); `retention` `{days}` overrides the
 * `retention_days` policy on this node; `lexicon`, `model` `{version}` and `collection`
 * `{hashtags?, terms?}` are recorded (status `recorded`: this build ships one model and
 * lexicon and has no collectors). Anything else is `rejected` with a reason.
 */
import type { Consensus } from '../consensus/consensus.js';
import type { DocStore } from '../docs/doc-store.js';
import type { Directive, FederationState } from '../federation/state.js';
import type { IngestService } from '../ingest/ingest.js';
import type { MapReplication } from '../map/map-replication.js';
import { contains } from '../territory/territory.js';

export interface DirectiveAck {
  readonly status: 'applied' | 'recorded' | 'rejected';
  readonly applied_at_ms: number;
  readonly detail: string;
}

/** What directives set on this node (read by retention and reported by status). */
export interface DirectiveSettings {
  retentionDays: number | undefined;
  readonly versions: Map<string, string>;
  collection: unknown;
}

export const ackKey = (id: string, peer: string): string => `directives/${id}/${peer}`;

export function targets(directive: Directive, territory: string): boolean {
  return directive.targetTerritory === 'GLOBAL' || contains(directive.targetTerritory, territory);
}

export interface DirectiveApplierOptions {
  readonly self: string;
  readonly territory: string;
  readonly consensus: Consensus;
  readonly map: MapReplication;
  readonly docs: DocStore;
  readonly ingest: IngestService;
  readonly now: () => number;
}

const strings = (value: unknown): string[] | undefined => (Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined);

export class DirectiveApplier {
  readonly settings: DirectiveSettings = { retentionDays: undefined, versions: new Map(), collection: undefined };

  constructor(private readonly options: DirectiveApplierOptions) {}

  private live(state: FederationState): Directive[] {
    const now = this.options.now();
    return [...state.directives.values()].filter((d) => d.expiresAtMs === 0 || d.expiresAtMs > now).sort((a, b) => a.issuedAtMs - b.issuedAtMs || (a.id < b.id ? -1 : 1));
  }

  /** Applies every live directive for this node that it has not acknowledged yet. */
  async poll(): Promise<number> {
    const { self, territory, map } = this.options;
    let applied = 0;
    for (const directive of this.live(this.options.consensus.state)) {
      if (!targets(directive, territory)) continue;
      const known = map.get(ackKey(directive.id, self));
      if (known !== undefined) {
        this.replay(directive);
        continue;
      }
      const ack = this.apply(directive);
      map.put(ackKey(directive.id, self), ack as never);
      await this.options.ingest.appendAudit({ action: 'directive.applied', actor: directive.issuedBy, subject: directive.id, details: { kind: directive.kind, status: ack.status, detail: ack.detail } });
      applied++;
    }
    return applied;
  }

  /** Settings are not persisted: after a restart, acknowledged directives set them again. */
  private replay(directive: Directive): void {
    if (directive.kind === 'retention' || directive.kind === 'lexicon' || directive.kind === 'model' || directive.kind === 'collection') this.apply(directive);
  }

  private apply(directive: Directive): DirectiveAck {
    const at = this.options.now();
    const done = (status: DirectiveAck['status'], detail: string): DirectiveAck => ({ status, applied_at_ms: at, detail });
    let body: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(directive.body));
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return done('rejected', 'the body is not a JSON object');
      body = parsed as Record<string, unknown>;
    } catch {
      return done('rejected', 'the body is not JSON');
    }
    switch (directive.kind) {
      case 'watchlist': {
        const terms = strings(body.terms ?? []);
        const hashtags = strings(body.hashtags ?? []);
        if (terms === undefined || hashtags === undefined) return done('rejected', 'terms and hashtags must be lists of strings');
        this.options.docs.put('watchlist', { terms, hashtags });
        return done('applied', `watchlist: ${terms.length} terms, ${hashtags.length} hashtags`);
      }
      case 'retention': {
        const days = body.days;
        if (typeof days !== 'number' || !Number.isFinite(days) || days <= 0) return done('rejected', 'days must be a positive number');
        this.settings.retentionDays = days;
        return done('applied', `retention ${days} days`);
      }
      case 'lexicon':
      case 'model': {
        if (typeof body.version !== 'string' || body.version.length === 0) return done('rejected', 'version must be a string');
        this.settings.versions.set(directive.kind, body.version);
        return done('recorded', `${directive.kind} version ${body.version} recorded; this build ships one ${directive.kind}`);
      }
      case 'collection':
        this.settings.collection = body;
        return done('recorded', 'collection task recorded; this node has no collectors');
      default:
        return done('rejected', `unknown directive kind ${directive.kind}`);
    }
  }

  /** Every live directive with the members it targets and their acknowledgements. */
  status(): unknown[] {
    const state = this.options.consensus.state;
    return this.live(state).map((directive) => {
      const nodes = [...state.members.values()].filter((member) => targets(directive, member.territory)).map((member) => {
        const ack = this.options.map.get(ackKey(directive.id, member.peerId))?.value as DirectiveAck | undefined;
        return { peer_id: member.peerId, name: member.name, territory: member.territory, status: ack?.status ?? 'pending', applied_at_ms: ack?.applied_at_ms ?? null, detail: ack?.detail ?? null };
      });
      return {
        id: directive.id, kind: directive.kind, target_territory: directive.targetTerritory, issued_at_ms: directive.issuedAtMs,
        expires_at_ms: directive.expiresAtMs === 0 ? null : directive.expiresAtMs, issued_by: directive.issuedBy, nodes,
      };
    });
  }
}
