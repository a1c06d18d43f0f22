/**
 * Logs what an operator wants to see in a node's log without hooking into the components:
 * once a second it compares the Raft role and leader, and every member's status and parent
 * in the federation state, with what it saw last. Leader changes and this node's role go to
 * the `raft` logger, members' health transitions to `coordinator`, parent changes to
 * `coordinator` (and this node's own new parent to `metadata`: its metadata goes there now),
 * members added and removed to `node`. Connections are logged at debug by the host logger.
 */
import type { Consensus } from '../consensus/consensus.js';
import type { ContinuumHost } from '../host/host.js';
import type { ComponentLoggers } from '../logging/logger.js';

const observeIntervalMs = 1_000;

interface MemberSeen {
  readonly status: string;
  readonly parent: string | undefined;
}

export interface LogObserverOptions {
  readonly loggers: ComponentLoggers;
  readonly consensus: Consensus;
  readonly host: ContinuumHost;
  readonly self: string;
}

export function startLogObserver(options: LogObserverOptions): () => void {
  const { loggers, consensus, host, self } = options;
  const nameOf = (peer: string | undefined): string | undefined => (peer === undefined ? undefined : consensus.state.members.get(peer)?.name ?? peer);
  let leader: string | undefined;
  let role = consensus.status().role;
  let members = new Map<string, MemberSeen>([...consensus.state.members].map(([id, m]) => [id, { status: m.status, parent: m.parent }]));

  const observe = (): void => {
    const status = consensus.status();
    if (status.leaderId !== leader) {
      if (status.leaderId === undefined) loggers.raft.warn('no Raft leader known', { term: status.term, previous: leader });
      else loggers.raft.info('leader changed', { leader: status.leaderId, leader_name: nameOf(status.leaderId), term: status.term });
      leader = status.leaderId;
    }
    if (status.role !== role) {
      loggers.raft.info('role changed', { from: role, to: status.role, term: status.term });
      role = status.role;
    }
    const now = new Map<string, MemberSeen>();
    for (const [id, member] of consensus.state.members) {
      now.set(id, { status: member.status, parent: member.parent });
      const before = members.get(id);
      if (before === undefined) {
        loggers.node.info('member added', { peer: id, name: member.name, tier: member.tier, territory: member.territory });
        continue;
      }
      if (before.status !== member.status) {
        const level = member.status === 'DEAD' || member.status === 'UNHEALTHY' ? 'warn' : 'info';
        loggers.coordinator[level]('member health changed', { peer: id, name: member.name, from: before.status, to: member.status });
      }
      if (before.parent !== member.parent) {
        loggers.coordinator.info('parent changed', { peer: id, name: member.name, from: nameOf(before.parent) ?? null, to: nameOf(member.parent) ?? null });
        if (id === self) loggers.metadata.info('metadata now goes to a new parent', { parent: member.parent ?? null, parent_name: nameOf(member.parent) ?? null });
      }
    }
    for (const id of members.keys()) if (!now.has(id)) loggers.node.info('member removed', { peer: id });
    members = now;
  };

  const onConnect = (event: CustomEvent): void => loggers.host.debug('peer connected', { peer: String(event.detail) });
  const onDisconnect = (event: CustomEvent): void => loggers.host.debug('peer disconnected', { peer: String(event.detail) });
  host.addEventListener('peer:connect', onConnect);
  host.addEventListener('peer:disconnect', onDisconnect);
  const timer = setInterval(observe, observeIntervalMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    host.removeEventListener('peer:connect', onConnect);
    host.removeEventListener('peer:disconnect', onDisconnect);
  };
}
