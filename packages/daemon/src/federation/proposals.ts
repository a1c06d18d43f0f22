/**
 * Applied proposal ids, part of the replicated state: a proposal whose id was applied
 * already is a duplicate (the same envelope committed twice after a retried forward) and
 * is not applied again. Every replica applies the same log, so every replica keeps the
 * same ids and evicts the same oldest one; snapshots carry them in order.
 */
import type { FederationState } from './state.js';

/** Records a proposal id applied at `index`; false when it was applied before (skip it). */
export function recordProposal(state: FederationState, id: string, index: number, keep: number): boolean {
  if (state.appliedProposals.has(id)) return false;
  state.appliedProposals.set(id, index);
  while (state.appliedProposals.size > keep) {
    const oldest = state.appliedProposals.keys().next();
    if (oldest.done === true) break;
    state.appliedProposals.delete(oldest.value);
  }
  return true;
}
