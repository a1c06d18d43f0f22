/**
 * The data of each Normal Raft log entry: a ProposalEnvelope holding the proposer's
 * random proposal id and the encoded federation command. The node waiting for a result
 * (the proposer, also when it forwarded the proposal to the leader or to the council)
 * matches the id when it applies the entry itself: every replica computes the same
 * result, so no result travels back over the network.
 */
import { randomFillSync } from 'node:crypto';
import { continuum } from '../gen/federation.js';

const { ProposalEnvelope } = continuum.daemon.v1;
export const proposalIdBytes = 16;

// Ids must stay unpredictable: every member sees them in the log, and a member that could
// guess another node's next id could commit a command under it, which that node would take
// as its own result (and its own command would then be skipped as a duplicate). So no
// counter; the random bytes are drawn 256 ids at a time, one call instead of one per id.
const idsPerDraw = 256;
let pool = new Uint8Array(0);
let taken = 0;

export function newProposalId(): Uint8Array {
  if (taken + proposalIdBytes > pool.byteLength) {
    pool = randomFillSync(new Uint8Array(proposalIdBytes * idsPerDraw));
    taken = 0;
  }
  const id = pool.slice(taken, taken + proposalIdBytes);
  taken += proposalIdBytes;
  return id;
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
