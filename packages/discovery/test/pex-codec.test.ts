// The peer-exchange wire format: symmetric, bounded, and failing only with PEX_INVALID.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateKeyPair } from '@libp2p/crypto/keys';
import { peerIdFromPrivateKey } from '@libp2p/peer-id';
import { multiaddr } from '@multiformats/multiaddr';
import type { PeerId, PeerInfo } from '@libp2p/interface';
import { DiscoveryError, decodePexRequest, decodePexResponse, encodePexRequest, encodePexResponse, limits } from '../src/index.js';
import { continuum } from '../src/gen/pex.js';

const ids: PeerId[] = await Promise.all(Array.from({ length: 4 }, async () => peerIdFromPrivateKey(await generateKeyPair('Ed25519'))));
const peer = (i: number, addrs: number): PeerInfo => ({
  id: ids[i % ids.length] as PeerId,
  multiaddrs: Array.from({ length: addrs }, (_, j) => multiaddr(`/ip4/10.0.${i % 250}.${j + 1}/tcp/${7000 + j}`)),
});

function pexError(run: () => unknown): DiscoveryError<'PEX_INVALID'> {
  try {
    run();
  } catch (error) {
    if (DiscoveryError.is(error, 'PEX_INVALID')) return error;
    throw new Error(`expected PEX_INVALID, got ${String(error)}`);
  }
  throw new Error('expected PEX_INVALID, nothing thrown');
}

describe('peer-exchange codec', () => {
  it('a response decodes to what was encoded', () => {
    const peers = [peer(0, 2), peer(1, 1), peer(2, 0)];
    const decoded = decodePexResponse(encodePexResponse(peers), 'test');
    expect(decoded.map((p) => p.id.toString())).toEqual(peers.map((p) => p.id.toString()));
    expect(decoded.map((p) => p.multiaddrs.map(String))).toEqual(peers.map((p) => p.multiaddrs.map(String)));
  });

  it('a request round-trips and is clamped to limits.maxPexPeersCount', () => {
    expect(decodePexRequest(encodePexRequest(5), 'test')).toBe(5);
    const tooMany = continuum.discovery.v1.PexRequest.encode({ maxPeers: limits.maxPexPeersCount + 100 }).finish();
    expect(decodePexRequest(tooMany, 'test')).toBe(limits.maxPexPeersCount);
  });

  it('the encoder keeps to limits.maxPexPeersCount and limits.maxPexAddressesPerPeerCount', () => {
    const many = Array.from({ length: limits.maxPexPeersCount + 10 }, (_, i) => peer(i, limits.maxPexAddressesPerPeerCount + 3));
    const bytes = encodePexResponse(many);
    expect(bytes.byteLength).toBeLessThanOrEqual(limits.maxPexMessageBytes);
    const decoded = decodePexResponse(bytes, 'test');
    expect(decoded.length).toBeLessThanOrEqual(limits.maxPexPeersCount);
    expect(decoded.every((p) => p.multiaddrs.length === limits.maxPexAddressesPerPeerCount)).toBe(true);
  });

  it('the decoder refuses more than limits.maxPexPeersCount peers', () => {
    const peers = Array.from({ length: limits.maxPexPeersCount + 1 }, (_, i) => ({ id: String(ids[i % 4]), addrs: [] }));
    const bytes = continuum.discovery.v1.PexResponse.encode({ peers }).finish();
    expect(pexError(() => decodePexResponse(bytes, 'p')).details.reason).toContain(`exceed ${limits.maxPexPeersCount}`);
  });

  it('the decoder refuses more than limits.maxPexAddressesPerPeerCount addresses', () => {
    const addrs = Array.from({ length: limits.maxPexAddressesPerPeerCount + 1 }, (_, j) => multiaddr(`/ip4/10.0.0.${j + 1}/tcp/1`).bytes);
    const bytes = continuum.discovery.v1.PexResponse.encode({ peers: [{ id: String(ids[0]), addrs }] }).finish();
    expect(pexError(() => decodePexResponse(bytes, 'p')).details.reason).toContain(`over ${limits.maxPexAddressesPerPeerCount}`);
  });

  it('the decoder refuses an address over limits.maxMultiaddrBytes and a frame over limits.maxPexMessageBytes', () => {
    const long = new Uint8Array(limits.maxMultiaddrBytes + 1);
    const bytes = continuum.discovery.v1.PexResponse.encode({ peers: [{ id: String(ids[0]), addrs: [long] }] }).finish();
    expect(pexError(() => decodePexResponse(bytes, 'p')).details.reason).toContain('bytes');
    expect(pexError(() => decodePexResponse(new Uint8Array(limits.maxPexMessageBytes + 1), 'p')).details.reason).toContain('exceeds');
    expect(pexError(() => decodePexRequest(new Uint8Array(limits.maxPexMessageBytes + 1), 'p')).code).toBe('PEX_INVALID');
  });

  it('a bad peer id or multiaddr is PEX_INVALID', () => {
    const badId = continuum.discovery.v1.PexResponse.encode({ peers: [{ id: 'not-a-peer', addrs: [] }] }).finish();
    expect(pexError(() => decodePexResponse(badId, 'p')).code).toBe('PEX_INVALID');
    const badAddr = continuum.discovery.v1.PexResponse.encode({ peers: [{ id: String(ids[0]), addrs: [new Uint8Array([0xff, 0xff, 0xff])] }] }).finish();
    expect(pexError(() => decodePexResponse(badAddr, 'p')).code).toBe('PEX_INVALID');
  });

  it('arbitrary bytes either decode within bounds or fail with PEX_INVALID, never otherwise', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 512 }), (bytes) => {
      for (const decode of [() => decodePexResponse(bytes, 'fuzz'), () => decodePexRequest(bytes, 'fuzz')]) {
        try {
          decode();
        } catch (error) {
          expect(DiscoveryError.is(error, 'PEX_INVALID')).toBe(true);
        }
      }
    }));
  });
});
