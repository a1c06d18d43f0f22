/**
 * The node's libp2p identity: an Ed25519 private key kept in the data dir as its
 * protobuf encoding (mode 0600), and the API bearer token file.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { generateKeyPair, privateKeyFromProtobuf, privateKeyToProtobuf } from '@libp2p/crypto/keys';
import type { PeerId, PrivateKey } from '@libp2p/interface';
import { peerIdFromPrivateKey } from '@libp2p/peer-id';
import { limits } from '../limits.js';
import { identityError, readPrivateFile, writePrivateFile } from './files.js';

export interface Identity {
  readonly privateKey: PrivateKey;
  readonly peerId: PeerId;
}

/** Creates a new Ed25519 key and writes it to `path` (which must not exist). */
export async function createPrivateKeyFile(path: string): Promise<Identity> {
  const privateKey = await generateKeyPair('Ed25519');
  await writePrivateFile(path, privateKeyToProtobuf(privateKey));
  return { privateKey, peerId: peerIdFromPrivateKey(privateKey) };
}

/** Loads the key at `path`; IDENTITY_INVALID when it is missing, too open or corrupt. */
export async function loadPrivateKeyFile(path: string): Promise<Identity> {
  const bytes = await readPrivateFile(path, limits.maxKeyFileBytes);
  let privateKey: PrivateKey;
  try {
    privateKey = privateKeyFromProtobuf(bytes);
  } catch (error) {
    throw identityError(path, 'corrupt private key (not a libp2p protobuf private key)', error);
  }
  if (privateKey.type !== 'Ed25519') throw identityError(path, `a ${privateKey.type} key, want Ed25519`);
  return { privateKey, peerId: peerIdFromPrivateKey(privateKey) };
}

const tokenPattern = /^[A-Za-z0-9_-]{16,256}$/;

/** Creates a random API token (base64url) and writes it to `path`. */
export async function createApiTokenFile(path: string): Promise<string> {
  const token = randomBytes(limits.apiTokenBytes).toString('base64url');
  await writePrivateFile(path, `${token}\n`);
  return token;
}

/** Loads the API token at `path`. */
export async function loadApiTokenFile(path: string): Promise<string> {
  const bytes = await readPrivateFile(path, limits.maxApiTokenFileBytes);
  const token = new TextDecoder().decode(bytes).trim();
  if (!tokenPattern.test(token)) throw identityError(path, 'corrupt api token (want 16-256 base64url characters)');
  return token;
}

// The expected token is the same on every request: its bytes are kept.
let lastExpected: { readonly text: string; readonly bytes: Buffer } | undefined;

function expectedBytes(expected: string): Buffer {
  if (lastExpected?.text !== expected) lastExpected = { text: expected, bytes: Buffer.from(expected, 'utf8') };
  return lastExpected.bytes;
}

/** Compares a presented token with the expected one in constant time. */
export function tokenMatches(expected: string, presented: string): boolean {
  const a = expectedBytes(expected);
  const b = Buffer.from(presented, 'utf8');
  return a.byteLength === b.byteLength && timingSafeEqual(a, b);
}
