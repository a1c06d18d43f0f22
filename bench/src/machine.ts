import { cpus, totalmem, release } from 'node:os';

/** One paragraph about the machine and runtime, for the head of RESULTS.md. */
export function describeMachine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Linux ${release()}, Node ${process.version}`;
}
