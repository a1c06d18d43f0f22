import type { RegisterCommand } from '../../context.js';
import { shortTime } from '../../output/time.js';
import { addFeed } from '../feed.js';

interface AlertView {
  readonly cid: string;
  readonly territory: string;
  readonly severity: string;
  readonly categories: readonly string[];
  readonly created_at_ms: number;
  readonly node: string;
}

export const registerAlerts: RegisterCommand = (program, io) => {
  addFeed<AlertView>(program, io, {
    name: 'alerts', eventType: 'alert',
    description: "high and critical posts in this node's subtree (metadata only: CID, territory, categories; never text)",
    examples: ['continuum alerts', 'continuum alerts --from 7d', 'continuum alerts --follow', 'continuum alerts --follow --json'],
    select: (answer) => [...answer.alerts].sort((a, b) => a.created_at_ms - b.created_at_ms),
    columns: ['time', 'severity', 'territory', 'categories', 'cid', 'node'],
    row: (a) => [shortTime(a.created_at_ms), a.severity, a.territory, a.categories.join(','), a.cid, a.node.slice(-8)],
    key: (a) => a.cid,
  });
};
