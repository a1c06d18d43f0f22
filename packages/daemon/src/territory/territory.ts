/**
 * Territory ids (pure: no I/O). The design's rules:
 * - countries by ISO 3166-1 alpha-2 (`DK`);
 * - First Nations as `{NAME}-FN-{COUNTRY}`, top-level with no parent (`HAIDA-FN-CA`; the
 *   country code is geographic context only, never a parent);
 * - communities as `{PARENT}-{NAME}`, nested without a depth limit (`US-CA-SF`,
 *   `HAIDA-FN-CA-MASSETT`, `DK-COPENHAGEN`).
 * Choices made here so that every id has exactly one parent: a `{NAME}` is upper-case
 * letters, digits and `_` (no `-`), and `FN` is reserved for First Nation ids. The
 * reserved id `GLOBAL` is the root of the tree, above every top-level territory; only
 * global-tier nodes use it. The only bound is the id's length (limits.ts).
 */
import { limits } from '../limits.js';
import { isCountryCode } from './countries.js';

export const globalTerritory = 'GLOBAL';

export type TerritoryKind = 'global' | 'country' | 'first-nation' | 'community';

export interface Territory {
  readonly id: string;
  readonly kind: TerritoryKind;
  /** The parent territory; undefined for top-level ids (their implicit parent is GLOBAL) and GLOBAL. */
  readonly parent: string | undefined;
  /** The top-level territory (country or First Nation) the id is under; GLOBAL for GLOBAL. */
  readonly root: string;
  /** 0 for GLOBAL, 1 for a top-level id, 2+ for communities. */
  readonly depth: number;
}

export type TerritoryParse = { readonly ok: true; readonly territory: Territory } | { readonly ok: false; readonly reason: string };

const namePattern = /^[A-Z0-9_]+$/;
const reservedName = 'FN';

function fail(reason: string): TerritoryParse {
  return { ok: false, reason };
}

function checkName(name: string, position: string): string | undefined {
  if (name.length === 0) return `empty ${position} segment`;
  if (name.length > limits.maxTerritoryNameLength) return `${position} segment longer than ${limits.maxTerritoryNameLength} characters`;
  if (!namePattern.test(name)) return `${position} segment "${name}" must be upper-case letters, digits or _`;
  return undefined;
}

/** Parses and validates a territory id. Never throws. */
export function parseTerritoryId(id: string): TerritoryParse {
  if (id === globalTerritory) return { ok: true, territory: { id, kind: 'global', parent: undefined, root: id, depth: 0 } };
  if (id.length === 0) return fail('empty territory id');
  if (id.length > limits.maxTerritoryIdLength) return fail(`territory id longer than ${limits.maxTerritoryIdLength} characters`);
  const segments = id.split('-');
  let rootLength: number;
  let kind: TerritoryKind;
  if (segments.length >= 3 && segments[1] === reservedName) {
    const nameProblem = checkName(segments[0] ?? '', 'First Nation name');
    if (nameProblem !== undefined) return fail(nameProblem);
    if (!isCountryCode(segments[2] ?? '')) return fail(`"${segments[2] ?? ''}" in a First Nation id is not an ISO 3166-1 alpha-2 country code`);
    rootLength = 3;
    kind = 'first-nation';
  } else if (isCountryCode(segments[0] ?? '')) {
    rootLength = 1;
    kind = 'country';
  } else {
    return fail(`"${id}" must start with an ISO 3166-1 alpha-2 country code or be under a {NAME}-FN-{COUNTRY} First Nation`);
  }
  const names = segments.slice(rootLength);
  for (const name of names) {
    const problem = checkName(name, 'community name');
    if (problem !== undefined) return fail(problem);
    if (name === reservedName) return fail('"FN" is reserved for First Nation ids and cannot name a community');
  }
  const root = segments.slice(0, rootLength).join('-');
  if (names.length === 0) return { ok: true, territory: { id, kind, parent: undefined, root, depth: 1 } };
  const parent = segments.slice(0, segments.length - 1).join('-');
  return { ok: true, territory: { id, kind: 'community', parent, root, depth: 1 + names.length } };
}

/** True when `id` is a valid territory id. */
export function isTerritoryId(id: string): boolean {
  return parseTerritoryId(id).ok;
}

/** The ancestors of a valid id, nearest first, ending with GLOBAL (empty for GLOBAL itself). */
export function ancestorsOf(id: string): string[] {
  const result: string[] = [];
  let current = parseTerritoryId(id);
  if (!current.ok || current.territory.kind === 'global') return result;
  while (current.ok && current.territory.parent !== undefined) {
    result.push(current.territory.parent);
    current = parseTerritoryId(current.territory.parent);
  }
  result.push(globalTerritory);
  return result;
}

/** True when `outer` is `inner` or one of its ancestors (both valid ids). */
export function contains(outer: string, inner: string): boolean {
  if (!isTerritoryId(outer) || !isTerritoryId(inner)) return false;
  return outer === inner || ancestorsOf(inner).includes(outer);
}
