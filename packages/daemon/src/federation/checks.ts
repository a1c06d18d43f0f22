/**
 * Argument checks shared by the command handlers. Self-contained rules only (no library
 * parsers whose behaviour could change between versions), so every replica, whatever
 * its version, judges a command the same way.
 */
import { limits } from '../limits.js';
import { parseTerritoryId } from '../territory/territory.js';
import { checkPlacement, isTier } from '../territory/tiers.js';
import type { Tier } from '../territory/tiers.js';
import type { Rejected } from './result.js';
import { reject } from './result.js';
import type { FederationState } from './state.js';

const peerIdPattern = /^[1-9A-HJ-NP-Za-km-z]{32,128}$/;
const nodeNamePattern = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
export const identifierPattern = /^[a-z0-9][a-z0-9._-]*$/;

export function byteLength(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

export function checkPeerId(peerId: string): Rejected | undefined {
  return peerIdPattern.test(peerId) ? undefined : reject('INVALID_ARGUMENT', `"${peerId.slice(0, 140)}" is not a peer id`);
}

export function checkNodeName(name: string): Rejected | undefined {
  if (name.length === 0 || name.length > limits.maxNodeNameLength || !nodeNamePattern.test(name)) {
    return reject('INVALID_ARGUMENT', `node name must be 1-${limits.maxNodeNameLength} letters, digits, ".", "_" or "-"`);
  }
  return undefined;
}

export function checkAddresses(addresses: readonly string[]): Rejected | undefined {
  if (addresses.length > limits.maxAddressesPerMember) return reject('LIMIT_EXCEEDED', `more than ${limits.maxAddressesPerMember} addresses`);
  for (const address of addresses) {
    if (!address.startsWith('/') || address.length > limits.maxAddressLength) {
      return reject('INVALID_ARGUMENT', `address must be a multiaddr of at most ${limits.maxAddressLength} characters`);
    }
  }
  return undefined;
}

export function checkTierTerritory(tier: string, territory: string): Rejected | { tier: Tier } {
  if (!isTier(tier)) return reject('INVALID_ARGUMENT', `unknown tier "${tier.slice(0, 32)}"`);
  const parsed = parseTerritoryId(territory);
  if (!parsed.ok) return reject('TERRITORY_INVALID', parsed.reason);
  const placement = checkPlacement({ tier, territory });
  if (placement !== undefined) return reject('TERRITORY_INVALID', placement);
  return { tier };
}

export function checkIdentifier(what: string, value: string, maxLength: number): Rejected | undefined {
  if (value.length === 0 || value.length > maxLength || !identifierPattern.test(value)) {
    return reject('INVALID_ARGUMENT', `${what} must be 1-${maxLength} of a-z, 0-9, ".", "_" or "-"`);
  }
  return undefined;
}

/** Adds a territory and its missing ancestors to the tree; false when the tree is full. */
export function addTerritoryWithAncestors(state: FederationState, id: string): boolean {
  const chain: string[] = [];
  let current: string | undefined = id;
  while (current !== undefined && !state.territories.has(current)) {
    const parsed = parseTerritoryId(current);
    if (!parsed.ok || parsed.territory.kind === 'global') break;
    chain.push(current);
    current = parsed.territory.parent;
  }
  if (state.territories.size + chain.length > limits.maxTerritories) return false;
  for (const territory of chain) state.territories.add(territory);
  return true;
}

/** A copy as a plain Uint8Array (decoded protobuf bytes may be Buffer views into the log entry). */
export function copyBytes(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(bytes);
}

/** The parts one after another in one array. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}
