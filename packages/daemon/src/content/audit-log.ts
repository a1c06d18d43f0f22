import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Level } from 'level';
import { canonicalJson } from './canonical-json.js';

/** What is audited: every read of raw content and every directive applied. */
export type AuditAction = 'content.read' | 'content.proxy.allowed' | 'content.proxy.denied' | 'directive.applied' | 'content.deleted';

export interface AuditRecord {
  readonly seq: number;
  readonly timeMs: number;
  readonly action: AuditAction;
  /** Who asked: a peer id, or `api` for the local API. */
  readonly actor: string;
  /** What it was about: a CID, a directive id. */
  readonly subject: string;
  readonly details: Readonly<Record<string, unknown>>;
  /** The hash of the previous record (64 zeros for the first). */
  readonly prevHash: string;
  /** sha-256 over the canonical JSON of every field above. */
  readonly hash: string;
}

export type AuditInput = Pick<AuditRecord, 'action' | 'actor' | 'subject' | 'details'>;

export interface AuditVerification {
  readonly ok: boolean;
  readonly records: number;
  readonly headHash: string;
  /** The first sequence number whose hash or link does not verify. */
  readonly brokenAt?: number;
}

export const genesisHash = '0'.repeat(64);
const seqKey = (seq: number) => seq.toString(16).padStart(13, '0');

export function hashAuditRecord(record: Omit<AuditRecord, 'hash'>): string {
  return bytesToHex(sha256(new TextEncoder().encode(canonicalJson(record))));
}

/**
 * A hash-chained, append-only audit log in LevelDB. Each record names the hash of the one
 * before, so a removed, reordered or edited record breaks every later link. Appends are
 * serialised and synced before they resolve.
 */
export class AuditLog {
  private readonly records;
  private head: { seq: number; hash: string } = { seq: 0, hash: genesisHash };
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    db: Level<string, unknown>,
    private readonly now: () => number = Date.now,
  ) {
    this.records = db.sublevel<string, AuditRecord>('audit', { valueEncoding: 'json' });
  }

  /** Finds the head of the chain; call once after the database opens. */
  async open(): Promise<void> {
    for await (const record of this.records.values({ reverse: true, limit: 1 })) this.head = { seq: record.seq, hash: record.hash };
  }

  append(input: AuditInput): Promise<AuditRecord> {
    const next = this.queue.then(async () => {
      const body = { seq: this.head.seq + 1, timeMs: this.now(), ...input, prevHash: this.head.hash };
      const record: AuditRecord = { ...body, hash: hashAuditRecord(body) };
      await this.records.put(seqKey(record.seq), record, { sync: true } as never);
      this.head = { seq: record.seq, hash: record.hash };
      return record;
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Records from `fromSeq` on (inclusive), at most `limit`. */
  async list(fromSeq = 1, limit = 100): Promise<AuditRecord[]> {
    const out: AuditRecord[] = [];
    for await (const record of this.records.values({ gte: seqKey(fromSeq), limit })) out.push(record);
    return out;
  }

  headHash(): string {
    return this.head.hash;
  }

  /** Walks the whole chain and checks every hash and link. */
  async verify(): Promise<AuditVerification> {
    let prev = genesisHash;
    let expectedSeq = 1;
    let count = 0;
    for await (const record of this.records.values()) {
      const { hash, ...body } = record;
      if (record.seq !== expectedSeq || record.prevHash !== prev || hashAuditRecord(body) !== hash) {
        return { ok: false, records: count, headHash: prev, brokenAt: expectedSeq };
      }
      prev = hash;
      expectedSeq++;
      count++;
    }
    return { ok: true, records: count, headHash: prev };
  }
}

/** Verifies a list of records fetched from a node (GET /v1/audit), from the genesis. */
export function verifyAuditRecords(records: readonly AuditRecord[], prevHash = genesisHash): AuditVerification {
  let prev = prevHash;
  for (const [i, record] of records.entries()) {
    const { hash, ...body } = record;
    if (record.prevHash !== prev || hashAuditRecord(body) !== hash || (i > 0 && record.seq !== (records[i - 1] as AuditRecord).seq + 1)) {
      return { ok: false, records: i, headHash: prev, brokenAt: record.seq };
    }
    prev = hash;
  }
  return { ok: true, records: records.length, headHash: prev };
}
