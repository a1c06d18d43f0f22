/**
 * A follower's (non-Raft member's) last applied federation state, kept in
 * `<data_dir>/follower-state` so that after a restart it still knows the members it may
 * trust and catches up from its applied index: 8 bytes of applied index (big-endian),
 * then the federation snapshot. Written atomically (temp file + rename).
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { restore } from '../federation/snapshot.js';

const fileName = 'follower-state';

export async function saveFollowerState(dataDir: string, index: number, snapshot: Uint8Array): Promise<void> {
  const bytes = new Uint8Array(8 + snapshot.byteLength);
  new DataView(bytes.buffer).setBigUint64(0, BigInt(index));
  bytes.set(snapshot, 8);
  const path = join(dataDir, fileName);
  await writeFile(`${path}.tmp`, bytes, { mode: 0o600 });
  await rename(`${path}.tmp`, path);
}

export async function loadFollowerState(dataDir: string): Promise<{ index: number; snapshot: Uint8Array } | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(join(dataDir, fileName)));
  } catch {
    return undefined;
  }
  if (bytes.byteLength < 8) return undefined;
  const index = Number(new DataView(bytes.buffer, bytes.byteOffset).getBigUint64(0));
  const snapshot = bytes.subarray(8);
  try {
    restore(snapshot);
  } catch {
    return undefined;
  }
  return { index, snapshot };
}
