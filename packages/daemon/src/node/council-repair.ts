/**
 * Council repair, proposed by the Raft leader in its health rounds: a council member that
 * stayed DEAD for `council_replace_after` seconds is replaced, one change per round.
 *
 * 1. While fewer than `council_size` live council members are Raft voters, and none of
 *    them is still catching up as a learner, a member that is not in the council and
 *    HEALTHY now (the coordinator's view; committed as alive, not JOINING) is promoted (SetCouncil true; the leader's membership loop then adds it as a learner
 *    and makes it a voter once caught up). The best candidate: the highest tier, then the
 *    longest a member, then the peer id.
 * 2. Once `council_size` live council members are voters, the dead one is removed
 *    (SetCouncil false; the membership loop removes it from Raft).
 * Promoting first keeps the quorum's margin: a council of 3 with a dead voter grows to 4
 * (3 live) before it shrinks back to 3 live. Without a candidate nothing changes, since
 * removing the dead voter alone would not let the council survive one more failure.
 * A replaced member that comes back follows the log as an ordinary member.
 */
import type { CommandInput } from '../federation/command.js';
import type { FederationState, Member, MemberStatus } from '../federation/state.js';
import { tierRank } from '../territory/tiers.js';

export interface CouncilRepairInput {
  readonly state: FederationState;
  /** Raft voters of the leader's current configuration. */
  readonly voters: readonly string[];
  /** When each member was last heard from (the coordinator's view), ms. */
  readonly lastHeardMs: (peerId: string) => number | undefined;
  /** Each member's health now (the coordinator's view; the committed status changes only between DEAD, JOINING and alive). */
  readonly healthOf: (peerId: string) => MemberStatus | undefined;
  readonly now: number;
  readonly councilSize: number;
  /** 0 disables repair. */
  readonly replaceAfterMs: number;
}

function better(a: Member, b: Member): number {
  return tierRank(b.tier) - tierRank(a.tier) || a.joinedAtMs - b.joinedAtMs || (a.peerId < b.peerId ? -1 : 1);
}

/** The one council change the leader should propose now, if any. */
export function councilRepair(input: CouncilRepairInput): CommandInput | undefined {
  if (input.replaceAfterMs <= 0) return undefined;
  const council = [...input.state.members.values()].filter((member) => member.council);
  const dead = council.filter((member) => member.status === 'DEAD' && input.now - (input.lastHeardMs(member.peerId) ?? 0) >= input.replaceAfterMs);
  const replaced = dead.sort((a, b) => (a.peerId < b.peerId ? -1 : 1))[0];
  if (replaced === undefined) return undefined;
  const live = council.filter((member) => member.status !== 'DEAD');
  const liveVoters = live.filter((member) => input.voters.includes(member.peerId));
  if (liveVoters.length >= input.councilSize) return { setCouncil: { peerId: replaced.peerId, council: false } };
  // A promoted member still catching up: wait for it rather than promote another.
  if (live.length > liveVoters.length) return undefined;
  const candidate = [...input.state.members.values()]
    .filter((member) => !member.council && member.status !== 'DEAD' && member.status !== 'JOINING' && input.healthOf(member.peerId) === 'HEALTHY')
    .sort(better)[0];
  return candidate === undefined ? undefined : { setCouncil: { peerId: candidate.peerId, council: true } };
}
