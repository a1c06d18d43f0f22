export { isAvailable, LoadBalancer } from './balancer.js';
export { Coordinator } from './coordinator.js';
export type { Heartbeat, NodeRegistration } from './coordinator.js';
export { healthRound } from './health.js';
export type { HealthRoundOptions } from './health.js';
export { chooseParent, failbackPlan, failoverPlan, orphanPlan } from './parents.js';
export type { CoordinatorOptions, CoordinatorStats, HealthStatus, LoadBalanceAlgorithm, ParentMove, StatusChange, TrackedNode } from './types.js';
