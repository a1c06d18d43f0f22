import type { RegisterCommand } from '../context.js';
import { registerDaemon } from './daemon/index.js';
import { registerDemo } from './demo/index.js';
import { registerIngest } from './ingest/index.js';
import { registerFound } from './found/index.js';
import { registerInit } from './init/index.js';
import { registerJoin } from './join/index.js';
import { registerLeave } from './leave/index.js';
import { registerToken } from './token/index.js';
import { registerTree } from './tree/index.js';
import { registerKv } from './kv/index.js';
import { registerMembers } from './members/index.js';
import { registerMetrics } from './metrics/index.js';
import { registerPeers } from './peers/index.js';
import { registerRaft } from './raft/index.js';
import { registerStatus } from './status/index.js';
import { registerId } from './id/index.js';
import { registerMap } from './map/index.js';
import { registerDocs } from './docs/index.js';
import { registerQuery } from './query/index.js';
import { registerAlerts } from './alerts/index.js';
import { registerCampaigns } from './campaigns/index.js';
import { registerLogs } from './logs/index.js';

/** Every command, in the order `continuum --help` lists them. */
export const commands: readonly RegisterCommand[] = [
  registerInit, registerFound, registerDaemon, registerDemo, registerId, registerStatus, registerPeers, registerMembers, registerTree, registerRaft, registerKv, registerMap, registerDocs,
  registerIngest, registerQuery, registerAlerts, registerCampaigns, registerMetrics, registerLogs, registerToken, registerJoin, registerLeave,
];
