import type { RegisterCommand } from '../../context.js';
import { renderObjects } from '../../output/table.js';
import { addApiView } from '../api-view.js';

export const registerPeers: RegisterCommand = (program, io) => {
  addApiView<{ peers: Array<Record<string, unknown>> }>(program, io, {
    name: 'peers', path: '/v1/peers', description: 'list the libp2p peers this node is connected to',
    examples: ['continuum peers', 'continuum peers --json'], render: (p) => (p.peers.length === 0 ? 'no peers connected' : renderObjects(p.peers)),
  });
};
