/**
 * TEST-ONLY. Deliberately broken state machines, to prove the simulator catches real
 * protocol bugs. Never use these outside tests and the simulator's --planted-bug flag.
 */
import type { RaftConfig } from '../core/config.js';
import { Raft } from '../core/raft.js';
import { MessageType, StateType, message, type Message } from '../core/types.js';

export type PlantedBug = 'commit-older-term' | 'read-without-quorum' | 'ack-before-durable';

export const plantedBugs: readonly PlantedBug[] = ['commit-older-term', 'read-without-quorum', 'ack-before-durable'];

/** Commits an entry of an older term by counting its replicas: the bug of Figure 8 in the Raft paper. */
export class CommitOlderTermByCountingRaft extends Raft {
  override maybeCommit(): boolean {
    const index = Math.min(this.tracker.committed(), this.log.lastIndex());
    if (index <= this.log.committed) return false;
    this.log.commitTo(index);
    return true;
  }
}

/** Serves ReadIndex from its own commit index without confirming leadership with a quorum: stale reads. */
export class ReadWithoutQuorumRaft extends Raft {
  override step(m: Message): void {
    if (m.type === MessageType.ReadIndex && this.state === StateType.Leader) {
      if (m.from === this.id || m.from === '') this.readStates.push({ index: this.log.committed, context: m.context });
      else this.send(message({ type: MessageType.ReadIndexResp, to: m.from, index: this.log.committed, context: m.context }));
      return;
    }
    super.step(m);
  }
}

/** With async storage writes, acknowledges appended entries before they are durable (they may be lost in a crash). */
export class AckBeforeDurableRaft extends Raft {
  override send(m: Message): void {
    super.send(m);
    const last = this.msgsAfterAppend[this.msgsAfterAppend.length - 1];
    if (last && last.type === MessageType.AppResp && last.to !== this.id) this.msgs.push(this.msgsAfterAppend.pop() as Message);
  }
}

export function plantedRaftFactory(bug: PlantedBug | undefined): ((config: RaftConfig) => Raft) | undefined {
  if (bug === 'commit-older-term') return (config) => new CommitOlderTermByCountingRaft(config);
  if (bug === 'read-without-quorum') return (config) => new ReadWithoutQuorumRaft(config);
  if (bug === 'ack-before-durable') return (config) => new AckBeforeDurableRaft(config);
  return undefined;
}
