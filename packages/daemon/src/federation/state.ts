/**
 * The federation state: what every member agrees on through Raft. Plain data, changed
 * only by `apply` (apply.ts) in log order, so every replica that applies the same log
 * holds the same state. Deterministic: no clock, randomness or I/O; the only time is the
 * `at_ms` the proposer stamped into each command.
 */
import type { Tier } from '../territory/tiers.js';
import { AppliedProposals } from './proposals.js';

export const memberStatuses = ['JOINING', 'HEALTHY', 'DEGRADED', 'UNHEALTHY', 'DEAD'] as const;
export type MemberStatus = (typeof memberStatuses)[number];

export function isMemberStatus(value: string): value is MemberStatus {
  return (memberStatuses as readonly string[]).includes(value);
}

export interface Member {
  readonly peerId: string;
  /** Name, tier and territory change only by the member's own DescribeMember. */
  name: string;
  tier: Tier;
  territory: string;
  addresses: readonly string[];
  /** A member of the council (a Raft voter) rather than a follower of the committed log. */
  council: boolean;
  status: MemberStatus;
  /** The peer id of the current parent node, if any. */
  parent: string | undefined;
  /** The parent assigned before any failover; failback returns here. */
  homeParent: string | undefined;
  readonly joinedAtMs: number;
}

export interface KvEntry {
  readonly value: Uint8Array;
  readonly createRevision: number;
  readonly modRevision: number;
  /** Writes since the key was created. */
  readonly version: number;
}

export interface Policy {
  readonly name: string;
  readonly value: string;
  readonly revision: number;
}

export interface Directive {
  readonly id: string;
  readonly kind: string;
  readonly targetTerritory: string;
  readonly body: Uint8Array;
  readonly issuedAtMs: number;
  /** 0: never expires. */
  readonly expiresAtMs: number;
  readonly issuedBy: string;
}

export interface JoinTokenRecord {
  readonly tokenId: string;
  readonly secret: Uint8Array;
  readonly expiresAtMs: number;
  readonly createdBy: string;
  usedBy: string | undefined;
  usedAtMs: number | undefined;
}

export interface FederationState {
  /** Empty until the Bootstrap command. */
  federationId: string;
  /**
   * SHA-256 of the Bootstrap command (foundingDigest): what every node of this federation
   * holds and a node founded apart does not. Empty before the Bootstrap, and in a state
   * restored from a snapshot written before it was recorded.
   */
  founding: Uint8Array;
  readonly members: Map<string, Member>;
  /** Territory ids in the tree; every non-top-level id's parent is in it too. GLOBAL is implied. */
  readonly territories: Set<string>;
  readonly policies: Map<string, Policy>;
  policyRevision: number;
  readonly directives: Map<string, Directive>;
  readonly tokens: Map<string, JoinTokenRecord>;
  readonly kv: Map<string, KvEntry>;
  kvRevision: number;
  /** Ids (hex) of the last applied proposals, oldest first, with their log index. */
  readonly appliedProposals: AppliedProposals;
}

export function createFederationState(): FederationState {
  return {
    federationId: '',
    founding: new Uint8Array(),
    members: new Map(),
    territories: new Set(),
    policies: new Map(),
    policyRevision: 0,
    directives: new Map(),
    tokens: new Map(),
    kv: new Map(),
    kvRevision: 0,
    appliedProposals: new AppliedProposals(),
  };
}
