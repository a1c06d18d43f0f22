/**
 * Majority arithmetic: the commit index a set of voters agrees on and the result of a
 * vote. Pure functions over ids, so the rules are testable on their own.
 */
import type { NodeId } from './types.js';

export const VoteResult = { Pending: 'pending', Won: 'won', Lost: 'lost' } as const;
export type VoteResult = (typeof VoteResult)[keyof typeof VoteResult];

export function majoritySize(voterCount: number): number {
  return Math.floor(voterCount / 2) + 1;
}

/** majorityCommittedIndex's work array (single-threaded: never used by two calls at once). */
const matchScratch: number[] = [];

/**
 * The largest index that a majority of voters has acknowledged: sort the matches
 * descending and take the one at position majority - 1. An empty set commits nothing
 * from itself (returns +Infinity so it never constrains, like etcd's joint convention).
 */
export function majorityCommittedIndex(voters: ReadonlySet<NodeId>, matchOf: (id: NodeId) => number): number {
  if (voters.size === 0) return Number.POSITIVE_INFINITY;
  // Insertion sort into a reused array: this runs on every acknowledgement at the leader, for at most a council's few voters,
  // and Array.prototype.sort allocates its work arrays on each call.
  const matches = matchScratch;
  let count = 0;
  for (const id of voters) {
    const match = matchOf(id);
    let at = count++;
    while (at > 0 && (matches[at - 1] as number) < match) {
      matches[at] = matches[at - 1] as number;
      at--;
    }
    matches[at] = match;
  }
  return matches[majoritySize(voters.size) - 1] as number;
}

export function majorityVoteResult(voters: ReadonlySet<NodeId>, votes: ReadonlyMap<NodeId, boolean>): VoteResult {
  if (voters.size === 0) return VoteResult.Won;
  let granted = 0;
  let missing = 0;
  for (const id of voters) {
    const v = votes.get(id);
    if (v === undefined) missing++;
    else if (v) granted++;
  }
  const q = majoritySize(voters.size);
  if (granted >= q) return VoteResult.Won;
  if (granted + missing >= q) return VoteResult.Pending;
  return VoteResult.Lost;
}
