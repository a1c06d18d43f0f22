import { workspacePackages } from '@continuum/daemon';

const usage = `usage: continuum <command>

commands:
  demo      (placeholder) build check: lists the packages of this workspace
  help      show this help

The full CLI (init, daemon, demo federation, status, kv, ingest...) is not built yet.`;

/** Runs the CLI with the given arguments and returns the process exit code. */
export function main(argv: readonly string[], out: (line: string) => void = console.log): number {
  const [command] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    out(usage);
    return command === undefined ? 2 : 0;
  }
  if (command === 'demo') {
    out('continuum demo: PLACEHOLDER until the CLI issue lands; the local demo federation is not built yet.');
    out('The workspace built; its packages are:');
    for (const pkg of workspacePackages) out(`  ${pkg.name.padEnd(22)} ${pkg.role}`);
    return 0;
  }
  out(`continuum: unknown command '${command}' (try 'continuum help')`);
  return 2;
}
