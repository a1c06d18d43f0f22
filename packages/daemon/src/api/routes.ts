/** Health, metrics and the read-only /v1 routes. */
import { listMembers, territoryTree } from '../federation/views.js';
import type { ApiDeps } from './context.js';
import { healthReport } from './health.js';
import { sendJson } from './http.js';
import { kvRoutes } from './kv.js';
import { membershipRoutes } from './membership.js';
import type { Route } from './router.js';
import { webRoutes } from './web.js';
import { workRoutes } from './work.js';

function statusBody(deps: ApiDeps): unknown {
  const raft = deps.consensus.status();
  return {
    peer_id: deps.self.peerId, name: deps.self.name, tier: deps.self.tier, territory: deps.self.territory, addresses: deps.selfAddresses(),
    federation_id: deps.consensus.state.federationId || null,
    members: deps.consensus.state.members.size,
    raft: { role: raft.role, term: raft.term, leader_id: raft.leaderId ?? null, commit_index: raft.commitIndex, applied_index: raft.appliedIndex },
    coordinator: deps.coordinator.stats(),
    gossip: deps.views.gossip(),
    peers: deps.views.peers().length,
  };
}

export function apiRoutes(deps: ApiDeps): Route[] {
  return [
    {
      method: 'GET', path: '/health', auth: false,
      handle: ({ response }) => {
        const report = healthReport(deps);
        sendJson(response, report.healthy ? 200 : 503, report);
      },
    },
    { method: 'GET', path: '/health/live', auth: false, handle: ({ response }) => sendJson(response, 200, { live: true }) },
    {
      method: 'GET', path: '/health/ready', auth: false,
      handle: ({ response }) => {
        const raft = deps.consensus.status();
        const ready = raft.leaderId !== undefined && deps.consensus.state.federationId !== '';
        sendJson(response, ready ? 200 : 503, { ready, leader_id: raft.leaderId ?? null, federation_id: deps.consensus.state.federationId || null });
      },
    },
    {
      method: 'GET', path: '/metrics', auth: false,
      handle: async ({ response }) => {
        const text = await deps.metrics.render();
        response.writeHead(200, { 'content-type': deps.metrics.contentType, 'content-length': Buffer.byteLength(text) });
        response.end(text);
      },
    },
    { method: 'GET', path: '/v1/status', auth: true, handle: ({ response }) => sendJson(response, 200, statusBody(deps)) },
    { method: 'GET', path: '/v1/peers', auth: true, handle: ({ response }) => sendJson(response, 200, { peers: deps.views.peers() }) },
    { method: 'GET', path: '/v1/members', auth: true, handle: ({ response }) => sendJson(response, 200, { members: listMembers(deps.consensus.state) }) },
    { method: 'GET', path: '/v1/tree', auth: true, handle: ({ response }) => sendJson(response, 200, { tree: territoryTree(deps.consensus.state) }) },
    { method: 'GET', path: '/v1/raft', auth: true, handle: ({ response }) => sendJson(response, 200, deps.consensus.status()) },
    {
      method: 'GET', path: '/v1/discovery', auth: true,
      handle: ({ response }) => {
        if (deps.discovery === undefined) sendJson(response, 404, { error: { name: 'ContinuumError', code: 'NOT_FOUND', message: 'discovery is not configured on this node', details: {} } });
        else sendJson(response, 200, deps.discovery());
      },
    },
    ...kvRoutes(deps),
    ...membershipRoutes(deps),
    ...webRoutes(),
    ...workRoutes(deps),
  ];
}
