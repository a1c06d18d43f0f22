export { configDefaults, conflictResolutions, dataDirFiles, discoveryMethods, loadBalanceAlgorithms, logLevelValues, tierValues, tokenDefaults } from './defaults.js';
export { loadConfigFile, renderConfig, resolveConfigPaths } from './load.js';
export type { ContinuumConfig, ContinuumConfigInput, DiscoveryConfig } from './schema.js';
export { parseConfig, validateConfig } from './validate.js';
