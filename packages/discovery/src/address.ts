import { isIP } from 'node:net';
import { peerIdFromString } from '@libp2p/peer-id';
import { CODE_P2P, multiaddr, type Multiaddr } from '@multiformats/multiaddr';
import { limits } from './limits.js';

/**
 * A configured address: a multiaddr (maybe with `/p2p/<id>`), or the design's `host:port`
 * where host is an IPv4 address, a bracketed IPv6 address or a DNS name (resolved through
 * the package's resolver when dialled, so `dns_servers` applies to it too).
 */
export type ConfiguredAddress =
  | { readonly kind: 'multiaddr'; readonly text: string; readonly multiaddr: Multiaddr; readonly peerId: string | null }
  | { readonly kind: 'host'; readonly text: string; readonly host: string; readonly port: number; readonly family: 0 | 4 | 6 };

/** Parses `host:port`, `[v6]:port` or a multiaddr; throws an Error saying why not. */
export function parseAddress(text: string): ConfiguredAddress {
  if (text.length === 0 || text.length > limits.maxAddressChars) throw new Error(`must be 1..${limits.maxAddressChars} characters`);
  if (text.startsWith('/')) {
    let parsed: Multiaddr;
    try {
      parsed = multiaddr(text);
    } catch (error) {
      throw new Error(`is not a valid multiaddr (${error instanceof Error ? error.message : String(error)})`);
    }
    const peerId = peerIdOf(parsed);
    if (peerId !== null) {
      try {
        peerIdFromString(peerId);
      } catch {
        throw new Error('has an invalid /p2p/ peer id');
      }
    }
    return { kind: 'multiaddr', text, multiaddr: parsed, peerId };
  }
  const match = /^(?:\[([0-9A-Fa-f:.]+)\]|([^:[\]/\s]+)):(\d{1,5})$/.exec(text);
  if (match === null) throw new Error('must be host:port, [ipv6]:port or a multiaddr');
  const host = match[1] ?? match[2] ?? '';
  const port = Number(match[3]);
  if (port < 1 || port > 65535) throw new Error('port must be 1..65535');
  const family = isIP(host);
  if (match[1] !== undefined && family !== 6) throw new Error('brackets must hold an IPv6 address');
  if (family === 0 && !/^[A-Za-z0-9_]([A-Za-z0-9_.-]{0,251}[A-Za-z0-9])?\.?$/.test(host)) throw new Error('host must be an IP address or a DNS name');
  return { kind: 'host', text, host: host.replace(/\.$/, ''), port, family: family as 0 | 4 | 6 };
}

/** The peer id a multiaddr names in its last `/p2p/` component, or null. */
export function peerIdOf(address: Multiaddr): string | null {
  return address.getComponents().findLast((component) => component.code === CODE_P2P)?.value ?? null;
}

/** `/ip4/<ip>/tcp/<port>` or `/ip6/<ip>/tcp/<port>` for an IP literal. */
export function tcpMultiaddr(ip: string, port: number): Multiaddr {
  return multiaddr(`/${isIP(ip) === 6 ? 'ip6' : 'ip4'}/${ip}/tcp/${port}`);
}

/** The address without its `/p2p/` part, for comparing with listen addresses. */
export function withoutPeerId(address: Multiaddr): string {
  return address.getComponents().filter((component) => component.code !== CODE_P2P).map((c) => `/${c.name}${c.value === undefined ? '' : `/${c.value}`}`).join('');
}
