import { workspacePackages } from '@continuum/daemon';
import type { Command } from 'commander';
import type { RegisterCommand } from '../../context.js';
import type { CliIo } from '../../io.js';

export const registerDemo: RegisterCommand = (program: Command, io: CliIo) => {
  program
    .command('demo')
    .description('(placeholder) will start a local demo federation; today it lists the packages')
    .action(() => {
      io.out('continuum demo: PLACEHOLDER until the CLI issue lands; the local demo federation is not built yet.');
      io.out('The workspace built; its packages are:');
      for (const pkg of workspacePackages) io.out(`  ${pkg.name.padEnd(22)} ${pkg.role}`);
    });
};
