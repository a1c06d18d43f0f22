import type { RegisterCommand } from '../context.js';
import { registerDemo } from './demo/index.js';
import { registerKv } from './kv/index.js';
import { registerMembers } from './members/index.js';
import { registerMetrics } from './metrics/index.js';
import { registerPeers } from './peers/index.js';
import { registerRaft } from './raft/index.js';
import { registerStatus } from './status/index.js';

/** Every command, in the order `continuum --help` lists them. */
export const commands: readonly RegisterCommand[] = [
  registerDemo, registerStatus, registerPeers, registerMembers, registerRaft, registerKv, registerMetrics,
];
