import type { Command } from 'commander';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import type { OpenedDataDir } from '@continuum/daemon';
import { CliError } from '../../cli-error.js';
import { defaultDataDir } from '../../client/target.js';
import { createContext, type RegisterCommand } from '../../context.js';
import type { CliIo } from '../../io.js';
import { daemonLib } from '../../daemon-lib.js';
import { renderKeyValues } from '../../output/table.js';

interface Identity {
  peer_id: string;
  name: string;
  tier: string;
  territory: string;
  addresses: string[];
  api: string | null;
  data_dir: string | null;
  /** Whether the node answered: its addresses are then the ones it listens on now. */
  running: boolean;
}

interface StatusAnswer {
  peer_id: string;
  name: string;
  tier: string;
  territory: string;
  addresses?: string[];
}

/** How long `id` waits for a node before it answers from the data dir alone. */
const liveProbeMs = 1_500;

async function fromDataDir(dataDir: string): Promise<Identity | undefined> {
  if (!existsSync(join(dataDir, 'peer.key'))) return undefined;
  let opened: OpenedDataDir;
  try {
    opened = await (await daemonLib()).openDataDir(dataDir);
  } catch (error) {
    throw new CliError(`cannot read the node identity in ${dataDir}: ${(error as Error).message}`);
  }
  const peerId = opened.identity.peerId.toString();
  const { node } = opened.config;
  return {
    peer_id: peerId, name: node.name, tier: node.tier, territory: node.territory,
    addresses: node.listen.map((address) => `${address}/p2p/${peerId}`), api: node.api, data_dir: opened.paths.dataDir, running: false,
  };
}

export const registerId: RegisterCommand = (program: Command, io: CliIo) => {
  program.command('id')
    .description("this node's peer id, addresses, name, tier and territory (from the data dir; live addresses when the node runs)")
    .addHelpText('after', '\nWithout a running node the addresses are the configured listen addresses.\nExamples:\n  continuum id --data-dir ./n1\n  continuum id --json --api 127.0.0.1:7701')
    .action(async (_options: unknown, command: Command) => {
      const context = createContext(io, command);
      const dataDir = context.options.dataDir ?? defaultDataDir(io.env);
      const local = await fromDataDir(dataDir);
      const client = await context.client();
      let live: StatusAnswer | undefined;
      try {
        live = await client.json<StatusAnswer>('GET', '/v1/status', { timeoutMs: liveProbeMs });
      } catch (error) {
        if (local !== undefined) live = undefined;
        else if (error instanceof CliError) {
          throw new CliError(`no node identity in ${dataDir} and no node answers at ${client.target.baseUrl.replace(/^https?:\/\//, '')}`, 1,
            `create one with: continuum init --data-dir ${dataDir} --name NAME --tier TIER --territory ID`);
        } else throw error;
      }
      if (local !== undefined && live !== undefined && live.peer_id !== local.peer_id) {
        throw new CliError(`the node at ${client.target.baseUrl.replace(/^https?:\/\//, '')} is ${live.peer_id}, not the node of ${dataDir} (${local.peer_id})`, 1, 'pass the --api of this data dir\'s node, or no --api');
      }
      const identity: Identity = live === undefined
        ? (local as Identity)
        : {
          peer_id: live.peer_id, name: live.name, tier: live.tier, territory: live.territory, addresses: live.addresses ?? local?.addresses ?? [],
          api: client.target.baseUrl.replace(/^https?:\/\//, ''), data_dir: local?.data_dir ?? null, running: true,
        };
      context.print(identity, (v) => {
        const { addresses, ...rest } = v;
        return [renderKeyValues({ ...rest, running: v.running ? 'yes' : 'no (addresses from the config)' }), 'addresses:', ...addresses.map((address) => `  ${address}`)].join('\n');
      });
    });
};
