/**
 * Membership commands: bootstrap, add, describe, remove, status, council, parent and addresses.
 * Each handler checks everything before it changes anything.
 */
import { limits } from '../limits.js';
import { globalTerritory } from '../territory/territory.js';
import { checkParent } from '../territory/tiers.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { continuum } from '../gen/federation.js';
import { addTerritoryWithAncestors, checkAddresses, checkNodeName, checkPeerId, checkTierTerritory } from './checks.js';
import type { ApplyResult, Rejected } from './result.js';
import { applied, reject } from './result.js';
import type { FederationState, Member, MemberStatus } from './state.js';
import { isMemberStatus } from './state.js';

type Spec = continuum.daemon.v1.MemberSpec.$Properties;

export interface ApplyContext {
  readonly atMs: number;
  readonly proposer: string;
}

function territoryRoom(state: FederationState, territory: string): boolean {
  return territory === globalTerritory || addTerritoryWithAncestors(state, territory);
}

/** Checks a member spec against the state; the member to add, or why not. */
export function prepareMember(state: FederationState, spec: Spec, status: MemberStatus, atMs: number): Member | Rejected {
  const peerId = spec.peerId ?? '';
  const name = spec.name ?? '';
  const addresses = spec.addresses ?? [];
  const problem = checkPeerId(peerId) ?? checkNodeName(name) ?? checkAddresses(addresses);
  if (problem !== undefined) return problem;
  const placement = checkTierTerritory(spec.tier ?? '', spec.territory ?? '');
  if ('ok' in placement) return placement;
  if (state.members.has(peerId)) return reject('MEMBER_EXISTS', `${peerId} is already a member`);
  for (const member of state.members.values()) {
    if (member.name === name) return reject('NAME_TAKEN', `the name ${name} is taken by ${member.peerId}`);
  }
  if (state.members.size >= limits.maxMembers) return reject('LIMIT_EXCEEDED', `the federation has ${limits.maxMembers} members`);
  return {
    peerId, name, tier: placement.tier, territory: spec.territory ?? '', addresses: [...addresses], council: spec.council === true,
    status, parent: undefined, homeParent: undefined, joinedAtMs: atMs,
  };
}

/** Adds a prepared member (and its territory) to the state. */
export function admit(state: FederationState, member: Member): ApplyResult {
  if (!territoryRoom(state, member.territory)) return reject('LIMIT_EXCEEDED', `the territory tree has ${limits.maxTerritories} entries`);
  state.members.set(member.peerId, member);
  return { ok: true, peerId: member.peerId };
}

/**
 * The founding digest: SHA-256 of the Bootstrap command's encoding (federation id and
 * founding members). Founders of one federation apply the same command, so they hold the
 * same digest; Raft peers compare it (raft-driver/founding.ts).
 */
export function foundingDigest(command: continuum.daemon.v1.Bootstrap): Uint8Array {
  return sha256(continuum.daemon.v1.Bootstrap.encode(command).finish());
}

export function applyBootstrap(state: FederationState, command: continuum.daemon.v1.Bootstrap, context: ApplyContext): ApplyResult {
  if (state.federationId !== '') return reject('ALREADY_BOOTSTRAPPED', `federation ${state.federationId} exists`);
  const federationId = command.federationId;
  if (federationId.length > limits.maxFederationIdLength || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(federationId)) {
    return reject('INVALID_ARGUMENT', `federation id must be 1-${limits.maxFederationIdLength} letters, digits, ".", "_" or "-"`);
  }
  if (command.members.length === 0) return reject('INVALID_ARGUMENT', 'a federation starts with at least one member');
  // Check all members against a scratch state first, so a bad one changes nothing.
  const scratch: FederationState = { ...state, members: new Map(), territories: new Set() };
  const members: Member[] = [];
  for (const spec of command.members) {
    const member = prepareMember(scratch, spec, 'HEALTHY', context.atMs);
    if ('ok' in member) return member;
    scratch.members.set(member.peerId, member);
    members.push(member);
  }
  if (!members.some((member) => member.peerId === context.proposer)) return reject('NOT_A_MEMBER', 'the proposer of a bootstrap is one of its members');
  state.federationId = command.federationId;
  state.founding = foundingDigest(command);
  for (const member of members) admit(state, member);
  return applied;
}

export function applyAddMember(state: FederationState, command: continuum.daemon.v1.AddMember, context: ApplyContext): ApplyResult {
  const member = prepareMember(state, command.member ?? {}, 'JOINING', context.atMs);
  if ('ok' in member) return member;
  return admit(state, member);
}

