import type { Command } from 'commander';
import { defaultDataDir } from '../../client/target.js';
import { createContext, type RegisterCommand } from '../../context.js';
import type { CliIo } from '../../io.js';
import { daemonLib } from '../../daemon-lib.js';

export const registerDaemon: RegisterCommand = (program: Command, io: CliIo) => {
  program.command('daemon')
    .description('run this node until SIGINT or SIGTERM')
    .option('--config <file>', 'a config file (default: the data dir\'s config.yaml)')
    .addHelpText('after', '\nPrints one line "ready <peer id> api <host:port> listen <addresses>" once the node serves.\nLogs go to stderr (readable lines on a terminal, JSON lines when piped) and to DATA_DIR/logs/continuum.log\n(continuum logs); the level is logging.level in config.yaml (default info).\nExamples:\n  continuum daemon --data-dir ./n1\n  continuum daemon --config /etc/continuum/config.yaml')
    .action(async (options: { config?: string }, command: Command) => {
      const context = createContext(io, command);
      const dataDir = context.options.dataDir ?? defaultDataDir(io.env);
      const { runDaemon } = await daemonLib();
      await runDaemon({
        ...(options.config === undefined ? { dataDir } : { configFile: options.config }),
        onReady: (node) => {
          const address = { host: node.api.host, port: node.api.port };
          context.print({ peer_id: node.peerId, api: `${address.host}:${address.port}`, listen: node.host.getMultiaddrs().map((a) => a.toString()) },
            (v) => `ready ${v.peer_id} api ${v.api} listen ${v.listen.join(',')}`);
        },
      });
    });
};
