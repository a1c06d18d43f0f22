/**
 * Dials a federation member on a protocol, first adding the addresses the federation
 * state records for it to the peer store when not connected to it (a member we never
 * connected to is still reachable through the addresses it joined with).
 */
import { peerIdFromString } from '@libp2p/peer-id';
import type { Stream } from '@libp2p/interface';
import { multiaddr } from '@multiformats/multiaddr';
import type { Multiaddr } from '@multiformats/multiaddr';
import type { ContinuumHost } from '../host/host.js';
import { limits } from '../limits.js';

function parse(addresses: readonly string[]): Multiaddr[] {
  return addresses.flatMap((address) => {
    try {
      return [multiaddr(address)];
    } catch {
      return [];
    }
  });
}

export async function dialMember(host: ContinuumHost, peer: string, addresses: readonly string[], protocol: string, signal: AbortSignal): Promise<Stream> {
  const peerId = peerIdFromString(peer);
  // Connected already: no address is needed, and a peer store write (encode, store, a
  // peer:update event to every listener) per fedlog poll or forwarded request is not free.
  const known = host.getConnections(peerId).length > 0 ? [] : parse(addresses);
  if (known.length > 0) await host.peerStore.merge(peerId, { multiaddrs: known }).catch(() => undefined);
  return host.dialProtocol(peerId, protocol, { signal: AbortSignal.any([signal, AbortSignal.timeout(limits.dialTimeoutMs)]) });
}
