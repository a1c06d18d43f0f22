import { describe, expect, it } from 'vitest';
import { renderTree, type TreeMember } from '../src/commands/tree/render.js';

const m = (peerId: string, name: string, tier: string, parent: string | null, status = 'HEALTHY'): TreeMember => ({ peerId, name, tier, territory: name.toUpperCase(), parent, status });

describe('continuum tree', () => {
  it('draws children under their parent, by tier then name, with health', () => {
    const text = renderTree([
      m('l2', 'la', 'leaf', 'r1'), m('g', 'global-1', 'global', null), m('r1', 'us-ca', 'regional', 'n'), m('n', 'us', 'national', 'g'),
      m('l1', 'sf', 'leaf', 'r1', 'DEAD'), m('r2', 'us-ny', 'regional', 'n', 'DEGRADED'),
    ], false);
    expect(text.split('\n')).toEqual([
      'global-1 (global, GLOBAL-1) ● healthy',
      '└── us (national, US) ● healthy',
      '    ├── us-ca (regional, US-CA) ● healthy',
      '    │   ├── la (leaf, LA) ● healthy',
      '    │   └── sf (leaf, SF) ✕ dead',
      '    └── us-ny (regional, US-NY) ◐ degraded',
    ]);
  });

  it('shows a member whose parent is unknown as a root of its own', () => {
    expect(renderTree([m('a', 'a', 'leaf', 'gone')], false)).toBe('a (leaf, A) ● healthy');
    expect(renderTree([], false)).toBe('no members yet');
  });
});
