/**
 * Tiers and the consistency rules between tier, territory and parent (pure).
 * - global ↔ the GLOBAL territory; national ↔ a top-level territory (country or First
 *   Nation); regional and leaf ↔ a community.
 * - A parent has a strictly higher tier than its child, and its territory is the
 *   child's territory or one of its ancestors (so a First Nation community's parent is
 *   never the country in its id).
 */
import { contains, parseTerritoryId } from './territory.js';

export const tiers = ['leaf', 'regional', 'national', 'global'] as const;
export type Tier = (typeof tiers)[number];

export function isTier(value: string): value is Tier {
  return (tiers as readonly string[]).includes(value);
}

/** leaf 0, regional 1, national 2, global 3. */
export function tierRank(tier: Tier): number {
  return tiers.indexOf(tier);
}

export interface Placement {
  readonly tier: Tier;
  readonly territory: string;
}

/** Why a tier and territory do not fit together, or undefined when they do. */
export function checkPlacement(placement: Placement): string | undefined {
  const parsed = parseTerritoryId(placement.territory);
  if (!parsed.ok) return parsed.reason;
  const kind = parsed.territory.kind;
  switch (placement.tier) {
    case 'global':
      return kind === 'global' ? undefined : 'a global node has the territory GLOBAL';
    case 'national':
      return kind === 'country' || kind === 'first-nation' ? undefined : 'a national node has a country or First Nation territory';
    case 'regional':
    case 'leaf':
      return kind === 'community' ? undefined : `a ${placement.tier} node has a community territory such as US-CA or DK-COPENHAGEN`;
  }
}

/** Why `parent` cannot be the parent of `child`, or undefined when it can. */
export function checkParent(child: Placement, parent: Placement): string | undefined {
  if (tierRank(parent.tier) <= tierRank(child.tier)) return `a ${parent.tier} node cannot be the parent of a ${child.tier} node`;
  if (!contains(parent.territory, child.territory)) return `territory ${parent.territory} does not contain ${child.territory}`;
  return undefined;
}
