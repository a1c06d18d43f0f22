/**
 * Named shared documents (Yjs, through the crdt package's SharedDoc): a watchlist, a
 * report. Each document's JSON view is the Y.Map `content` (GET/PUT `/v1/docs/{name}`);
 * Yjs clients may edit the same map live over the WebSocket sync endpoint. Documents are
 * persisted in `<data_dir>/docs/<name>.bin` and broadcast through `onUpdate` (gossip).
 */
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SharedDoc, type ChangeOrigin } from '@continuum/crdt';
import { ContinuumError } from '../errors.js';
import { writePrivateFile } from '../identity/files.js';
import { workLimits } from '../work-limits.js';

export const docNamePattern = /^[a-z0-9][a-z0-9_-]{0,63}$/;

export type DocUpdateListener = (name: string, update: Uint8Array, origin: ChangeOrigin) => void;

export function checkDocName(name: string): void {
  if (!docNamePattern.test(name)) throw new ContinuumError('BAD_REQUEST', 'a document name is 1-64 of a-z 0-9 _ - (starting with a letter or digit)', { reason: 'bad document name' });
}

export class DocStore {
  private readonly docs = new Map<string, SharedDoc>();
  private readonly dirty = new Set<string>();
  private readonly listeners = new Set<DocUpdateListener>();

  constructor(private readonly dir: string | undefined) {}

  async open(): Promise<void> {
    if (this.dir === undefined) return;
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    for (const file of await readdir(this.dir)) {
      const name = file.endsWith('.bin') ? file.slice(0, -4) : '';
      if (!docNamePattern.test(name)) continue;
      this.get(name, true).applyRemoteUpdate(new Uint8Array(await readFile(join(this.dir, file))));
    }
    this.dirty.clear();
  }

  onUpdate(listener: DocUpdateListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  names(): string[] {
    return [...this.docs.keys()].sort();
  }

  has(name: string): boolean {
    return this.docs.has(name);
  }

  /** The document, created when `create` (LIMIT_EXCEEDED past maxDocsCount). */
  get(name: string, create: true): SharedDoc;
  get(name: string, create?: false): SharedDoc | undefined;
  get(name: string, create = false): SharedDoc | undefined {
    checkDocName(name);
    const existing = this.docs.get(name);
    if (existing !== undefined || !create) return existing;
    if (this.docs.size >= workLimits.maxDocsCount) throw new ContinuumError('LIMIT_EXCEEDED', `more than ${workLimits.maxDocsCount} documents`, { limit: 'maxDocsCount', max: workLimits.maxDocsCount });
    const doc = new SharedDoc({ limits: { maxDeltaBytes: workLimits.maxDocBytes } });
    doc.observe((update, origin) => {
      this.dirty.add(name);
      for (const listener of this.listeners) listener(name, update, origin);
    });
    this.docs.set(name, doc);
    return doc;
  }

  /** The JSON view: the `content` map. */
  content(name: string): Record<string, unknown> | undefined {
    return this.get(name)?.map<unknown>('content').toJSON() as Record<string, unknown> | undefined;
  }

  /** Replaces the `content` map's keys with `content` in one transaction (one update). */
  put(name: string, content: Record<string, unknown>): Record<string, unknown> {
    const doc = this.get(name, true);
    const map = doc.map<unknown>('content');
    doc.transact(() => {
      for (const key of [...map.keys()]) if (!(key in content)) map.delete(key);
      for (const [key, value] of Object.entries(content)) {
        if (JSON.stringify(map.get(key)) !== JSON.stringify(value)) map.set(key, value);
      }
    });
    const size = doc.encodeUpdateSince().byteLength;
    if (size > workLimits.maxDocBytes) throw new ContinuumError('LIMIT_EXCEEDED', `document ${name} over ${workLimits.maxDocBytes} bytes`, { limit: 'maxDocBytes', max: workLimits.maxDocBytes });
    return this.content(name) ?? {};
  }

  /** A version string that changes with every edit (the state vector, hex). */
  version(name: string): string {
    const doc = this.get(name);
    return doc === undefined ? 'none' : Buffer.from(doc.stateVector()).toString('hex');
  }

  async persist(): Promise<void> {
    if (this.dir === undefined) return;
    for (const name of [...this.dirty]) {
      this.dirty.delete(name);
      const doc = this.docs.get(name);
      if (doc !== undefined) await writePrivateFile(join(this.dir, `${name}.bin`), doc.encodeUpdateSince(), true);
    }
  }
}
