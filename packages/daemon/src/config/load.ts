/**
 * Config files: read (bounded), validate, and resolve paths relative to the file's
 * directory; and render a config back to YAML (used by init).
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { stringify } from 'yaml';
import { ContinuumError } from '../errors.js';
import { limits } from '../limits.js';
import type { ContinuumConfig } from './schema.js';
import { parseConfig } from './validate.js';

function resolveFrom(base: string, path: string): string {
  return isAbsolute(path) ? path : resolve(base, path);
}

/** Makes every path of the config absolute, relative paths taken from `baseDir`. */
export function resolveConfigPaths(config: ContinuumConfig, baseDir: string): ContinuumConfig {
  const security = config.security;
  return {
    ...config,
    node: { ...config.node, data_dir: resolveFrom(baseDir, config.node.data_dir) },
    security: {
      pnet_key_file: security.pnet_key_file === null ? null : resolveFrom(baseDir, security.pnet_key_file),
      api_token_file: security.api_token_file === null ? null : resolveFrom(baseDir, security.api_token_file),
    },
  };
}

/** Reads and validates a YAML config file; relative paths in it are relative to its directory. */
export async function loadConfigFile(path: string): Promise<ContinuumConfig> {
  let text: string;
  try {
    const info = await stat(path);
    if (info.size > limits.maxConfigFileBytes) {
      throw new ContinuumError('CONFIG_INVALID', `config file ${path} is larger than ${limits.maxConfigFileBytes} bytes`, {
        path: '',
        reason: `file larger than ${limits.maxConfigFileBytes} bytes`,
      });
    }
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (ContinuumError.is(error)) throw error;
    const reason = `cannot read ${path}: ${(error as Error).message}`;
    throw new ContinuumError('CONFIG_INVALID', reason, { path: '', reason }, { cause: error });
  }
  return resolveConfigPaths(parseConfig(text), dirname(resolve(path)));
}

/** The YAML text of a config (every key, defaults included). */
export function renderConfig(config: ContinuumConfig): string {
  const { dns_domain: dnsDomain, ...discovery } = config.federation.discovery;
  const plain = {
    ...config,
    federation: { ...config.federation, discovery: dnsDomain === undefined ? discovery : { ...discovery, dns_domain: dnsDomain } },
  };
  return stringify(plain, { flowCollectionPadding: false });
}
