/** Read-only views of the federation state for the API (members, territory tree). */
import { globalTerritory, parseTerritoryId } from '../territory/territory.js';
import type { FederationState, Member } from './state.js';

export interface MemberView {
  readonly peerId: string;
  readonly name: string;
  readonly tier: string;
  readonly territory: string;
  readonly parent: string | null;
  readonly homeParent: string | null;
  readonly addresses: readonly string[];
  readonly status: string;
  readonly council: boolean;
  readonly joinedAtMs: number;
}

export function memberView(member: Member): MemberView {
  return {
    peerId: member.peerId, name: member.name, tier: member.tier, territory: member.territory, parent: member.parent ?? null,
    homeParent: member.homeParent ?? null, addresses: member.addresses, status: member.status, council: member.council, joinedAtMs: member.joinedAtMs,
  };
}

/** Members sorted by name. */
export function listMembers(state: FederationState): MemberView[] {
  return [...state.members.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map(memberView);
}

export interface TerritoryNode {
  readonly id: string;
  /** Peer ids of the members placed in this territory. */
  readonly members: string[];
  readonly children: TerritoryNode[];
}

/** The territory tree from GLOBAL down, children sorted by id. */
export function territoryTree(state: FederationState): TerritoryNode {
  const nodes = new Map<string, TerritoryNode>([[globalTerritory, { id: globalTerritory, members: [], children: [] }]]);
  const ids = [...state.territories].sort();
  for (const id of ids) nodes.set(id, { id, members: [], children: [] });
  for (const id of ids) {
    const parsed = parseTerritoryId(id);
    const parent = parsed.ok ? (parsed.territory.parent ?? globalTerritory) : globalTerritory;
    (nodes.get(parent) ?? nodes.get(globalTerritory))?.children.push(nodes.get(id) as TerritoryNode);
  }
  for (const member of [...state.members.values()].sort((a, b) => (a.peerId < b.peerId ? -1 : 1))) {
    nodes.get(member.territory)?.members.push(member.peerId);
  }
  return nodes.get(globalTerritory) as TerritoryNode;
}
