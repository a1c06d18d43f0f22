export * from './errors.js';
export { workspacePackages } from './workspace.js';
