import type { PeerInfo } from '@libp2p/interface';
import { peerIdFromString } from '@libp2p/peer-id';
import { multiaddr } from '@multiformats/multiaddr';
import { DiscoveryError } from '../errors.js';
import { continuum } from '../gen/pex.js';
import { limits } from '../limits.js';

const { PexRequest, PexResponse } = continuum.discovery.v1;

function invalid(peer: string, reason: string, cause?: unknown): DiscoveryError<'PEX_INVALID'> {
  return new DiscoveryError('PEX_INVALID', `peer exchange with ${peer}: ${reason}`, { peer, reason }, cause === undefined ? undefined : { cause });
}

function checkSize(bytes: Uint8Array, peer: string): void {
  if (bytes.byteLength > limits.maxPexMessageBytes) throw invalid(peer, `frame of ${bytes.byteLength} bytes exceeds ${limits.maxPexMessageBytes}`);
}

export function encodePexRequest(maxPeers: number): Uint8Array {
  return PexRequest.encode({ maxPeers: Math.min(maxPeers, limits.maxPexPeersCount) }).finish();
}

/** The number of peers asked for, clamped to limits.maxPexPeersCount. Throws PEX_INVALID. */
export function decodePexRequest(bytes: Uint8Array, peer: string): number {
  checkSize(bytes, peer);
  let maxPeers: number;
  try {
    maxPeers = PexRequest.decode(bytes).maxPeers;
  } catch (error) {
    throw invalid(peer, 'undecodable request', error);
  }
  return Math.min(maxPeers, limits.maxPexPeersCount);
}

/**
 * Encodes at most limits.maxPexPeersCount peers with at most
 * limits.maxPexAddressesPerPeerCount addresses each, dropping longer addresses and
 * whatever would push the frame past limits.maxPexMessageBytes.
 */
export function encodePexResponse(peers: readonly PeerInfo[]): Uint8Array {
  const encoded: { id: string; addrs: Uint8Array[] }[] = [];
  let size = 0;
  for (const peer of peers.slice(0, limits.maxPexPeersCount)) {
    const addrs = peer.multiaddrs.map((a) => a.bytes).filter((b) => b.byteLength <= limits.maxMultiaddrBytes).slice(0, limits.maxPexAddressesPerPeerCount);
    const entry = { id: peer.id.toString(), addrs };
    // Generous per-field overhead (tags and lengths) so the frame bound holds.
    const entrySize = entry.id.length + addrs.reduce((sum, a) => sum + a.byteLength + 4, 0) + 8;
    if (size + entrySize > limits.maxPexMessageBytes) break;
    size += entrySize;
    encoded.push(entry);
  }
  return PexResponse.encode({ peers: encoded }).finish();
}

/** Decodes and checks a response from `peer`; anything out of bounds throws PEX_INVALID. */
export function decodePexResponse(bytes: Uint8Array, peer: string): PeerInfo[] {
  checkSize(bytes, peer);
  let message: ReturnType<typeof PexResponse.decode>;
  try {
    message = PexResponse.decode(bytes);
  } catch (error) {
    throw invalid(peer, 'undecodable response', error);
  }
  if (message.peers.length > limits.maxPexPeersCount) throw invalid(peer, `${message.peers.length} peers exceed ${limits.maxPexPeersCount}`);
  return message.peers.map((entry, index) => {
    const addrs = entry.addrs ?? [];
    if (addrs.length > limits.maxPexAddressesPerPeerCount) throw invalid(peer, `peer ${index} has ${addrs.length} addresses, over ${limits.maxPexAddressesPerPeerCount}`);
    try {
      const id = peerIdFromString(entry.id ?? '');
      const multiaddrs = addrs.map((bytes) => {
        if (bytes.byteLength > limits.maxMultiaddrBytes) throw new Error(`address of ${bytes.byteLength} bytes`);
        return multiaddr(bytes);
      });
      return { id, multiaddrs };
    } catch (error) {
      throw invalid(peer, `peer ${index}: ${error instanceof Error ? error.message : String(error)}`, error);
    }
  });
}
