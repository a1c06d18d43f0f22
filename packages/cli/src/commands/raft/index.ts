import type { RegisterCommand } from '../../context.js';
import { renderKeyValues } from '../../output/table.js';
import { addApiView } from '../api-view.js';

export const registerRaft: RegisterCommand = (program, io) => {
  const raft = program.command('raft').description('inspect the federation Raft group')
    .addHelpText('after', '\nExamples:\n  continuum raft status\n  continuum raft status --json');
  addApiView<Record<string, unknown>>(raft, io, {
    name: 'status', path: '/v1/raft', description: "this node's Raft role, term, commit and applied index, leader and voters",
    examples: ['continuum raft status'], render: (s) => renderKeyValues(s),
  });
};
