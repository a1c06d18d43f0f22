/**
 * Pseudonymous ids: HMAC-SHA-256 keyed with the node's secret, over a domain tag, the
 * platform and the handle. A real id never leaves the node; two nodes cannot link the same
 * author unless the federation shares the key by policy. 128 bits, hex.
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { requireArgument } from '../errors.js';
import { toHex } from '../text/hash.js';

const encoder = new TextEncoder();

export type PseudonymKind = 'author' | 'mention';

export class Pseudonymizer {
  private readonly base: ReturnType<typeof hmac.create>;

  constructor(secret: Uint8Array, minSecretBytes: number) {
    requireArgument(secret.length >= minSecretBytes, 'nodeSecret', `must be at least ${minSecretBytes} bytes`);
    this.base = hmac.create(sha256, secret);
  }

  /** `p1:` and 32 hex digits; the same inputs and key always give the same id. */
  pseudonym(kind: PseudonymKind, platform: string, handle: string): string {
    const mac = this.base.clone();
    mac.update(encoder.encode(`continuum/${kind}\u0000${platform.toLowerCase()}\u0000${handle.normalize('NFC').toLowerCase()}`));
    return `p1:${toHex(mac.digest().subarray(0, 16))}`;
  }
}
