import type { PeerId } from '@libp2p/interface';
import type { AddressManager } from '@libp2p/interface-internal';
import type { Multiaddr } from '@multiformats/multiaddr';
import { peerIdOf, withoutPeerId } from '../address.js';
import type { DialerComponents } from '../dialer.js';

/** Components of a method that dials addresses whose peer id it does not know yet. */
export interface AddressDialComponents extends DialerComponents {
  readonly addressManager: AddressManager;
}

export interface AddressDialResult {
  readonly peerId: PeerId;
  /** The address that was dialled, with `/p2p/<id>` appended when it had none. */
  readonly address: Multiaddr;
}

/** Drops the node's own addresses (DNS and bootstrap lists usually name every member, this one too). */
export function notSelf(components: AddressDialComponents, addresses: readonly Multiaddr[]): Multiaddr[] {
  const self = components.peerId.toString();
  const own = new Set(components.addressManager.getAddresses().map(withoutPeerId));
  return addresses.filter((address) => peerIdOf(address) !== self && !own.has(withoutPeerId(address)));
}

/**
 * Dials a peer by address alone (SRV targets and `host:port` bootstrap entries carry no
 * peer id); the connection's secure handshake tells who answered. Throws what libp2p throws.
 */
export async function dialAddresses(components: AddressDialComponents, addresses: readonly Multiaddr[], signal: AbortSignal): Promise<AddressDialResult> {
  const first = addresses[0];
  if (first === undefined) throw new Error('no address to dial');
  const connection = await components.connectionManager.openConnection(addresses.length === 1 ? first : [...addresses], { signal });
  const peerId = connection.remotePeer;
  const remote = connection.remoteAddr;
  const address = peerIdOf(remote) === null ? remote.encapsulate(`/p2p/${peerId.toString()}`) : remote;
  return { peerId, address };
}
