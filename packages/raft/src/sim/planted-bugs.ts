/**
 * TEST-ONLY. Deliberately broken state machines, to prove the simulator catches real
 * protocol bugs. Never use these outside tests and the simulator's --planted-bug flag.
 */
import type { RaftConfig } from '../core/config.js';
import { Raft } from '../core/raft.js';

export type PlantedBug = 'commit-older-term';

/** Commits an entry of an older term by counting its replicas: the bug of Figure 8 in the Raft paper. */
export class CommitOlderTermByCountingRaft extends Raft {
  override maybeCommit(): boolean {
    const index = Math.min(this.tracker.committed(), this.log.lastIndex());
    if (index <= this.log.committed) return false;
    this.log.commitTo(index);
    return true;
  }
}

export function plantedRaftFactory(bug: PlantedBug | undefined): ((config: RaftConfig) => Raft) | undefined {
  if (bug === 'commit-older-term') return (config) => new CommitOlderTermByCountingRaft(config);
  return undefined;
}
