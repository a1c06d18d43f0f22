/**
 * The daemon entry used by `continuum daemon`: load the config (a file, or the data dir's
 * config.yaml), start a node, and stop it cleanly on SIGINT or SIGTERM (or when `signal`
 * aborts). Resolves once the node has stopped.
 */
import { loadConfigFile } from '../config/load.js';
import { openDataDir } from '../identity/data-dir.js';
import type { ContinuumNode, NodeOptions } from './node.js';
import { createNode } from './node.js';

export interface RunDaemonOptions {
  /** A YAML config file (`--config FILE`). */
  readonly configFile?: string;
  /** A data dir made by init (`--data-dir DIR`), used when no config file is given. */
  readonly dataDir?: string;
  readonly nodeOptions?: NodeOptions;
  /** Stops the daemon when aborted (besides SIGINT and SIGTERM). */
  readonly signal?: AbortSignal;
  /** Called once the node runs (e.g. to print its addresses). */
  readonly onReady?: (node: ContinuumNode) => void;
  /** Which process signals stop the daemon (default SIGINT and SIGTERM). */
  readonly stopSignals?: readonly NodeJS.Signals[];
}

export async function runDaemon(options: RunDaemonOptions): Promise<void> {
  const config = options.configFile !== undefined
    ? await loadConfigFile(options.configFile)
    : (await openDataDir(options.dataDir ?? './data')).config;
  const node = createNode(config, { logConsole: true, ...options.nodeOptions });
  const stopSignals = options.stopSignals ?? ['SIGINT', 'SIGTERM'];
  let release: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => {
    release = resolve;
  });
  const onSignal = (): void => release();
  for (const name of stopSignals) process.once(name, onSignal);
  options.signal?.addEventListener('abort', onSignal, { once: true });
  try {
    await node.start();
    options.onReady?.(node);
    if (options.signal?.aborted !== true) await stopped;
  } finally {
    for (const name of stopSignals) process.off(name, onSignal);
    options.signal?.removeEventListener('abort', onSignal);
    await node.stop();
  }
}
