import type { RegisterCommand } from '../../context.js';
import { shortTime } from '../../output/time.js';
import { addFeed } from '../feed.js';

interface CampaignView {
  readonly id: string;
  readonly signature: string;
  readonly nodes: readonly string[];
  readonly territories: readonly string[];
  readonly first_seen_ms: number;
  readonly last_seen_ms: number;
  readonly volume: number;
  readonly severity: string;
}

export const registerCampaigns: RegisterCommand = (program, io) => {
  addFeed<CampaignView>(program, io, {
    name: 'campaigns', eventType: 'campaign',
    description: "coordinated campaigns in this node's subtree: near-duplicate posts at several leaves (policy campaign_min_nodes, campaign_window_ms)",
    examples: ['continuum campaigns', 'continuum campaigns --from 7d --json', 'continuum campaigns --follow'],
    select: (answer) => [...answer.campaigns].sort((a, b) => a.first_seen_ms - b.first_seen_ms),
    columns: ['id', 'volume', 'nodes', 'territories', 'severity', 'first seen', 'last seen'],
    row: (c) => [c.id, String(c.volume), String(c.nodes.length), c.territories.join(','), c.severity, shortTime(c.first_seen_ms), shortTime(c.last_seen_ms)],
    key: (c) => `${c.id}|${c.volume}`,
  });
};
