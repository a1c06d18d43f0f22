/**
 * The metadata replica on disk: a snapshot (`metadata.bin`, the whole replica, written
 * atomically) and a log (`metadata.log`) of what changed since, appended and fsync'd on
 * every save. A save appends the deltas of every kind since the last save, so its cost
 * follows the change, not the state; once the log passes `maxMetadataLogBytes` (and at
 * stop) the snapshot is rewritten and the log emptied. Recovery merges the snapshot, then
 * each log record in order (each delta's base is what the records before it reached).
 * Log record: `length u32 | crc32 u32 | frames` (replica.ts `encodeFrames`); a torn or
 * damaged tail (a crash in mid-append) ends the log and is cut off before the next append.
 * Each save also records the replay cursor: the last content-store post whose metadata the
 * files hold, so a restart replays only the posts after it.
 */
import { open, readFile, stat, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import type { VectorClock } from '@continuum/crdt';
import { exists, privateFileMode, writePrivateFile } from '../identity/files.js';
import type { ReplayCursor } from '../content/content-store.js';
import { workLimits } from '../work-limits.js';
import { encodeFrames, metadataKinds, type Frame, type MetadataKind, type MetadataReplica } from './replica.js';

export const metadataStateFile = 'metadata.bin';
export const metadataLogFile = 'metadata.log';

/** The last content-store post whose metadata is on disk. */
export type { ReplayCursor };

export interface PersistenceStats {
  appends: number;
  snapshots: number;
  /** Bytes of damaged log tail cut off at recovery. */
  tornBytes: number;
}

const cursorTag = 255;
const recordHeaderBytes = 8;

function cursorFrame(cursor: ReplayCursor | undefined): Frame[] {
  return cursor === undefined ? [] : [{ tag: cursorTag, bytes: new TextEncoder().encode(JSON.stringify(cursor)) }];
}

function readCursor(frames: readonly Frame[]): ReplayCursor | undefined {
  let cursor: ReplayCursor | undefined;
  for (const frame of frames) {
    if (frame.tag !== cursorTag) continue;
    const value = JSON.parse(new TextDecoder().decode(frame.bytes)) as Partial<ReplayCursor>;
    if (typeof value.store === 'string' && Number.isSafeInteger(value.seq)) cursor = { store: value.store, seq: value.seq as number };
  }
  return cursor;
}

export class MetadataFiles {
  readonly stats: PersistenceStats = { appends: 0, snapshots: 0, tornBytes: 0 };
  /** The cursor as last written (or recovered). */
  cursor: ReplayCursor | undefined;
  private logBytes = 0;
  /** Each kind's version vector as of the last save: the next append carries what is above it. */
  private saved = new Map<MetadataKind, VectorClock>();

  constructor(readonly dir: string, private readonly replica: MetadataReplica, private readonly maxLogBytes = workLimits.maxMetadataLogBytes) {}

  get statePath(): string {
    return join(this.dir, metadataStateFile);
  }

  get logPath(): string {
    return join(this.dir, metadataLogFile);
  }

  /**
   * Merges the snapshot and the log into the (fresh) replica; returns the cursor they hold.
   * The log is read before the snapshot: a snapshot written between the two reads holds
   * all the log held (it is written before the log is emptied), so a reader that races a
   * writer (`repairTornTail: false`: it then cuts nothing) still misses nothing on disk.
   */
  async load(options: { readonly repairTornTail?: boolean } = {}): Promise<ReplayCursor | undefined> {
    const log = (await exists(this.logPath)) ? new Uint8Array(await readFile(this.logPath)) : undefined;
    if (await exists(this.statePath)) this.cursor = readCursor(this.replica.mergeAll(new Uint8Array(await readFile(this.statePath)))) ?? this.cursor;
    if (log !== undefined) {
      const good = this.replayLog(log);
      if (good < log.length && options.repairTornTail !== false) {
        this.stats.tornBytes += log.length - good;
        await truncate(this.logPath, good);
      }
      this.logBytes = good;
    }
    this.markSaved();
    return this.cursor;
  }

  /** Merges each whole, intact record; returns the length of that prefix. */
  private replayLog(log: Uint8Array): number {
    const view = new DataView(log.buffer, log.byteOffset, log.byteLength);
    let at = 0;
    while (at + recordHeaderBytes <= log.length) {
      const length = view.getUint32(at);
      const end = at + recordHeaderBytes + length;
      if (end > log.length) break;
      const body = log.subarray(at + recordHeaderBytes, end);
      if (crc32(body) !== view.getUint32(at + 4)) break;
      try {
        this.cursor = readCursor(this.replica.mergeAll(body)) ?? this.cursor;
      } catch {
        // Damaged inside a good checksum, or a gap: the log ends here.
        break;
      }
      at = end;
    }
    return at;
  }

  private markSaved(): void {
    this.saved = new Map(metadataKinds.map((kind) => [kind, this.replica.versionVector(kind)]));
  }

  /**
   * Writes what changed since the last save with `cursor` (the caller serialises saves):
   * an appended log record, or the snapshot when the log is full or a delta would be the
   * whole state. Resolves once on disk.
   */
  async save(cursor: ReplayCursor | undefined): Promise<void> {
    const frames = this.replica.deltaFrames(this.saved);
    if (frames === undefined || this.logBytes >= this.maxLogBytes) return this.snapshot(cursor);
    const sameCursor = cursor === undefined || (cursor.store === this.cursor?.store && cursor.seq === this.cursor.seq);
    if (frames.length === 0 && sameCursor) return;
    const versions = new Map(metadataKinds.map((kind) => [kind, this.replica.versionVector(kind)]));
    const body = encodeFrames([...frames, ...cursorFrame(cursor)]);
    const record = new Uint8Array(recordHeaderBytes + body.length);
    const view = new DataView(record.buffer);
    view.setUint32(0, body.length);
    view.setUint32(4, crc32(body));
    record.set(body, recordHeaderBytes);
    const handle = await open(this.logPath, 'a', privateFileMode);
    try {
      await handle.write(record);
      await handle.datasync();
    } finally {
      await handle.close();
    }
    this.logBytes += record.length;
    this.saved = versions;
    if (cursor !== undefined) this.cursor = cursor;
    this.stats.appends++;
  }

  /** Rewrites `metadata.bin` with the whole replica and empties the log. */
  async snapshot(cursor: ReplayCursor | undefined): Promise<void> {
    const effective = cursor ?? this.cursor;
    const versions = new Map(metadataKinds.map((kind) => [kind, this.replica.versionVector(kind)]));
    await writePrivateFile(this.statePath, encodeFrames([...this.replica.allFrames(), ...cursorFrame(effective)]), true);
    // The snapshot holds everything the log did: a crash before this truncation only
    // replays records whose deltas are already merged (idempotent).
    if (this.logBytes > 0 || (await exists(this.logPath))) await truncate(this.logPath, 0);
    this.logBytes = 0;
    this.saved = versions;
    this.cursor = effective;
    this.stats.snapshots++;
  }

  /** Bytes in the log now (tests, stats). */
  async logSize(): Promise<number> {
    return (await exists(this.logPath)) ? (await stat(this.logPath)).size : 0;
  }
}
