/**
 * The data dir: `init` creates it (mode 0700) with a new Ed25519 identity (`peer.key`),
 * an API token (`api-token`) and a config file (`config.yaml`); `openDataDir` loads them
 * back. Init never replaces an existing identity.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';
import { dirname, join, resolve } from 'node:path';
import { dataDirFiles } from '../config/defaults.js';
import { loadConfigFile, renderConfig, resolveConfigPaths } from '../config/load.js';
import type { ContinuumConfig, ContinuumConfigInput } from '../config/schema.js';
import { parseConfig, validateConfig } from '../config/validate.js';
import { exists, identityError, privateDirMode, writePrivateFile } from './files.js';
import type { Identity } from './keys.js';
import { createApiTokenFile, createPrivateKeyFile, loadApiTokenFile, loadPrivateKeyFile } from './keys.js';

export interface DataDirPaths {
  readonly dataDir: string;
  readonly config: string;
  readonly privateKey: string;
  readonly apiToken: string;
}

export function dataDirPaths(dataDir: string, apiTokenFile: string | null = null): DataDirPaths {
  const dir = resolve(dataDir);
  return {
    dataDir: dir,
    config: join(dir, dataDirFiles.config),
    privateKey: join(dir, dataDirFiles.privateKey),
    apiToken: apiTokenFile ?? join(dir, dataDirFiles.apiToken),
  };
}

export interface InitOptions {
  /** The node's config; `node.data_dir` is where everything is written. */
  readonly config: ContinuumConfigInput;
}

export interface OpenedDataDir {
  readonly paths: DataDirPaths;
  readonly config: ContinuumConfig;
  readonly identity: Identity;
  readonly apiToken: string;
}

/**
 * Creates the data dir with a new identity, API token and config file. Refuses
 * (IDENTITY_INVALID) when the dir already holds a private key.
 */
export async function initDataDir(options: InitOptions): Promise<OpenedDataDir> {
  const config = validateConfig(options.config);
  const paths = dataDirPaths(config.node.data_dir, config.security.api_token_file);
  if (await exists(paths.privateKey)) throw identityError(paths.privateKey, 'already initialised: an identity exists here');
  await mkdir(paths.dataDir, { recursive: true, mode: privateDirMode });
  const identity = await createPrivateKeyFile(paths.privateKey);
  const apiToken = (await exists(paths.apiToken)) ? await loadApiTokenFile(paths.apiToken) : await createApiTokenFile(paths.apiToken);
  // The file keeps data_dir as "." so the dir can be moved; relative paths resolve from it.
  const stored = { ...config, node: { ...config.node, data_dir: '.' } };
  await writePrivateFile(paths.config, renderConfig(stored), true);
  return { paths, config, identity, apiToken };
}

/** Loads a data dir made by init: its config file, identity and API token. */
export async function openDataDir(dataDir: string): Promise<OpenedDataDir> {
  const base = dataDirPaths(dataDir);
  if (!(await exists(base.config))) throw identityError(base.config, 'missing (run init first)');
  const config = await loadConfigFile(base.config);
  return openWithConfig(config);
}

/** Loads the identity and token of the data dir a config names. */
export async function openWithConfig(config: ContinuumConfig): Promise<OpenedDataDir> {
  const paths = dataDirPaths(config.node.data_dir, config.security.api_token_file);
  const identity = await loadPrivateKeyFile(paths.privateKey);
  const apiToken = await loadApiTokenFile(paths.apiToken);
  return { paths, config, identity, apiToken };
}

/**
 * The data dir's config file with `federation.council` set, the rest as it was (comments
 * and relative paths included): its text (for `writeConfigText`) and the validated config.
 */
export async function configWithCouncil(dataDir: string, council: readonly string[]): Promise<{ readonly text: string; readonly config: ContinuumConfig }> {
  const { config: path } = dataDirPaths(dataDir);
  if (!(await exists(path))) throw identityError(path, 'missing (run init first)');
  const document = parseDocument(await readFile(path, 'utf8'));
  document.setIn(['federation', 'council'], document.createNode([...council], { flow: false }));
  const text = document.toString();
  return { text, config: resolveConfigPaths(parseConfig(text), dirname(path)) };
}

/** Replaces the data dir's config file with `text` (atomically, mode 0600). */
export async function writeConfigText(dataDir: string, text: string): Promise<void> {
  await writePrivateFile(dataDirPaths(dataDir).config, text, true);
}
