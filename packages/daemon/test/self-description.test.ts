// A node's own record follows its config: proposed when it differs, not when it matches
// or the node is not a member; retried after a lost quorum; a refused description is not
// proposed again.
import { describe, expect, it } from 'vitest';
import { apply } from '../src/federation/apply.js';
import { SelfDescription, describeCommand } from '../src/node/self-description.js';
import { bootstrapped, command, council, fakePeerId } from './support/federation-fixtures.js';
import { ConsensusTestDouble } from './support/consensus-double.js';

const own = { name: 'dk-national', tier: 'national', territory: 'DK' } as const;

describe('self description', () => {
  it('is needed only when this member\'s record differs from its config', () => {
    const state = bootstrapped();
    expect(describeCommand(state, council, own)).toBeUndefined();
    expect(describeCommand(state, fakePeerId(50), own)).toBeUndefined();
    expect(describeCommand(state, council, { ...own, name: 'dk-1' })).toEqual({ name: 'dk-1', tier: 'national', territory: 'DK' });
    expect(describeCommand(state, council, { ...own, territory: 'DK-AARHUS', tier: 'regional' })).toEqual({ name: 'dk-national', tier: 'regional', territory: 'DK-AARHUS' });
  });

  it('proposes until committed, then never again while the record matches; retries after no quorum', async () => {
    const consensus = new ConsensusTestDouble(bootstrapped(), council);
    const description = new SelfDescription(consensus, council, { ...own, name: 'dk-1' }, () => 9);
    consensus.quorum = false;
    await expect(description.check(AbortSignal.timeout(20))).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    consensus.quorum = true;
    expect(await description.check(new AbortController().signal)).toMatchObject({ kind: 'described' });
    expect(consensus.state.members.get(council)?.name).toBe('dk-1');
    expect(await description.check(new AbortController().signal)).toEqual({ kind: 'unchanged' });
    expect(consensus.proposed.map((proposal) => proposal.describeMember?.name)).toEqual(['dk-1', 'dk-1']);
    expect(consensus.proposed[1]).toMatchObject({ atMs: 9, proposer: council });
  });

  it('a refused description (a taken name) is not proposed again', async () => {
    const consensus = new ConsensusTestDouble(bootstrapped(), council);
    const description = new SelfDescription(consensus, council, { ...own, name: 'us-ca' }, () => 1);
    expect(await description.check(new AbortController().signal)).toMatchObject({ kind: 'refused', reason: expect.stringMatching(/taken/) as unknown });
    expect(await description.check(new AbortController().signal)).toEqual({ kind: 'unchanged' });
    expect(consensus.proposed).toHaveLength(1);
    // The other member leaves the name; this node's config still wants it, but only a restart (a new config) tries again.
    expect(apply(consensus.state, command(2, { removeMember: { peerId: fakePeerId(1) } })).ok).toBe(true);
    expect(await description.check(new AbortController().signal)).toEqual({ kind: 'unchanged' });
  });
});
