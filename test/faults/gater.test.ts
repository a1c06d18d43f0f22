// combineGaters (packages/daemon/src/node/node.ts): the fault harness's partition gater is
// added to the penalty box's; a connection must be refused when either refuses it, and an
// address kept only when both keep it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { combineGaters } from '../../packages/daemon/src/node/node.js';

type ConnectionGater = Parameters<typeof combineGaters>[0];
type PeerId = Parameters<NonNullable<ConnectionGater['denyDialPeer']>>[0];
const peer = { toString: () => 'peer' } as unknown as PeerId;

describe('combineGaters', () => {
  it('returns the first gater when there is no second', () => {
    const first: ConnectionGater = { denyDialPeer: () => true };
    expect(combineGaters(first, undefined)).toBe(first);
  });

  it('denies when either denies (sync or async), keeps an address only when both keep it', async () => {
    await fc.assert(fc.asyncProperty(fc.option(fc.boolean()), fc.option(fc.boolean()), fc.boolean(), async (a, b, asyncB) => {
      const rule = (value: boolean | null, isAsync: boolean) => (value === null ? undefined : () => (isAsync ? Promise.resolve(value) : value));
      const first: ConnectionGater = {};
      const second: ConnectionGater = {};
      const ruleA = rule(a, false);
      const ruleB = rule(b, asyncB);
      if (ruleA !== undefined) Object.assign(first, { denyDialPeer: ruleA, filterMultiaddrForPeer: ruleA });
      if (ruleB !== undefined) Object.assign(second, { denyDialPeer: ruleB, filterMultiaddrForPeer: ruleB });
      const combined = combineGaters(first, second);
      const present = a !== null || b !== null;
      expect(combined.denyDialPeer === undefined).toBe(!present);
      if (!present) return;
      expect(await combined.denyDialPeer?.(peer)).toBe(a === true || b === true);
      expect(await combined.filterMultiaddrForPeer?.(peer, undefined as never)).toBe(a !== false && b !== false);
    }));
  });
});
