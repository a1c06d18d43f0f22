import { daemonLib } from '../../daemon-lib.js';
import type { DemoFederation, DemoNode } from './federation.js';

export interface FeedResult {
  readonly stored: number;
  readonly rejected: number;
  readonly duplicates: number;
}

const linesPerRequest = 200;

/**
 * Feeds every leaf its own seeded stream of sample posts of the last two hours (several
 * languages, offensive posts and threats, and a campaign posted in every city), as NDJSON.
 */
export async function feedLeaves(federation: DemoFederation, postsPerLeaf: number, onProgress: (sent: number, total: number) => void): Promise<FeedResult> {
  const leaves = federation.nodes.filter((node) => node.spec.tier === 'leaf');
  const total = leaves.length * postsPerLeaf;
  const now = Date.now();
  let sent = 0;
  const result = { stored: 0, rejected: 0, duplicates: 0 };
  const { samplePosts } = await daemonLib();
  await Promise.all(leaves.map(async (leaf, index) => {
    const stream = samplePosts({
      seed: index + 1, territory: leaf.spec.territory, city: leaf.spec.city ?? leaf.spec.name, count: postsPerLeaf,
      startMs: now - 2 * 3_600_000, gapMs: Math.floor((2 * 3_600_000) / postsPerLeaf), threatShare: 0.03, offensiveShare: 0.1, campaignShare: 0.06,
    });
    let batch: string[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const report = await federation.api<{ stored: unknown[]; rejected: unknown[]; duplicates: unknown[] }>(leaf as DemoNode, 'POST', '/v1/posts', `${batch.join('\n')}\n`, 'application/x-ndjson');
      result.stored += report.stored.length;
      result.rejected += report.rejected.length;
      result.duplicates += report.duplicates.length;
      sent += batch.length;
      onProgress(sent, total);
      batch = [];
    };
    for (const { post } of stream) {
      batch.push(JSON.stringify(post));
      if (batch.length >= linesPerRequest) await flush();
    }
    await flush();
  }));
  return result;
}
