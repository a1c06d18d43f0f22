// Finds strings in everything a node wrote: the raw bytes of every file under its data
// dir, and, because LevelDB compresses its table files (snappy) so a string can hide in
// them, every key and value of every LevelDB under it, read through LevelDB itself from a
// copy (the node may hold the original's lock). Callers prove the scan works by finding
// the strings where they must be (a leaf's own data dir).
import { cp, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { Level } from 'level';

export interface ScanResult {
  /** needle → files (relative paths; `db:<dir>` for a LevelDB's decoded entries) that hold it. */
  readonly found: Map<string, string[]>;
  readonly files: number;
  readonly databases: number;
  readonly entries: number;
}

function record(found: Map<string, string[]>, needles: readonly string[], bytes: Uint8Array, where: string): void {
  const haystack = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const needle of needles) {
    if (!haystack.includes(needle)) continue;
    const places = found.get(needle) ?? [];
    if (!places.includes(where)) places.push(where);
    found.set(needle, places);
  }
}

async function scanLevel(dir: string, needles: readonly string[], found: Map<string, string[]>, where: string): Promise<number> {
  const copy = await mkdtemp(join(tmpdir(), 'continuum-scan-'));
  try {
    await cp(dir, copy, { recursive: true });
    await rm(join(copy, 'LOCK'), { force: true });
    const db = new Level<Uint8Array, Uint8Array>(copy, { keyEncoding: 'view', valueEncoding: 'view', createIfMissing: false });
    await db.open();
    let entries = 0;
    try {
      for await (const [key, value] of db.iterator()) {
        record(found, needles, key, where);
        record(found, needles, value, where);
        entries++;
      }
    } finally {
      await db.close();
    }
    return entries;
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

export async function scanDataDir(root: string, needles: readonly string[]): Promise<ScanResult> {
  const found = new Map<string, string[]>();
  let files = 0;
  const levelDirs = new Set<string>();
  for (const entry of await readdir(root, { recursive: true })) {
    const path = join(root, entry);
    const info = await stat(path).catch(() => undefined);
    if (info?.isFile() !== true) continue;
    files++;
    record(found, needles, new Uint8Array(await readFile(path)), entry);
    if (entry.endsWith('CURRENT')) levelDirs.add(dirname(path));
  }
  let entries = 0;
  for (const dir of levelDirs) entries += await scanLevel(dir, needles, found, `db:${relative(root, dir) || '.'}`);
  return { found, files, databases: levelDirs.size, entries };
}
