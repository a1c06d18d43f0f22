/** A member as the tree needs it (the /v1/members view). */
export interface TreeMember {
  readonly peerId: string;
  readonly name: string;
  readonly tier: string;
  readonly territory: string;
  readonly parent: string | null;
  readonly status: string;
}

const tierRank: Readonly<Record<string, number>> = { global: 0, national: 1, regional: 2, leaf: 3 };
const marks: Readonly<Record<string, string>> = { HEALTHY: '●', DEGRADED: '◐', UNHEALTHY: '○', DEAD: '✕', JOINING: '…' };
const colours: Readonly<Record<string, string>> = { HEALTHY: '\u001b[32m', DEGRADED: '\u001b[33m', UNHEALTHY: '\u001b[33m', DEAD: '\u001b[31m', JOINING: '\u001b[36m' };

/** The hierarchy as a box-drawn tree, one member a line with its health; roots are members without a known parent. */
export function renderTree(members: readonly TreeMember[], colour: boolean): string {
  const byId = new Map(members.map((m) => [m.peerId, m]));
  const children = new Map<string, TreeMember[]>();
  const roots: TreeMember[] = [];
  for (const member of members) {
    if (member.parent !== null && byId.has(member.parent)) children.set(member.parent, [...(children.get(member.parent) ?? []), member]);
    else roots.push(member);
  }
  const order = (a: TreeMember, b: TreeMember) => (tierRank[a.tier] ?? 9) - (tierRank[b.tier] ?? 9) || a.name.localeCompare(b.name);
  const label = (m: TreeMember) => {
    const mark = marks[m.status] ?? '?';
    const health = colour ? `${colours[m.status] ?? ''}${mark} ${m.status.toLowerCase()}\u001b[0m` : `${mark} ${m.status.toLowerCase()}`;
    return `${m.name} (${m.tier}, ${m.territory}) ${health}`;
  };
  const lines: string[] = [];
  const walk = (member: TreeMember, prefix: string, last: boolean, root: boolean) => {
    lines.push(root ? label(member) : `${prefix}${last ? '└── ' : '├── '}${label(member)}`);
    const kids = (children.get(member.peerId) ?? []).sort(order);
    kids.forEach((kid, i) => walk(kid, root ? '' : `${prefix}${last ? '    ' : '│   '}`, i === kids.length - 1, false));
  };
  roots.sort(order).forEach((root) => walk(root, '', true, true));
  return lines.length === 0 ? 'no members yet' : lines.join('\n');
}
