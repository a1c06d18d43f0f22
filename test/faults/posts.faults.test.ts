// Every acknowledged post survives kills during ingest: one client streams NDJSON batches
// to a leaf (POST /v1/posts), retrying a batch until some answer is 2xx, while the nemesis
// kill -9s the leaf at random moments and restarts it. Afterwards, with the leaf restarted:
//   - every CID acknowledged in any 2xx answer (stored or duplicate) is in the leaf's
//     content store (GET /v1/content/{cid}) with the post that produced it;
//   - nothing is stored twice: a post acknowledged in several answers (a retried batch)
//     always got the same CID, and sending every acknowledged post again stores none of
//     them anew (all are reported duplicates).
// FAULTS_SECONDS sets the length (CI: 15).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcessCluster, cliBuilt, type ProcNode } from '../../packages/daemon/test/support/process-cluster.js';
import { initPrivate } from './cluster.js';
import { runSeed, seededRandom } from './random.js';

const seconds = Number(process.env.FAULTS_SECONDS ?? 15);
const batchSize = 40;
const seed = runSeed();

interface IngestAnswer {
  stored: Array<{ line: number; cid: string }>;
  duplicates: Array<{ line: number; cid: string }>;
  rejected: unknown[];
}

const cluster = new ProcessCluster();
let leaf: ProcNode | undefined;

function post(id: number): string {
  return JSON.stringify({
    id: `post-${id}`, platform: 'test', author: `user${id % 7}`, text: `faults ingest ${id}: the harbour meeting moved to the square #harbour`,
    created_at: new Date(Date.UTC(2026, 10, 1) + id * 1000).toISOString(), hashtags: ['#harbour'],
  });
}

async function ingest(node: ProcNode, lines: readonly string[]): Promise<IngestAnswer | undefined> {
  try {
    const response = await fetch(`http://127.0.0.1:${node.apiPort}/v1/posts`, {
      method: 'POST', headers: { authorization: `Bearer ${node.token}`, 'content-type': 'application/x-ndjson' }, body: lines.join('\n'), signal: AbortSignal.timeout(20_000),
    });
    const text = await response.text();
    if (process.env.FAULTS_DEBUG !== undefined && response.status >= 300) console.log('ingest answered', response.status, text);
    return response.status >= 200 && response.status < 300 ? JSON.parse(text) as IngestAnswer : undefined;
  } catch (error) {
    if (process.env.FAULTS_DEBUG !== undefined) console.log("ingest failed", String(error));
    return undefined; // killed mid-request, refused while down, or timed out: unknown
  }
}

describe.skipIf(!cliBuilt())('posts under kill -9 during ingest', () => {
  beforeAll(async () => {
    await initPrivate(cluster);
    leaf = await cluster.add('leaf', ['--council', '--federation-id', 'fed-posts', '--discovery', 'bootstrap']);
    await cluster.start(leaf);
  }, 120_000);

  afterAll(async () => {
    await cluster.stop();
  }, 60_000);

  it('keeps every acknowledged post, once', async () => {
    const node = leaf as ProcNode;
    const random = seededRandom(seed);
    const t0 = performance.now();
    const until = () => performance.now() - t0 >= seconds * 1000;
    /** Post id → the CIDs answers gave it (must be one). */
    const acknowledged = new Map<number, Set<string>>();
    let batches = 0;
    let attempts = 0;
    let failedAttempts = 0;
    const kills: string[] = [];
    let inFlight = false;
    let killsMidRequest = 0;

    const client = async () => {
      for (let next = 0; !until(); next += batchSize) {
        const ids = Array.from({ length: batchSize }, (_, i) => next + i);
        const lines = ids.map(post);
        batches += 1;
        for (;;) {
          attempts += 1;
          inFlight = node.child !== undefined;
          const answer = node.child === undefined ? undefined : await ingest(node, lines);
          inFlight = false;
          if (answer !== undefined) {
            expect(answer.rejected).toEqual([]);
            for (const { line, cid } of [...answer.stored, ...answer.duplicates]) {
              const id = ids[line - 1] as number;
              const cids = acknowledged.get(id) ?? new Set<string>();
              cids.add(cid);
              acknowledged.set(id, cids);
            }
            break;
          }
          failedAttempts += 1;
          await new Promise((resolve) => setTimeout(resolve, 250));
          if (until()) break;
        }
      }
    };

    const nemesis = async () => {
      while (!until()) {
        await new Promise((resolve) => setTimeout(resolve, 1_500 + random() * 2_000));
        if (until()) break;
        kills.push(`${(performance.now() - t0).toFixed(0)}ms${inFlight ? ' (mid-request)' : ''}`);
        if (inFlight) killsMidRequest += 1;
        cluster.kill9(node);
        await new Promise((resolve) => setTimeout(resolve, 200 + random() * 600));
        await cluster.start(node);
      }
    };

    await Promise.all([client(), nemesis()]);
    if (node.child === undefined) await cluster.start(node);

    const twice = [...acknowledged].filter(([, cids]) => cids.size !== 1).map(([id]) => id);
    const missing: string[] = [];
    const wrong: string[] = [];
    const toCheck = [...acknowledged];
    await Promise.all(Array.from({ length: 8 }, async () => {
      for (let item = toCheck.pop(); item !== undefined; item = toCheck.pop()) {
        const [id, cids] = item;
        const cid = [...cids][0] as string;
        const found = await cluster.api<{ post: { id: string } }>(node, 'GET', `/v1/content/${encodeURIComponent(cid)}`);
        if (found.status === 404) missing.push(`post-${id} ${cid}`);
        else if (found.status !== 200 || found.body.post.id !== `post-${id}`) wrong.push(`post-${id} ${cid}: ${found.status}`);
      }
    }));
    // Sent again, every acknowledged post is a duplicate: none was lost, none is stored anew.
    const ids = [...acknowledged.keys()].sort((a, b) => a - b);
    let storedAgain = 0;
    let duplicatesAgain = 0;
    for (let i = 0; i < ids.length; i += 500) {
      const answer = await ingest(node, ids.slice(i, i + 500).map(post));
      expect(answer).toBeDefined();
      storedAgain += answer?.stored.length ?? 0;
      duplicatesAgain += answer?.duplicates.length ?? 0;
    }
    console.log(`POSTS seed ${seed}, ${seconds}s: ${batches} batches of ${batchSize}, ${attempts} attempts (${failedAttempts} unanswered), ${acknowledged.size} posts acknowledged, `
      + `${kills.length} kill -9 (${killsMidRequest} mid-request) [${kills.slice(0, 12).join(', ')}${kills.length > 12 ? ', ...' : ''}]; missing ${missing.length}, wrong ${wrong.length}, acknowledged with two CIDs ${twice.length}, stored again ${storedAgain}`);
    expect(killsMidRequest).toBeGreaterThan(0);
    expect(failedAttempts).toBeGreaterThan(0);
    expect(acknowledged.size).toBeGreaterThanOrEqual(batchSize);
    expect(twice).toEqual([]);
    expect(missing).toEqual([]);
    expect(wrong).toEqual([]);
    expect(storedAgain).toBe(0);
    expect(duplicatesAgain).toBe(acknowledged.size);
  }, (seconds * 3 + 120) * 1000);
});
