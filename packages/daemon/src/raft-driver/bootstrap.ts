/**
 * Founding a federation: the Raft storage gets its initial snapshot at index 1, term 1,
 * whose data is the federation state after the Bootstrap command and whose voters are
 * the founding council.
 *
 * - `continuum init --council` alone: this node is the only founder (a HEALTHY council
 *   member with its own name, tier and territory). Further council members join with a
 *   token and `council: true` (learner first, then voter, one change at a time).
 * - With `federation.council` listing other peers too (peer ids, or multiaddrs ending in
 *   /p2p/<id>, the same list and federation id on every founder): every founder writes
 *   the same index-1 snapshot, derived from the list alone, since Raft treats index 1 as
 *   one entry everywhere and different bytes there would be a divergence. Founders
 *   therefore start as placeholders (`founderName`, tier global, territory GLOBAL, the
 *   list's addresses), and each then states its own name, tier and territory through
 *   Raft (DescribeMember, node/self-description.ts). `digest` (the state's founding
 *   digest, federation/members.ts foundingDigest) is printed by `continuum found`: equal
 *   digests on all founders show they founded one federation. Raft peers compare it too
 *   and refuse each other when it differs (founding.ts), so founders given different lists
 *   or ids never mix their logs.
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import { ContinuumError } from '../errors.js';
import { apply } from '../federation/apply.js';
import type { CommandInput } from '../federation/command.js';
import { snapshot } from '../federation/snapshot.js';
import { createFederationState } from '../federation/state.js';
import type { ContinuumConfig } from '../config/schema.js';
import { globalTerritory } from '../territory/territory.js';
import { configWithCouncil, openWithConfig, writeConfigText } from '../identity/data-dir.js';
import { openRaftStorage, walDir } from './open-storage.js';

export interface CouncilBootstrap {
  readonly federationId: string;
  readonly voters: readonly string[];
  /** The founding digest, hex: the same on every founder of one federation. */
  readonly digest: string;
}

/** A council entry is a peer id or a multiaddr ending in /p2p/<id>. */
function peerOf(entry: string): string {
  const at = entry.lastIndexOf('/p2p/');
  return at >= 0 ? entry.slice(at + 5) : entry;
}

/** The name a founding council member has until it describes itself. */
export function founderName(peerId: string): string {
  return `founder-${peerId.slice(-12)}`;
}

/** The founding council of a config list: each peer once, sorted, with the list's multiaddrs for it (sorted). */
export function foundingCouncil(entries: readonly string[]): Array<{ readonly peerId: string; readonly addresses: readonly string[] }> {
  const addresses = new Map<string, Set<string>>();
  for (const entry of entries) {
    const peer = peerOf(entry);
    const known = addresses.get(peer) ?? new Set<string>();
    if (entry.startsWith('/')) known.add(entry);
    addresses.set(peer, known);
  }
  return [...addresses.keys()].sort().map((peerId) => ({ peerId, addresses: [...(addresses.get(peerId) ?? [])].sort() }));
}

function foundingCommand(config: ContinuumConfig, selfPeerId: string, addresses: readonly string[], federationId: string, nowMs: number): CommandInput {
  const council = foundingCouncil(config.federation.council);
  if (council.every((peer) => peer.peerId === selfPeerId)) {
    return {
      atMs: nowMs, proposer: selfPeerId,
      bootstrap: { federationId, members: [{ peerId: selfPeerId, name: config.node.name, tier: config.node.tier, territory: config.node.territory, addresses: [...addresses], council: true }] },
    };
  }
  if (!council.some((peer) => peer.peerId === selfPeerId)) {
    throw new ContinuumError('CONFIG_INVALID', `federation.council lists other founders but not this node (${selfPeerId})`, { path: 'federation.council', reason: 'this node is not in the founding council' });
  }
  // Only what every founder's identical list gives: no clock, no local name or address.
  return {
    atMs: 0, proposer: council[0]?.peerId ?? selfPeerId,
    bootstrap: {
      federationId,
      members: council.map((peer) => ({ peerId: peer.peerId, name: founderName(peer.peerId), tier: 'global', territory: globalTerritory, addresses: [...peer.addresses], council: true })),
    },
  };
}

export async function bootstrapCouncil(config: ContinuumConfig, selfPeerId: string, addresses: readonly string[], federationId: string, nowMs: number): Promise<CouncilBootstrap> {
  const command = foundingCommand(config, selfPeerId, addresses, federationId, nowMs);
  const state = createFederationState();
  const result = apply(state, command);
  if (!result.ok) throw new ContinuumError('CONFIG_INVALID', `cannot bootstrap: ${result.reason}`, { path: 'federation.council', reason: result.reason });
  const voters = [...state.members.keys()];
  const data = snapshot(state);
  const dir = walDir(config.node.data_dir);
  const storage = await openRaftStorage(config.node.data_dir);
  try {
    if (storage.lastIndex() !== 0 || storage.snapshot().metadata.index !== 0) throw new Error('not empty');
    // What bootstrapStorage writes (snapshot at index 1, term 1; hard state term 1), with
    // the bootstrapped federation state as the snapshot's data.
    await storage.save({
      snapshot: { metadata: { index: 1, term: 1, confState: { voters, learners: [] } }, data },
      hardState: { term: 1, vote: '', commit: 1 }, entries: [], sync: true,
    });
  } catch (error) {
    throw new ContinuumError('LIFECYCLE', `the Raft storage in ${dir} is not empty: this node already belongs to a federation`, { state: 'initialised', operation: 'bootstrap' }, { cause: error });
  } finally {
    await storage.close();
  }
  return { federationId, voters, digest: bytesToHex(state.founding) };
}

/** The addresses other members dial: listen addresses with 0.0.0.0 as loopback, ending in /p2p/<id>. */
export function advertisedAddresses(listen: readonly string[], peerId: string): string[] {
  return listen.map((address) => `${address.replace('/ip4/0.0.0.0/', '/ip4/127.0.0.1/')}/p2p/${peerId}`);
}

/**
 * `continuum found`: an initialised node founds a federation with the council listed; its
 * config file then records the list (`federation.council`) once the founding is written.
 */
export async function foundFromDataDir(dataDir: string, council: readonly string[], federationId: string, nowMs: number): Promise<CouncilBootstrap> {
  const { text, config } = await configWithCouncil(dataDir, council);
  const opened = await openWithConfig(config);
  const peerId = opened.identity.peerId.toString();
  const founded = await bootstrapCouncil(config, peerId, advertisedAddresses(config.node.listen, peerId), federationId, nowMs);
  await writeConfigText(dataDir, text);
  return founded;
}
