export { requestJoin } from './client.js';
export type { JoinAnswer, JoinAs } from './client.js';
export { joinHandler, joinProtocol } from './server.js';
export type { JoinServerOptions } from './server.js';
