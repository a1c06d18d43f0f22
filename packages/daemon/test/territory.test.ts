import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { limits } from '../src/limits.js';
import { countryCodes } from '../src/territory/countries.js';
import { ancestorsOf, contains, parseTerritoryId } from '../src/territory/territory.js';
import { checkParent, checkPlacement } from '../src/territory/tiers.js';

describe('territory ids', () => {
  it('knows the 249 assigned ISO 3166-1 alpha-2 codes', () => {
    expect(countryCodes.size).toBe(249);
    expect(countryCodes.has('DK')).toBe(true);
    expect(countryCodes.has('XX')).toBe(false);
  });

  it('accepts the design examples with their kinds and parents', () => {
    const cases: Array<[string, string, string | undefined, number]> = [
      ['DK', 'country', undefined, 1],
      ['HAIDA-FN-CA', 'first-nation', undefined, 1],
      ['US-CA-SF', 'community', 'US-CA', 3],
      ['HAIDA-FN-CA-MASSETT', 'community', 'HAIDA-FN-CA', 2],
      ['DK-COPENHAGEN', 'community', 'DK', 2],
      ['GLOBAL', 'global', undefined, 0],
    ];
    for (const [id, kind, parent, depth] of cases) {
      const parsed = parseTerritoryId(id);
      expect(parsed.ok, id).toBe(true);
      if (parsed.ok) expect([parsed.territory.kind, parsed.territory.parent, parsed.territory.depth]).toEqual([kind, parent, depth]);
    }
  });

  it('never makes the country of a First Nation id its parent', () => {
    expect(ancestorsOf('HAIDA-FN-CA-MASSETT')).toEqual(['HAIDA-FN-CA', 'GLOBAL']);
    expect(contains('CA', 'HAIDA-FN-CA-MASSETT')).toBe(false);
    expect(contains('HAIDA-FN-CA', 'HAIDA-FN-CA-MASSETT')).toBe(true);
  });

  it('rejects malformed ids with a reason', () => {
    for (const id of ['', 'dk', 'XX', 'XX-CITY', 'US--SF', 'US-CA-', 'US-sf', 'HAIDA-FN-XX', 'US-FN', 'US-CA-FN', 'US CA', 'A-B']) {
      const parsed = parseTerritoryId(id);
      expect(parsed.ok, id).toBe(false);
      if (!parsed.ok) expect(parsed.reason.length).toBeGreaterThan(0);
    }
  });

  it('has no depth limit but a length limit', () => {
    const deep = ['US', ...Array.from({ length: 40 }, (_, i) => `${i}`)].join('-');
    expect(deep.length).toBeLessThanOrEqual(limits.maxTerritoryIdLength);
    expect(parseTerritoryId(deep).ok).toBe(true);
    expect(ancestorsOf(deep)).toHaveLength(41);
    const long = `US-${'A'.repeat(limits.maxTerritoryNameLength)}-${'B'.repeat(limits.maxTerritoryIdLength)}`;
    expect(parseTerritoryId(long).ok).toBe(false);
    expect(parseTerritoryId(`US-${'A'.repeat(limits.maxTerritoryNameLength + 1)}`).ok).toBe(false);
    expect(parseTerritoryId(`US-${'A'.repeat(limits.maxTerritoryNameLength)}`).ok).toBe(true);
  });

  it('a valid community id parses to a parent that is also valid and a prefix (property)', () => {
    const name = fc.stringMatching(/^[A-Z0-9_]{1,8}$/).filter((segment) => segment !== 'FN');
    const root = fc.oneof(fc.constantFrom(...countryCodes), name.map((n) => `${n}-FN-CA`));
    fc.assert(
      fc.property(root, fc.array(name, { maxLength: 8 }), (top, names) => {
        const id = [top, ...names].join('-');
        const parsed = parseTerritoryId(id);
        if (!parsed.ok) return false;
        if (names.length === 0) return parsed.territory.parent === undefined;
        const parent = parsed.territory.parent ?? '';
        return id.startsWith(`${parent}-`) && parseTerritoryId(parent).ok && ancestorsOf(id).length === names.length + 1;
      }),
    );
  });
});

describe('tier, territory and parent rules', () => {
  it('matches tiers to territory kinds', () => {
    expect(checkPlacement({ tier: 'leaf', territory: 'US-CA-SF' })).toBeUndefined();
    expect(checkPlacement({ tier: 'regional', territory: 'US-CA' })).toBeUndefined();
    expect(checkPlacement({ tier: 'national', territory: 'HAIDA-FN-CA' })).toBeUndefined();
    expect(checkPlacement({ tier: 'global', territory: 'GLOBAL' })).toBeUndefined();
    expect(checkPlacement({ tier: 'leaf', territory: 'US' })).toMatch(/community/);
    expect(checkPlacement({ tier: 'national', territory: 'US-CA' })).toMatch(/country/);
    expect(checkPlacement({ tier: 'regional', territory: 'GLOBAL' })).toMatch(/community/);
    expect(checkPlacement({ tier: 'global', territory: 'US' })).toMatch(/GLOBAL/);
    expect(checkPlacement({ tier: 'leaf', territory: 'XX-A' })).toMatch(/ISO 3166/);
  });

  it('requires a higher tier whose territory contains the child', () => {
    const leaf = { tier: 'leaf', territory: 'US-CA-SF' } as const;
    expect(checkParent(leaf, { tier: 'regional', territory: 'US-CA' })).toBeUndefined();
    expect(checkParent(leaf, { tier: 'national', territory: 'US' })).toBeUndefined();
    expect(checkParent(leaf, { tier: 'global', territory: 'GLOBAL' })).toBeUndefined();
    expect(checkParent(leaf, { tier: 'regional', territory: 'US-NY' })).toMatch(/does not contain/);
    expect(checkParent(leaf, { tier: 'leaf', territory: 'US-CA' })).toMatch(/cannot be the parent/);
    expect(checkParent({ tier: 'leaf', territory: 'HAIDA-FN-CA-MASSETT' }, { tier: 'national', territory: 'CA' })).toMatch(/does not contain/);
  });
});
