/**
 * `continuum init --council`: a new federation with this node as its first voter. The
 * Raft storage gets its initial snapshot at index 1, term 1, whose data is the federation
 * state after the Bootstrap command (federation id, this node as a HEALTHY council
 * member) and whose configuration is this node alone. Further council members join with a
 * token and `council: true` (learner first, then voter, one change at a time).
 *
 * `federation.council` must be empty here: several founding voters would each write a
 * different index-1 snapshot (each naming itself), which Raft would treat as the same
 * entry — a divergence. Founding several voters at once is not supported yet.
 */
import { ContinuumError } from '../errors.js';
import { apply } from '../federation/apply.js';
import { snapshot } from '../federation/snapshot.js';
import { createFederationState } from '../federation/state.js';
import type { ContinuumConfig } from '../config/schema.js';
import { openRaftStorage, walDir } from './open-storage.js';

export interface CouncilBootstrap {
  readonly federationId: string;
  readonly voters: readonly string[];
}

/** A council entry is a peer id or a multiaddr ending in /p2p/<id>. */
function peerOf(entry: string): string {
  const at = entry.lastIndexOf('/p2p/');
  return at >= 0 ? entry.slice(at + 5) : entry;
}

export async function bootstrapCouncil(config: ContinuumConfig, selfPeerId: string, addresses: readonly string[], federationId: string, nowMs: number): Promise<CouncilBootstrap> {
  const others = config.federation.council.map(peerOf).filter((peer) => peer !== selfPeerId);
  if (others.length > 0) {
    throw new ContinuumError('CONFIG_INVALID', 'init --council founds a federation with this node as its only voter; further council members join with a token (join --council)', {
      path: 'federation.council', reason: 'several founding voters are not supported: they would diverge at index 1',
    });
  }
  const state = createFederationState();
  const result = apply(state, {
    atMs: nowMs, proposer: selfPeerId,
    bootstrap: { federationId, members: [{ peerId: selfPeerId, name: config.node.name, tier: config.node.tier, territory: config.node.territory, addresses: [...addresses], council: true }] },
  });
  if (!result.ok) throw new ContinuumError('CONFIG_INVALID', `cannot bootstrap: ${result.reason}`, { path: 'node', reason: result.reason });
  const voters = [selfPeerId];
  const dir = walDir(config.node.data_dir);
  const storage = await openRaftStorage(config.node.data_dir);
  try {
    if (storage.lastIndex() !== 0 || storage.snapshot().metadata.index !== 0) throw new Error('not empty');
    // What bootstrapStorage writes (snapshot at index 1, term 1; hard state term 1), with
    // the bootstrapped federation state as the snapshot's data.
    await storage.save({
      snapshot: { metadata: { index: 1, term: 1, confState: { voters, learners: [] } }, data: snapshot(state) },
      hardState: { term: 1, vote: '', commit: 1 }, entries: [], sync: true,
    });
  } catch (error) {
    throw new ContinuumError('LIFECYCLE', `the Raft storage in ${dir} is not empty: this node already belongs to a federation`, { state: 'initialised', operation: 'bootstrap' }, { cause: error });
  } finally {
    await storage.close();
  }
  return { federationId, voters };
}
