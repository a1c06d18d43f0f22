import type { RegisterCommand } from '../../context.js';
import { addApiView } from '../api-view.js';
import { renderTree, type TreeMember } from './render.js';

export const registerTree: RegisterCommand = (program, io) => {
  addApiView<{ members: TreeMember[] }>(program, io, {
    name: 'tree', path: '/v1/members', description: "draw the hierarchy (global → national → regional → leaf) as Raft agreed it, with each node's health",
    examples: ['continuum tree', 'continuum tree --json'], render: (m, cliIo) => renderTree(m.members, cliIo.isTty),
  });
};
