/**
 * A node's own record in the federation state follows its config: when the committed
 * name, tier or territory differ from `node.name`, `node.tier` and `node.territory`, the
 * node proposes DescribeMember. Founding council members start as placeholders
 * (raft-driver/bootstrap.ts) and take their names this way, and a node whose config
 * changed is described again after its restart. A description the federation refused
 * (a name another member has) is not proposed again until the config changes; one that
 * failed for want of a quorum is retried at the next check.
 */
import type { Consensus } from '../consensus/consensus.js';
import type { CommandInput } from '../federation/command.js';
import type { FederationState } from '../federation/state.js';
import type { Tier } from '../territory/tiers.js';

export interface OwnDescription {
  readonly name: string;
  readonly tier: Tier;
  readonly territory: string;
}

/** The DescribeMember this node should propose, or undefined when its record matches (or it is not a member). */
export function describeCommand(state: FederationState, self: string, own: OwnDescription): CommandInput['describeMember'] | undefined {
  const member = state.members.get(self);
  if (member === undefined) return undefined;
  if (member.name === own.name && member.tier === own.tier && member.territory === own.territory) return undefined;
  return { name: own.name, tier: own.tier, territory: own.territory };
}

export type DescribeOutcome =
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'described'; readonly index: number }
  | { readonly kind: 'refused'; readonly reason: string };

export class SelfDescription {
  private refused = false;
  private running = false;

  constructor(
    private readonly consensus: Consensus,
    private readonly self: string,
    private readonly own: OwnDescription,
    private readonly now: () => number,
  ) {}

  /** Proposes the description when the committed record differs; at most one proposal at a time. */
  async check(signal: AbortSignal): Promise<DescribeOutcome> {
    const describeMember = describeCommand(this.consensus.state, this.self, this.own);
    if (describeMember === undefined || this.refused || this.running) return { kind: 'unchanged' };
    this.running = true;
    try {
      const proposal = await this.consensus.propose({ atMs: this.now(), proposer: this.self, describeMember }, { signal });
      if (proposal.result.ok) return { kind: 'described', index: proposal.index };
      this.refused = true;
      return { kind: 'refused', reason: proposal.result.reason };
    } finally {
      this.running = false;
    }
  }
}
