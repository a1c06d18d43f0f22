export type { ApiDeps } from './context.js';
export { withDeadline } from '../consensus/deadline.js';
export { asContinuumError, httpStatusOf } from './errors.js';
export { healthReport } from './health.js';
export type { HealthReport } from './health.js';
export { startApiServer } from './server.js';
export type { ApiListenOptions, ApiServer } from './server.js';
