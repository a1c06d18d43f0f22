/**
 * The query proxy, `/continuum/proxy/1.0.0`: an ancestor of a leaf (its parent, or a node
 * above that) asks the leaf for the raw content of a CID. The leaf answers only when its
 * policy allows it (`proxy_content` = `allow`; default deny) and the asker is one of its
 * ancestors in the federation state, and audits every request, answered or not.
 * One JSON frame each way: `{ cid }` → `{ ok: true, post, stored_at_ms } | { ok: false, code, reason }`.
 */
import type { Post } from '@continuum/analyzer';
import { ContinuumError } from '../errors.js';
import type { FederationState } from '../federation/state.js';
import type { ContinuumHost } from '../host/host.js';
import { limits } from '../limits.js';
import { readFrames, writeFrame } from '../protocol/framing.js';
import { federationHandler } from '../protocol/handler.js';
import type { PenaliseHook } from '../protocol/penalties.js';
import type { IngestService } from '../ingest/ingest.js';
import { peerIdFromString } from '@libp2p/peer-id';

export const proxyProtocol = '/continuum/proxy/1.0.0';
const maxProxyRequestBytes = 1024;
const maxAncestorHops = 16;

export type ProxyAnswer =
  | { readonly ok: true; readonly post: Post; readonly stored_at_ms: number }
  | { readonly ok: false; readonly code: 'DENIED' | 'NOT_FOUND' | 'NOT_ANCESTOR'; readonly reason: string };

/** Whether `asker` is on the parent chain above `node` in the federation state. */
export function isAncestor(state: FederationState, asker: string, node: string): boolean {
  let current = state.members.get(node)?.parent;
  for (let hop = 0; hop < maxAncestorHops && current !== undefined; hop++) {
    if (current === asker) return true;
    current = state.members.get(current)?.parent;
  }
  return false;
}

export interface ProxyServerOptions {
  readonly host: ContinuumHost;
  readonly ingest: IngestService;
  readonly state: () => FederationState;
  readonly allowed: () => boolean;
  readonly penalise: PenaliseHook;
}

export async function answerProxy(options: Omit<ProxyServerOptions, 'host' | 'penalise'>, self: string, asker: string, cid: string): Promise<ProxyAnswer> {
  if (!isAncestor(options.state(), asker, self)) {
    await options.ingest.appendAudit({ action: 'content.proxy.denied', actor: asker, subject: cid, details: { reason: 'not an ancestor' } });
    return { ok: false, code: 'NOT_ANCESTOR', reason: 'only an ancestor of this node may ask for its content' };
  }
  const stored = await options.ingest.readContent(cid, { actor: asker, via: 'proxy', allowed: options.allowed() });
  if (!options.allowed()) return { ok: false, code: 'DENIED', reason: 'the proxy_content policy does not allow raw content to leave this node' };
  if (stored === undefined) return { ok: false, code: 'NOT_FOUND', reason: `no content ${cid}` };
  return { ok: true, post: stored.post, stored_at_ms: stored.storedAtMs };
}

export async function startProxyServer(options: ProxyServerOptions): Promise<() => Promise<void>> {
  const self = options.host.peerId.toString();
  await options.host.handle(proxyProtocol, federationHandler({
    protocol: proxyProtocol, membersOnly: true, isMember: (peer) => options.state().members.has(peer), penalise: options.penalise,
    handle: async ({ stream, peer }) => {
      const context = { peer, protocol: proxyProtocol };
      for await (const frame of readFrames(stream, context, { maxFrameBytes: maxProxyRequestBytes, maxFrames: 1 })) {
        let cid: unknown;
        try {
          cid = (JSON.parse(new TextDecoder().decode(frame)) as { cid?: unknown }).cid;
        } catch {
          cid = undefined;
        }
        if (typeof cid !== 'string' || cid.length === 0 || cid.length > 256) {
          throw new ContinuumError('PEER_MESSAGE_INVALID', `${proxyProtocol} from ${peer}: bad request`, { peer, protocol: proxyProtocol, reason: 'no cid' });
        }
        const answer = await answerProxy(options, self, peer, cid);
        await writeFrame(stream, new TextEncoder().encode(JSON.stringify(answer)));
      }
    },
  }));
  return () => options.host.unhandle(proxyProtocol);
}

/** Asks `leaf` for a CID's raw content (the asking side). */
export async function requestContent(host: ContinuumHost, leaf: string, cid: string, signal: AbortSignal): Promise<ProxyAnswer> {
  const timeout = AbortSignal.any([signal, AbortSignal.timeout(limits.dialTimeoutMs)]);
  const stream = await host.dialProtocol(peerIdFromString(leaf), proxyProtocol, { signal: timeout });
  try {
    await writeFrame(stream, new TextEncoder().encode(JSON.stringify({ cid })), timeout);
    for await (const frame of readFrames(stream, { peer: leaf, protocol: proxyProtocol }, { maxFrames: 1 })) return JSON.parse(new TextDecoder().decode(frame)) as ProxyAnswer;
    throw new ContinuumError('UNAVAILABLE', `${leaf} closed the proxy stream without an answer`, { reason: 'no answer' });
  } finally {
    await stream.close().catch(() => stream.abort(new Error('close failed')));
  }
}
