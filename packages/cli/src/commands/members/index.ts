import type { RegisterCommand } from '../../context.js';
import { renderObjects } from '../../output/table.js';
import { addApiView } from '../api-view.js';

export const registerMembers: RegisterCommand = (program, io) => {
  addApiView<{ members: Array<Record<string, unknown>> }>(program, io, {
    name: 'members', path: '/v1/members', description: 'list the members of the federation, as agreed through Raft',
    examples: ['continuum members', 'continuum members --json | jq ".members[].name"'], render: (m) => (m.members.length === 0 ? 'no members yet' : renderObjects(m.members)),
  });
};
