/**
 * The federation state machine: `apply(state, command)` in Raft log order. Deterministic
 * and total: a command that cannot be decoded or is not allowed leaves the state as it
 * was and gives a Rejected result; nothing here throws for any input.
 */
import { ContinuumError } from '../errors.js';
import type { continuum } from '../gen/federation.js';
import type { CommandInput, DecodedCommand } from './command.js';
import { decodeCommand, encodeCommand } from './command.js';
import { applyDeletePolicy, applyIssueDirective, applyRevokeDirective, applySetPolicy, applyAddTerritory, applyRemoveTerritory } from './governance.js';
import { applyCreateToken, applyJoin } from './join.js';
import { applyKvCas, applyKvDelete, applyKvPut } from './kv.js';
import { kvChangeOf } from './kv-changes.js';
import type { KvChange } from './kv-changes.js';
import type { ApplyContext } from './members.js';
import {
  applyAddMember, applyBootstrap, applyDescribeMember, applyRemoveMember, applySetAddresses, applySetCouncil, applySetMemberStatus, applySetParent,
} from './members.js';
import type { ApplyResult } from './result.js';
import { reject } from './result.js';
import type { FederationState } from './state.js';

function dispatch(state: FederationState, command: DecodedCommand, context: ApplyContext): ApplyResult {
  const c = command;
  switch (c.kind) {
    case 'bootstrap': return applyBootstrap(state, c.bootstrap as continuum.daemon.v1.Bootstrap, context);
    case 'addMember': return applyAddMember(state, c.addMember as continuum.daemon.v1.AddMember, context);
    case 'join': return applyJoin(state, c.join as continuum.daemon.v1.Join, context);
    case 'removeMember': return applyRemoveMember(state, c.removeMember as continuum.daemon.v1.RemoveMember);
    case 'setMemberStatus': return applySetMemberStatus(state, c.setMemberStatus as continuum.daemon.v1.SetMemberStatus);
    case 'setParent': return applySetParent(state, c.setParent as continuum.daemon.v1.SetParent);
    case 'setAddresses': return applySetAddresses(state, c.setAddresses as continuum.daemon.v1.SetAddresses);
    case 'addTerritory': return applyAddTerritory(state, c.addTerritory as continuum.daemon.v1.AddTerritory);
    case 'removeTerritory': return applyRemoveTerritory(state, c.removeTerritory as continuum.daemon.v1.RemoveTerritory);
    case 'setPolicy': return applySetPolicy(state, c.setPolicy as continuum.daemon.v1.SetPolicy);
    case 'deletePolicy': return applyDeletePolicy(state, c.deletePolicy as continuum.daemon.v1.DeletePolicy);
    case 'issueDirective': return applyIssueDirective(state, c.issueDirective as continuum.daemon.v1.IssueDirective, context);
    case 'revokeDirective': return applyRevokeDirective(state, c.revokeDirective as continuum.daemon.v1.RevokeDirective);
    case 'createToken': return applyCreateToken(state, c.createToken as continuum.daemon.v1.CreateToken, context);
    case 'kvPut': return applyKvPut(state, c.kvPut as continuum.daemon.v1.KvPut);
    case 'kvDelete': return applyKvDelete(state, c.kvDelete as continuum.daemon.v1.KvDelete);
    case 'kvCas': return applyKvCas(state, c.kvCas as continuum.daemon.v1.KvCas);
    case 'setCouncil': return applySetCouncil(state, c.setCouncil as continuum.daemon.v1.SetCouncil);
    case 'describeMember': return applyDescribeMember(state, c.describeMember as continuum.daemon.v1.DescribeMember, context);
    default: return reject('MALFORMED', 'no command kind set');
  }
}

/** Applies one decoded command. */
export function applyDecoded(state: FederationState, command: DecodedCommand): ApplyResult {
  const context: ApplyContext = { atMs: command.atMs, proposer: command.proposer };
  if (command.kind !== 'bootstrap') {
    if (state.federationId === '') return reject('NOT_BOOTSTRAPPED', 'the federation has not been bootstrapped');
    if (!state.members.has(command.proposer)) return reject('NOT_A_MEMBER', `proposer ${command.proposer} is not a member`);
  }
  try {
    return dispatch(state, command, context);
  } catch (error) {
    // Only a missing sub-message can get here (decoded messages are otherwise complete).
    return reject('MALFORMED', error instanceof Error ? error.message : 'malformed command');
  }
}

/** Applies one log entry's bytes. */
export function applyBytes(state: FederationState, bytes: Uint8Array): ApplyResult {
  return applyLogged(state, bytes, 0).result;
}

/** Applies the bytes of the log entry at `index`; `change` is the KV write it made, if any (what KV watches report). */
export function applyLogged(state: FederationState, bytes: Uint8Array, index: number): { result: ApplyResult; change?: KvChange } {
  let command: DecodedCommand;
  try {
    command = decodeCommand(bytes);
  } catch (error) {
    return { result: reject('MALFORMED', ContinuumError.is(error) ? error.message : 'cannot decode command') };
  }
  const result = applyDecoded(state, command);
  const change = kvChangeOf(state, command, result, index);
  return change === undefined ? { result } : { result, change };
}

/**
 * Applies a command given as an object, through its encoding, so that it is judged
 * exactly as a replica that reads it from the log would judge it.
 */
export function apply(state: FederationState, command: CommandInput): ApplyResult {
  let bytes: Uint8Array;
  try {
    bytes = encodeCommand(command);
  } catch (error) {
    return reject('LIMIT_EXCEEDED', ContinuumError.is(error) ? error.message : 'cannot encode command');
  }
  return applyBytes(state, bytes);
}
