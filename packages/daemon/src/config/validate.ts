/**
 * Config validation: YAML text or a plain object in, a typed config with defaults out,
 * or ContinuumError('CONFIG_INVALID', { path, reason }) naming the first bad key.
 */
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { ContinuumError } from '../errors.js';
import { limits } from '../limits.js';
import { checkPlacement } from '../territory/tiers.js';
import { configSchema } from './schema.js';
import type { ContinuumConfig } from './schema.js';

function invalid(path: string, reason: string): ContinuumError<'CONFIG_INVALID'> {
  return new ContinuumError('CONFIG_INVALID', `config ${path === '' ? '' : `key ${path} `}is invalid: ${reason}`, { path, reason });
}

function issuePath(issue: z.core.$ZodIssue): string {
  const base = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') return [...base, issue.keys[0] ?? ''].join('.');
  return base.join('.');
}

function issueReason(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
  return issue.message;
}

/** Cross-key rules the schema cannot say per key. */
function checkRules(config: ContinuumConfig): void {
  const [min, max] = config.federation.raft.election_timeout_ms;
  if (min >= max) throw invalid('federation.raft.election_timeout_ms', `min ${min} must be below max ${max}`);
  if (config.federation.raft.heartbeat_interval_ms >= min) {
    throw invalid('federation.raft.heartbeat_interval_ms', `must be below the minimum election timeout (${min} ms)`);
  }
  const placement = checkPlacement({ tier: config.node.tier, territory: config.node.territory });
  if (placement !== undefined) throw invalid('node.territory', placement);
  const discovery = config.federation.discovery;
  if (discovery.enabled_methods.includes('dns') && discovery.dns_domain === undefined) {
    throw invalid('federation.discovery.dns_domain', 'required when enabled_methods has dns');
  }
}

/** Validates a parsed config object (e.g. from code, or from YAML). */
export function validateConfig(input: unknown): ContinuumConfig {
  const parsed = configSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (issue === undefined) throw invalid('', 'invalid config');
    throw invalid(issuePath(issue), issueReason(issue));
  }
  checkRules(parsed.data);
  return parsed.data;
}

/** Parses YAML config text (bounded by limits.maxConfigFileBytes) and validates it. */
export function parseConfig(text: string): ContinuumConfig {
  if (new TextEncoder().encode(text).byteLength > limits.maxConfigFileBytes) {
    throw invalid('', `config larger than ${limits.maxConfigFileBytes} bytes`);
  }
  const document = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  const error = document.errors[0];
  if (error !== undefined) throw invalid('', `YAML: ${error.message}`);
  let value: unknown;
  try {
    // toJS throws on an alias to nothing (`*x`) or an alias bomb past maxAliasCount.
    value = document.toJS({ maxAliasCount: 100 });
  } catch (cause) {
    throw invalid('', `YAML: ${(cause as Error).message}`);
  }
  return validateConfig(value ?? {});
}
