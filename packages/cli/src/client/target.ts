import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CliError, usageError } from '../cli-error.js';

/** Which node a command talks to, and how it proves it may. */
export interface Target {
  readonly baseUrl: string;
  readonly token: string | undefined;
  readonly dataDir: string;
}

export interface TargetOptions {
  readonly api?: string;
  readonly dataDir?: string;
}

export const defaultApi = '127.0.0.1:7700';

export function defaultDataDir(env: Readonly<Record<string, string | undefined>>): string {
  return env.CONTINUUM_DATA_DIR ?? join(homedir(), '.continuum');
}

/** host:port or a URL → a base URL without a trailing slash. */
export function apiBaseUrl(api: string): string {
  const withScheme = /^https?:\/\//.test(api) ? api : `http://${api}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw usageError(`--api '${api}' is not host:port or a URL`);
  }
  return url.origin;
}

/** The API address in the data dir's config.yaml (`node.api`), when there is one (read without the daemon library). */
async function configuredApi(dataDir: string): Promise<string | undefined> {
  try {
    const api = (parse(await readFile(join(dataDir, 'config.yaml'), 'utf8')) as { node?: { api?: unknown } } | null)?.node?.api;
    return typeof api === 'string' ? api : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Flags first, then the environment (CONTINUUM_API, CONTINUUM_API_TOKEN,
 * CONTINUUM_DATA_DIR), then the data dir's config.yaml, then defaults; the token is read
 * from <data-dir>/api-token.
 */
export async function resolveTarget(options: TargetOptions, env: Readonly<Record<string, string | undefined>>): Promise<Target> {
  const dataDir = options.dataDir ?? defaultDataDir(env);
  const api = options.api ?? env.CONTINUUM_API ?? (await configuredApi(dataDir)) ?? defaultApi;
  let token = env.CONTINUUM_API_TOKEN;
  if (token === undefined) {
    try {
      token = (await readFile(join(dataDir, 'api-token'), 'utf8')).trim();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        throw new CliError(`cannot read the API token in ${dataDir}: ${(error as Error).message}`);
      }
    }
  }
  return { baseUrl: apiBaseUrl(api), token, dataDir };
}
