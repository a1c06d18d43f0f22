import { main } from '../src/main.js';

/** Runs the CLI in-process with captured output. */
export async function runCli(argv: string[], env: Record<string, string | undefined> = {}): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t), isTty: false, env });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
