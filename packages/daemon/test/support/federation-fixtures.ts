/** Shared fixtures for federation tests: fake peer ids and a bootstrapped state. */
import { apply, createFederationState } from '../../src/federation/index.js';
import type { CommandInput, FederationState } from '../../src/federation/index.js';

const alphabet = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** A string of the shape of an Ed25519 peer id, distinct for each n. */
export function fakePeerId(n: number): string {
  let suffix = '';
  let rest = n;
  do {
    suffix = (alphabet[rest % alphabet.length] ?? '1') + suffix;
    rest = Math.floor(rest / alphabet.length);
  } while (rest > 0);
  return `12D3KooW${suffix.padStart(44, 'x')}`;
}

export const council = fakePeerId(0);

export function command(atMs: number, body: CommandInput, proposer = council): CommandInput {
  return { atMs, proposer, ...body };
}

/** A federation with a national council node in DK and a regional node in US-CA. */
export function bootstrapped(): FederationState {
  const state = createFederationState();
  const result = apply(state, command(1000, {
    bootstrap: {
      federationId: 'fed-test',
      members: [
        { peerId: council, name: 'dk-national', tier: 'national', territory: 'DK', council: true, addresses: ['/ip4/127.0.0.1/tcp/7000'] },
        { peerId: fakePeerId(1), name: 'us-ca', tier: 'regional', territory: 'US-CA', council: true },
        { peerId: fakePeerId(2), name: 'global-1', tier: 'global', territory: 'GLOBAL', council: true },
      ],
    },
  }));
  if (!result.ok) throw new Error(`bootstrap failed: ${result.reason}`);
  return state;
}
