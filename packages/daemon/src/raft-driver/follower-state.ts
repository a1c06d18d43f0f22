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

/**
 * Saves a follower's state: one write at a time, skipped when nothing was applied since
 * the last one (index 0: not a follower, nothing to save).
 */
export class FollowerStateSaver {
  private saved = 0;
  private saving = false;

  constructor(private readonly dataDir: string) {}

  /** `snapshot` gives the state at `index` when called (its bytes may come later). */
  async save(index: number, snapshot: () => Promise<Uint8Array>): Promise<void> {
    if (index === 0 || index === this.saved || this.saving) return;
    this.saving = true;
    try {
      await saveFollowerState(this.dataDir, index, await snapshot());
      this.saved = index;
    } catch {
      // the next interval tries again
    } finally {
      this.saving = false;
    }
  }
}
