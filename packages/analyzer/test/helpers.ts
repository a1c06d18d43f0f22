import { analyze, reportFromMetadata, type PostMetadata, type SignatureReport, type StreamPost } from '../src/index.js';

/** One secret per simulated leaf, as real leaves have. */
export function leafSecret(leaf: string): Uint8Array {
  const bytes = new Uint8Array(32);
  for (let i = 0; i < leaf.length; i++) bytes[i % 32] = (bytes[i % 32] as number) ^ leaf.charCodeAt(i);
  return bytes;
}

export interface AnalysedStream {
  readonly reports: SignatureReport[];
  readonly metadata: PostMetadata[];
  readonly plantedOf: Map<string, number>;
}

/** Every leaf analyses its own posts; its parent files them as reports. */
export function analyseStream(stream: readonly StreamPost[]): AnalysedStream {
  const reports: SignatureReport[] = [];
  const metadata: PostMetadata[] = [];
  const plantedOf = new Map<string, number>();
  const secrets = new Map<string, Uint8Array>();
  for (const item of stream) {
    let secret = secrets.get(item.leaf);
    if (secret === undefined) secrets.set(item.leaf, (secret = leafSecret(item.leaf)));
    const m = analyze(item.post, { nodeSecret: secret, territory: 'XX' });
    metadata.push(m);
    reports.push(reportFromMetadata(m, item.leaf));
    if (item.campaign !== undefined) plantedOf.set(m.cid, item.campaign);
  }
  return { reports, metadata, plantedOf };
}
