import type { Command } from 'commander';
import { ApiClient } from './client/api-client.js';
import { resolveTarget } from './client/target.js';
import type { CliIo } from './io.js';

/** The global flags every command accepts. */
export interface GlobalOptions {
  readonly json?: boolean;
  readonly api?: string;
  readonly dataDir?: string;
}

/** What a command's action gets: output helpers and a client for the chosen node. */
export interface CommandContext {
  readonly io: CliIo;
  readonly options: GlobalOptions;
  client(): Promise<ApiClient>;
  /** Prints `value` as JSON with --json, otherwise as `human(value)`. */
  print<T>(value: T, human: (value: T) => string): void;
}

export function createContext(io: CliIo, command: Command): CommandContext {
  const options = command.optsWithGlobals<GlobalOptions>();
  return {
    io,
    options,
    client: async () => new ApiClient(await resolveTarget({ ...(options.api !== undefined ? { api: options.api } : {}), ...(options.dataDir !== undefined ? { dataDir: options.dataDir } : {}) }, io.env)),
    print: (value, human) => io.out(options.json === true ? JSON.stringify(value, null, 2) : human(value)),
  };
}

/** A command module registers itself on the program. */
export type RegisterCommand = (program: Command, io: CliIo) => void;
