/**
 * Private networks (libp2p pnet): a swarm key file shared by the federation's nodes.
 * Format (go-ipfs/libp2p): "/key/swarm/psk/1.0.0/", "/base16/", 64 hex digits.
 */
import { readFile, stat } from 'node:fs/promises';
import { generateKey } from '@libp2p/pnet';
import { ContinuumError } from '../errors.js';
import { writePrivateFile } from '../identity/files.js';
import { limits } from '../limits.js';

const swarmKeyPattern = /^\/key\/swarm\/psk\/1\.0\.0\/\r?\n\/base16\/\r?\n[0-9a-fA-F]{64}\s*$/;

function invalid(path: string, reason: string): ContinuumError<'CONFIG_INVALID'> {
  return new ContinuumError('CONFIG_INVALID', `pnet key file ${path}: ${reason}`, { path: 'security.pnet_key_file', reason: `${path}: ${reason}` });
}

/** Checks and returns the bytes of a swarm key (what @libp2p/pnet's preSharedKey takes). */
export function parseSwarmKey(bytes: Uint8Array, path = '(key)'): Uint8Array {
  if (bytes.byteLength > limits.maxSwarmKeyFileBytes) throw invalid(path, `larger than ${limits.maxSwarmKeyFileBytes} bytes`);
  if (!swarmKeyPattern.test(new TextDecoder().decode(bytes))) throw invalid(path, 'not a /key/swarm/psk/1.0.0/ base16 swarm key');
  return bytes;
}

export async function loadSwarmKeyFile(path: string): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.size > limits.maxSwarmKeyFileBytes) throw invalid(path, `larger than ${limits.maxSwarmKeyFileBytes} bytes`);
    return parseSwarmKey(new Uint8Array(await readFile(path)), path);
  } catch (error) {
    if (error instanceof ContinuumError) throw error;
    throw invalid(path, `cannot be read: ${(error as Error).message}`);
  }
}

/** A new random swarm key. */
export function generateSwarmKey(): Uint8Array {
  const key = new Uint8Array(95);
  generateKey(key);
  return key;
}

/** Writes a new swarm key file (mode 0600); refuses to replace one. */
export async function createSwarmKeyFile(path: string): Promise<Uint8Array> {
  const key = generateSwarmKey();
  await writePrivateFile(path, key);
  return key;
}
