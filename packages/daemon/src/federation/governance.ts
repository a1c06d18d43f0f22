/** Territory tree, policy and directive commands. */
import { limits } from '../limits.js';
import { globalTerritory, parseTerritoryId } from '../territory/territory.js';
import type { continuum } from '../gen/federation.js';
import { addTerritoryWithAncestors, byteLength, checkIdentifier, copyBytes } from './checks.js';
import type { ApplyContext } from './members.js';
import type { ApplyResult } from './result.js';
import { applied, reject } from './result.js';
import type { FederationState } from './state.js';

export function applyAddTerritory(state: FederationState, command: continuum.daemon.v1.AddTerritory): ApplyResult {
  const parsed = parseTerritoryId(command.id);
  if (!parsed.ok) return reject('TERRITORY_INVALID', parsed.reason);
  if (parsed.territory.kind === 'global') return reject('TERRITORY_INVALID', `${globalTerritory} is the implied root of the tree`);
  if (!addTerritoryWithAncestors(state, command.id)) return reject('LIMIT_EXCEEDED', `the territory tree has ${limits.maxTerritories} entries`);
  return applied;
}

export function applyRemoveTerritory(state: FederationState, command: continuum.daemon.v1.RemoveTerritory): ApplyResult {
  if (!state.territories.has(command.id)) return reject('NOT_FOUND', `territory ${command.id} is not in the tree`);
  for (const member of state.members.values()) {
    if (member.territory === command.id) return reject('TERRITORY_IN_USE', `member ${member.name} is in ${command.id}`);
  }
  for (const id of state.territories) {
    const parsed = parseTerritoryId(id);
    if (parsed.ok && parsed.territory.parent === command.id) return reject('TERRITORY_IN_USE', `${id} is under ${command.id}`);
  }
  state.territories.delete(command.id);
  return applied;
}

export function applySetPolicy(state: FederationState, command: continuum.daemon.v1.SetPolicy): ApplyResult {
  const problem = checkIdentifier('policy name', command.name, limits.maxPolicyNameLength);
  if (problem !== undefined) return problem;
  if (byteLength(command.value) > limits.maxPolicyValueBytes) return reject('LIMIT_EXCEEDED', `policy value over ${limits.maxPolicyValueBytes} bytes`);
  if (!state.policies.has(command.name) && state.policies.size >= limits.maxPolicies) return reject('LIMIT_EXCEEDED', `${limits.maxPolicies} policies exist`);
  state.policyRevision += 1;
  state.policies.set(command.name, { name: command.name, value: command.value, revision: state.policyRevision });
  return applied;
}

export function applyDeletePolicy(state: FederationState, command: continuum.daemon.v1.DeletePolicy): ApplyResult {
  if (!state.policies.has(command.name)) return reject('NOT_FOUND', `no policy ${command.name}`);
  state.policies.delete(command.name);
  state.policyRevision += 1;
  return applied;
}

export function applyIssueDirective(state: FederationState, command: continuum.daemon.v1.IssueDirective, context: ApplyContext): ApplyResult {
  const problem = checkIdentifier('directive id', command.id, limits.maxDirectiveIdLength) ?? checkIdentifier('directive kind', command.kind, limits.maxDirectiveIdLength);
  if (problem !== undefined) return problem;
  const target = parseTerritoryId(command.targetTerritory);
  if (!target.ok) return reject('TERRITORY_INVALID', target.reason);
  if (command.body.byteLength > limits.maxDirectiveBodyBytes) return reject('LIMIT_EXCEEDED', `directive body over ${limits.maxDirectiveBodyBytes} bytes`);
  if (command.expiresAtMs !== 0 && command.expiresAtMs <= context.atMs) return reject('INVALID_ARGUMENT', 'directive expires before it is issued');
  if (state.directives.has(command.id)) return reject('ALREADY_EXISTS', `directive ${command.id} exists`);
  for (const [id, directive] of state.directives) {
    if (directive.expiresAtMs !== 0 && directive.expiresAtMs <= context.atMs) state.directives.delete(id);
  }
  if (state.directives.size >= limits.maxDirectives) return reject('LIMIT_EXCEEDED', `${limits.maxDirectives} directives are live`);
  state.directives.set(command.id, {
    id: command.id, kind: command.kind, targetTerritory: command.targetTerritory, body: copyBytes(command.body),
    issuedAtMs: context.atMs, expiresAtMs: command.expiresAtMs, issuedBy: context.proposer,
  });
  return applied;
}

export function applyRevokeDirective(state: FederationState, command: continuum.daemon.v1.RevokeDirective): ApplyResult {
  if (!state.directives.delete(command.id)) return reject('NOT_FOUND', `no directive ${command.id}`);
  return applied;
}
