/**
 * The data of each Normal Raft log entry: a ProposalEnvelope holding the proposer's
 * random proposal id and the encoded federation command. The node waiting for a result
 * (the proposer, also when it forwarded the proposal to the leader or to the council)
 * matches the id when it applies the entry itself: every replica computes the same
 * result, so no result travels back over the network.
 */
import { randomBytes } from 'node:crypto';
import { continuum } from '../gen/federation.js';

const { ProposalEnvelope } = continuum.daemon.v1;
export const proposalIdBytes = 16;

export function newProposalId(): Uint8Array {
  return new Uint8Array(randomBytes(proposalIdBytes));
}

export function proposalKey(id: Uint8Array): string {
  return Buffer.from(id.buffer, id.byteOffset, id.byteLength).toString('hex');
}

export function encodeEnvelope(proposalId: Uint8Array, command: Uint8Array): Uint8Array {
  return ProposalEnvelope.encode({ proposalId, command }).finish();
}

/** The envelope of an entry, or undefined for bytes that are not one (applied as a malformed command). */
export function decodeEnvelope(data: Uint8Array): { readonly proposalId: Uint8Array; readonly command: Uint8Array } | undefined {
  try {
    const envelope = ProposalEnvelope.decode(data);
    return { proposalId: envelope.proposalId, command: envelope.command };
  } catch {
    return undefined;
  }
}
