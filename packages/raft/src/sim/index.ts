export { runSeed, emptyCounters, type SimResult, type SimCounters } from './simulator.js';
export { runSeeds, formatFailure, repeatCommand, type BatchOptions, type BatchResult } from './batch.js';
export { scenarioFor, defaultSimOptions, type SimOptions, type Scenario } from './options.js';
export { Checker, LogFingerprint, SafetyViolation } from './checker.js';
export { SimNetwork, type NetworkFaults } from './network.js';
export { CommitOlderTermByCountingRaft, ReadWithoutQuorumRaft, plantedBugs, plantedRaftFactory, type PlantedBug } from './planted-bugs.js';
export { Cluster, type ClusterNode, type ClusterTuning } from './cluster.js';
