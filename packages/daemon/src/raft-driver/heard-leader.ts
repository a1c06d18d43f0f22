/**
 * The council's leader as a member that is not a Raft peer knows it: from the heartbeats
 * of council members that say they lead (raft_leader, raft_term). The newest term wins,
 * and what was heard is forgotten after `heardForMs` (the coordinator's time to call a
 * member DEAD, plus one interval), or once the peer is no longer on the council.
 */
export class HeardLeader {
  private last: { readonly peer: string; readonly term: number; readonly atMs: number } | undefined;

  constructor(private readonly heardForMs: number, private readonly now: () => number) {}

  /** A council member's heartbeat said it leads in `term`. */
  heard(peer: string, term: number): void {
    if (this.last !== undefined && term < this.last.term) return;
    this.last = { peer, term, atMs: this.now() };
  }

  /** The leader heard lately, if it is still a council member. */
  current(isCouncil: (peer: string) => boolean): string | undefined {
    const last = this.last;
    if (last === undefined || this.now() - last.atMs > this.heardForMs) return undefined;
    return isCouncil(last.peer) ? last.peer : undefined;
  }
}
