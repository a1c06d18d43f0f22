import type { RegisterCommand } from '../../context.js';
import { renderKeyValues } from '../../output/table.js';
import { addApiView } from '../api-view.js';

export const registerStatus: RegisterCommand = (program, io) => {
  addApiView<Record<string, unknown>>(program, io, {
    name: 'status', path: '/v1/status', description: "show the node's identity, tier, Raft role and health",
    examples: ['continuum status', 'continuum status --json --api 127.0.0.1:7701'], render: (s) => renderKeyValues(s),
  });
};
