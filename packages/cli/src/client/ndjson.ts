import { CliError } from '../cli-error.js';

/** Calls `onLine` with each parsed line of an NDJSON answer until it ends or `signal` aborts. */
export async function readNdjson(response: Response, signal: AbortSignal, onLine: (value: unknown) => void): Promise<'ended' | 'aborted'> {
  if (response.body === null) return 'ended';
  const decoder = new TextDecoder();
  let pending = '';
  try {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      pending += decoder.decode(chunk, { stream: true });
      let newline = pending.indexOf('\n');
      while (newline >= 0) {
        const line = pending.slice(0, newline).trim();
        pending = pending.slice(newline + 1);
        if (line !== '') {
          try {
            onLine(JSON.parse(line));
          } catch (error) {
            if (error instanceof SyntaxError) throw new CliError(`the node sent a line that is not JSON: ${line.slice(0, 80)}`);
            throw error;
          }
        }
        newline = pending.indexOf('\n');
      }
    }
  } catch (error) {
    if (signal.aborted) return 'aborted';
    if (error instanceof CliError) throw error;
    throw new CliError(`the stream from the node broke: ${(error as Error).message}`);
  }
  return signal.aborted ? 'aborted' : 'ended';
}
