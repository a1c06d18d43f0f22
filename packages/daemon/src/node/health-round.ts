/**
 * One round of the node's coordinator duties, run every health_check_interval:
 * 1. sync the coordinator's node list with the committed members;
 * 2. record this node's own heartbeat and run the health check;
 * 3. on the Raft leader only: propose the committed consequences — DEAD and rejoin
 *    statuses, failover of children of DEAD parents, parents for orphans, failback by
 *    the `failback` policy (`return` or, by default, `stay`), and one council repair step
 *    for a council member that stayed DEAD (council-repair.ts).
 * Proposals that fail (no quorum, lost leadership) are retried by later rounds, since
 * each round recomputes what is needed from the committed state.
 */
import type { Consensus } from '../consensus/consensus.js';
import type { Coordinator, Heartbeat } from '../coordinator/coordinator.js';
import type { HealthStatus, ParentMove, StatusChange } from '../coordinator/types.js';
import type { CommandInput } from '../federation/command.js';
import type { Tier } from '../territory/tiers.js';
import { councilRepair } from './council-repair.js';

export interface HealthRoundContext {
  readonly coordinator: Coordinator;
  readonly consensus: Consensus;
  readonly self: { readonly peerId: string; readonly tier: Tier; readonly territory: string };
  readonly selfHeartbeat: () => Heartbeat;
  readonly now: () => number;
  readonly signal: AbortSignal;
  /** Council repair (config `council_size`, `council_replace_after` in ms; absent or 0: none). */
  readonly council?: { readonly size: number; readonly replaceAfterMs: number };
}

export interface HealthRoundOutcome {
  readonly changes: readonly StatusChange[];
  readonly proposed: readonly CommandInput[];
  readonly failedProposals: number;
}

function syncMembers(context: HealthRoundContext): void {
  const { coordinator, consensus, self } = context;
  const members = consensus.state.members;
  for (const node of coordinator.nodeList()) {
    if (!members.has(node.peerId) && node.peerId !== self.peerId) coordinator.deregister(node.peerId);
  }
  for (const member of members.values()) {
    coordinator.register({
      peerId: member.peerId, tier: member.tier, territory: member.territory, parent: member.parent, homeParent: member.homeParent,
      committedStatus: member.status,
    });
  }
  if (!members.has(self.peerId)) coordinator.register({ peerId: self.peerId, tier: self.tier, territory: self.territory });
}

function moveCommand(move: ParentMove): CommandInput | undefined {
  if (move.to === undefined) return undefined;
  return { setParent: { peerId: move.child, parent: move.to, home: move.reason !== 'failover' } };
}

/** Dead, joining or alive: only changes between these are committed (not every flap). */
function coarse(status: HealthStatus | undefined): string {
  return status === 'DEAD' || status === 'JOINING' ? status : 'ALIVE';
}

/** The commands the leader proposes after a round. */
export function leaderCommands(context: HealthRoundContext): CommandInput[] {
  const { coordinator, consensus } = context;
  const members = consensus.state.members;
  const commands: CommandInput[] = [];
  for (const node of coordinator.nodeList()) {
    const member = members.get(node.peerId);
    if (member !== undefined && coarse(node.status) !== coarse(member.status)) {
      commands.push({ setMemberStatus: { peerId: node.peerId, status: node.status } });
    }
  }
  const policy = consensus.state.policies.get('failback')?.value === 'return' ? 'return' : 'stay';
  const moves = [...coordinator.failoverPlan(), ...coordinator.orphanPlan(), ...coordinator.failbackPlan(policy)];
  for (const move of moves) {
    const command = moveCommand(move);
    if (command !== undefined && members.has(move.child)) commands.push(command);
  }
  const repair = context.council === undefined ? undefined : councilRepair({
    state: consensus.state, voters: consensus.status().voters, now: context.now(),
    lastHeardMs: (peerId) => coordinator.node(peerId)?.lastHeartbeatMs, healthOf: (peerId) => coordinator.node(peerId)?.status,
    councilSize: context.council.size, replaceAfterMs: context.council.replaceAfterMs,
  });
  if (repair !== undefined) commands.push(repair);
  return commands;
}

export async function runHealthRound(context: HealthRoundContext): Promise<HealthRoundOutcome> {
  syncMembers(context);
  context.coordinator.heartbeat(context.self.peerId, context.selfHeartbeat());
  const changes = context.coordinator.checkHealth();
  if (context.consensus.status().role !== 'leader') return { changes, proposed: [], failedProposals: 0 };
  const proposed = leaderCommands(context);
  let failedProposals = 0;
  for (const body of proposed) {
    if (context.signal.aborted) break;
    try {
      const proposal = await context.consensus.propose({ ...body, atMs: context.now(), proposer: context.self.peerId }, { signal: context.signal });
      if (!proposal.result.ok) failedProposals += 1;
    } catch {
      failedProposals += 1;
    }
  }
  return { changes, proposed, failedProposals };
}
