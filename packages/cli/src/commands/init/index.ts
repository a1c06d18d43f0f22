import type { Command } from 'commander';
import { randomBytes } from 'node:crypto';
import { defaultDataDir } from '../../client/target.js';
import { createContext, type RegisterCommand } from '../../context.js';
import type { CliIo } from '../../io.js';
import { daemonLib } from '../../daemon-lib.js';

interface InitOptions {
  name: string;
  tier: string;
  territory: string;
  council?: boolean;
  federationId?: string;
  listen?: string[];
  nodeApi?: string;
  bootstrap?: string[];
  dnsDomain?: string;
  dnsServer?: string[];
  discovery?: string;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export const registerInit: RegisterCommand = (program: Command, io: CliIo) => {
  program.command('init')
    .description('create a data dir: identity, API token, config; with --council also a new federation with this node as its first voter')
    .requiredOption('--name <name>', 'node name (unique in the federation)')
    .requiredOption('--tier <tier>', 'leaf | regional | national | global')
    .requiredOption('--territory <id>', 'territory id, e.g. US-CA-SF')
    .option('--council', 'bootstrap a new federation with this node as its first Raft voter (several founding voters at once: init each, then `continuum found`)')
    .option('--federation-id <id>', 'id of the new federation (with --council; default random)')
    .option('--listen <multiaddr>', 'libp2p listen address (repeatable)', collect)
    .option('--node-api <host:port>', 'address of this node\'s HTTP API')
    .option('--bootstrap <host:port|multiaddr>', 'bootstrap node for discovery (repeatable)', collect)
    .option('--dns-domain <srv name>', 'DNS SRV name for discovery (enables dns)')
    .option('--dns-server <host:port>', 'DNS server for discovery (repeatable)', collect)
    .option('--discovery <methods>', 'comma-separated discovery methods (bootstrap,mdns,dns,dht,pex)')
    .addHelpText('after', '\nExamples:\n  continuum init --data-dir ./n1 --name sf-1 --tier leaf --territory US-CA-SF --council\n  continuum init --data-dir ./n2 --name sf-2 --tier leaf --territory US-CA-SF --bootstrap 127.0.0.1:7000')
    .action(async (options: InitOptions, command: Command) => {
      const context = createContext(io, command);
      const dataDir = context.options.dataDir ?? defaultDataDir(io.env);
      const methods = options.discovery?.split(',').map((method) => method.trim()).filter((method) => method !== '')
        ?? [...(options.bootstrap === undefined ? [] : ['bootstrap']), ...(options.dnsDomain === undefined ? [] : ['dns']), 'mdns'];
      const discovery = {
        enabled_methods: methods, bootstrap_nodes: options.bootstrap ?? [],
        ...(options.dnsDomain === undefined ? {} : { dns_domain: options.dnsDomain }), dns_servers: options.dnsServer ?? [],
      };
      const { advertisedAddresses, bootstrapCouncil, initDataDir } = await daemonLib();
      const opened = await initDataDir({
        config: {
          node: {
            name: options.name, tier: options.tier, territory: options.territory, data_dir: dataDir,
            ...(options.listen === undefined ? {} : { listen: options.listen }), ...(options.nodeApi === undefined ? {} : { api: options.nodeApi }),
          },
          federation: { discovery },
        } as never,
      });
      const peerId = opened.identity.peerId.toString();
      let federationId: string | null = null;
      if (options.council === true) {
        federationId = options.federationId ?? `fed-${randomBytes(6).toString('hex')}`;
        await bootstrapCouncil(opened.config, peerId, advertisedAddresses(opened.config.node.listen, peerId), federationId, Date.now());
      }
      context.print({ data_dir: opened.paths.dataDir, peer_id: peerId, federation_id: federationId, api: opened.config.node.api }, (v) =>
        [`initialised ${v.data_dir}`, `peer id: ${v.peer_id}`, ...(v.federation_id === null ? ['next: continuum daemon, then continuum join <token>'] : [`federation: ${v.federation_id} (this node is its first voter)`])].join('\n'));
    });
};
