import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Level } from 'level';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditLog, genesisHash, verifyAuditRecords } from '../../src/content/audit-log.js';

describe('audit log', () => {
  let dir: string;
  let db: Level<string, unknown>;
  let clock = 1_000;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'continuum-audit-'));
    db = new Level(dir, { valueEncoding: 'json' });
    await db.open();
  });
  afterEach(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const open = async () => {
    const log = new AuditLog(db, () => clock++);
    await log.open();
    return log;
  };

  it('chains records and verifies them, in order, under concurrent appends', async () => {
    const log = await open();
    await Promise.all(Array.from({ length: 20 }, (_, i) => log.append({ action: 'content.read', actor: 'api', subject: `cid${i}`, details: { i } })));
    const records = await log.list(1, 100);
    expect(records.map((r) => r.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(records[0]?.prevHash).toBe(genesisHash);
    expect(await log.verify()).toEqual({ ok: true, records: 20, headHash: log.headHash() });
    expect(verifyAuditRecords(records).ok).toBe(true);
  });

  it('continues the chain after a restart', async () => {
    const first = await open();
    await first.append({ action: 'directive.applied', actor: 'peerA', subject: 'd1', details: {} });
    const second = await open();
    const record = await second.append({ action: 'content.read', actor: 'api', subject: 'c', details: {} });
    expect(record.seq).toBe(2);
    expect((await second.verify()).ok).toBe(true);
  });

  it('detects an edited, a removed and a reordered record', async () => {
    const log = await open();
    for (let i = 0; i < 5; i++) await log.append({ action: 'content.read', actor: 'api', subject: `c${i}`, details: {} });
    const records = await log.list();
    const edited = records.map((r, i) => (i === 2 ? { ...r, subject: 'forged' } : r));
    expect(verifyAuditRecords(edited)).toMatchObject({ ok: false, brokenAt: 3 });
    expect(verifyAuditRecords(records.filter((_, i) => i !== 1))).toMatchObject({ ok: false, brokenAt: 3 });
    expect(verifyAuditRecords([records[0], records[2], records[1]] as never)).toMatchObject({ ok: false });
    // Tampering inside the database is found by verify() too.
    await db.sublevel<string, unknown>('audit', { valueEncoding: 'json' }).put('0000000000003', { ...records[2], actor: 'someone-else' });
    expect(await log.verify()).toMatchObject({ ok: false, brokenAt: 3 });
  });
});