/**
 * The proposer's own record takes the name, tier and territory it states. A new tier or
 * territory can break the parent links around it, so the member loses its parent and
 * home parent and its children lose theirs (`orphans`): the coordinator places them again.
 */
export function applyDescribeMember(state: FederationState, command: continuum.daemon.v1.DescribeMember, context: ApplyContext): ApplyResult {
  const member = state.members.get(context.proposer);
  if (member === undefined) return reject('MEMBER_UNKNOWN', `${context.proposer} is not a member`);
  const problem = checkNodeName(command.name);
  if (problem !== undefined) return problem;
  const placement = checkTierTerritory(command.tier, command.territory);
  if ('ok' in placement) return placement;
  for (const other of state.members.values()) {
    if (other.name === command.name && other.peerId !== member.peerId) return reject('NAME_TAKEN', `the name ${command.name} is taken by ${other.peerId}`);
  }
  const moved = placement.tier !== member.tier || command.territory !== member.territory;
  if (moved && !territoryRoom(state, command.territory)) return reject('LIMIT_EXCEEDED', `the territory tree has ${limits.maxTerritories} entries`);
  member.name = command.name;
  if (!moved) return { ok: true, peerId: member.peerId, orphans: [] };
  member.tier = placement.tier;
  member.territory = command.territory;
  member.parent = undefined;
  member.homeParent = undefined;
  return { ok: true, peerId: member.peerId, orphans: orphanChildren(state, member.peerId) };
}

/** Clears every link to `parent` (current and home); the members that lost their current parent. */
function orphanChildren(state: FederationState, parent: string): string[] {
  const orphans: string[] = [];
  for (const child of state.members.values()) {
    if (child.parent === parent) {
      child.parent = undefined;
      orphans.push(child.peerId);
    }
    if (child.homeParent === parent) child.homeParent = undefined;
  }
  return orphans;
}

export function applyRemoveMember(state: FederationState, command: continuum.daemon.v1.RemoveMember): ApplyResult {
  if (!state.members.delete(command.peerId)) return reject('MEMBER_UNKNOWN', `${command.peerId} is not a member`);
  return { ok: true, peerId: command.peerId, orphans: orphanChildren(state, command.peerId) };
}

/** Council membership: a DEAD member is not made a council member (it could not vote). */
export function applySetCouncil(state: FederationState, command: continuum.daemon.v1.SetCouncil): ApplyResult {
  const member = state.members.get(command.peerId);
  if (member === undefined) return reject('MEMBER_UNKNOWN', `${command.peerId} is not a member`);
  if (command.council && member.status === 'DEAD') return reject('INVALID_ARGUMENT', `${command.peerId} is DEAD`);
  member.council = command.council;
  return applied;
}

export function applySetMemberStatus(state: FederationState, command: continuum.daemon.v1.SetMemberStatus): ApplyResult {
  const member = state.members.get(command.peerId);
  if (member === undefined) return reject('MEMBER_UNKNOWN', `${command.peerId} is not a member`);
  if (!isMemberStatus(command.status)) return reject('INVALID_ARGUMENT', `unknown status "${command.status.slice(0, 32)}"`);
  member.status = command.status;
  return applied;
}

export function applySetParent(state: FederationState, command: continuum.daemon.v1.SetParent): ApplyResult {
  const member = state.members.get(command.peerId);
  if (member === undefined) return reject('MEMBER_UNKNOWN', `${command.peerId} is not a member`);
  if (command.parent === '') {
    member.parent = undefined;
    if (command.home) member.homeParent = undefined;
    return applied;
  }
  const parent = state.members.get(command.parent);
  if (parent === undefined) return reject('PARENT_INVALID', `parent ${command.parent} is not a member`);
  if (parent.status === 'DEAD') return reject('PARENT_INVALID', `parent ${command.parent} is DEAD`);
  const problem = checkParent(member, parent);
  if (problem !== undefined) return reject('PARENT_INVALID', problem);
  member.parent = parent.peerId;
  if (command.home) member.homeParent = parent.peerId;
  return applied;
}

export function applySetAddresses(state: FederationState, command: continuum.daemon.v1.SetAddresses): ApplyResult {
  const member = state.members.get(command.peerId);
  if (member === undefined) return reject('MEMBER_UNKNOWN', `${command.peerId} is not a member`);
  const problem = checkAddresses(command.addresses);
  if (problem !== undefined) return problem;
  member.addresses = [...command.addresses];
  return applied;
}
