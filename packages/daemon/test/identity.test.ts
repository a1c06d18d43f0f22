import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContinuumError } from '../src/errors.js';
import { initDataDir, openDataDir } from '../src/identity/data-dir.js';
import { loadApiTokenFile, loadPrivateKeyFile, tokenMatches } from '../src/identity/keys.js';
import { limits } from '../src/limits.js';

const dirs: string[] = [];
async function freshDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'continuum-id-'));
  dirs.push(dir);
  return join(dir, 'data');
}

async function identityReason(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (ContinuumError.is(error, 'IDENTITY_INVALID')) return error.details.reason;
    throw error;
  }
  throw new Error('expected IDENTITY_INVALID');
}

describe('data dir and identity', () => {
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('init creates a private key, a token and a config that load back to the same identity', async () => {
    const dataDir = await freshDir();
    const created = await initDataDir({ config: { node: { name: 'sf-1', territory: 'US-CA-SF', data_dir: dataDir } } });
    for (const path of [created.paths.privateKey, created.paths.apiToken, created.paths.config]) {
      expect((await stat(path)).mode & 0o777).toBe(0o600);
    }
    expect((await stat(dataDir)).mode & 0o777).toBe(0o700);
    const opened = await openDataDir(dataDir);
    expect(opened.identity.peerId.toString()).toBe(created.identity.peerId.toString());
    expect(opened.identity.privateKey.type).toBe('Ed25519');
    expect(opened.apiToken).toBe(created.apiToken);
    expect(opened.config.node.data_dir).toBe(dataDir);
    expect(opened.config.node.territory).toBe('US-CA-SF');
    expect(await readFile(created.paths.config, 'utf8')).toMatch(/health_check_interval: 10/);
  });

  it('never replaces an existing identity', async () => {
    const dataDir = await freshDir();
    await initDataDir({ config: { node: { name: 'a', territory: 'DK-COPENHAGEN', data_dir: dataDir } } });
    expect(await identityReason(initDataDir({ config: { node: { name: 'b', territory: 'DK-AARHUS', data_dir: dataDir } } })))
      .toMatch(/already initialised/);
  });

  it('gives clear errors for a missing, corrupt, oversized or world-readable key', async () => {
    const dataDir = await freshDir();
    const { paths } = await initDataDir({ config: { node: { name: 'a', territory: 'DK-COPENHAGEN', data_dir: dataDir } } });
    expect(await identityReason(loadPrivateKeyFile(join(dataDir, 'nope.key')))).toMatch(/missing/);
    await writeFile(paths.privateKey, new Uint8Array([8, 1, 18, 3, 1, 2, 3]), { mode: 0o600 });
    expect(await identityReason(loadPrivateKeyFile(paths.privateKey))).toMatch(/corrupt/);
    await writeFile(paths.privateKey, new Uint8Array(limits.maxKeyFileBytes + 1));
    expect(await identityReason(loadPrivateKeyFile(paths.privateKey))).toMatch(/larger/);
    await writeFile(paths.privateKey, new Uint8Array(10));
    await chmod(paths.privateKey, 0o644);
    expect(await identityReason(loadPrivateKeyFile(paths.privateKey))).toMatch(/too open/);
    expect(await identityReason(openDataDir(join(dataDir, 'elsewhere')))).toMatch(/missing/);
  });

  it('refuses a corrupt api token and compares tokens exactly', async () => {
    const dataDir = await freshDir();
    const { paths, apiToken } = await initDataDir({ config: { node: { name: 'a', territory: 'DK-COPENHAGEN', data_dir: dataDir } } });
    expect(tokenMatches(apiToken, apiToken)).toBe(true);
    expect(tokenMatches(apiToken, `${apiToken}x`)).toBe(false);
    expect(tokenMatches(apiToken, apiToken.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')))).toBe(false);
    await writeFile(paths.apiToken, 'short\n');
    expect(await identityReason(loadApiTokenFile(paths.apiToken))).toMatch(/corrupt/);
    await writeFile(paths.apiToken, 'a'.repeat(limits.maxApiTokenFileBytes + 1));
    expect(await identityReason(loadApiTokenFile(paths.apiToken))).toMatch(/larger/);
  });
});
