/**
 * Whom a member asks: the council (forwarding), and for fedlog catch-up its parent, a few
 * connected members (random order) and the council.
 */
import { randomBytes } from 'node:crypto';
import type { FederationState } from '../federation/state.js';

export function councilPeers(state: FederationState, self: string): string[] {
  return [...state.members.values()].filter((member) => member.council && member.peerId !== self).map((member) => member.peerId);
}

export function fedlogSources(state: FederationState, self: string, connected: readonly string[]): string[] {
  const members = state.members;
  const parent = members.get(self)?.parent;
  const candidates = connected.filter((peer) => members.has(peer) && peer !== self);
  const shuffled = candidates.map((peer) => ({ peer, key: randomBytes(4).readUInt32LE(0) })).sort((a, b) => a.key - b.key).map((entry) => entry.peer);
  return [...new Set([...(parent === undefined ? [] : [parent]), ...shuffled.slice(0, 4), ...councilPeers(state, self)])];
}
