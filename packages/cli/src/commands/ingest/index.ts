import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { CliError } from '../../cli-error.js';
import { createContext, type RegisterCommand } from '../../context.js';
import type { CliIo } from '../../io.js';
import { progressLine } from './progress.js';

/** Lines and bytes sent in one POST /v1/posts (well under the node's body limit). */
const maxLinesPerRequest = 1_000;
const maxBytesPerRequest = 1 << 20;

interface IngestAnswer {
  readonly lines: number;
  readonly stored: ReadonlyArray<{ line: number; cid: string }>;
  readonly duplicates: ReadonlyArray<{ line: number; cid: string }>;
  readonly rejected: ReadonlyArray<{ line: number; field: string | null; reason: string; message: string }>;
}

interface Summary {
  lines: number;
  stored: number;
  duplicates: number;
  rejected: Array<{ line: number; field: string | null; reason: string; message: string }>;
}

async function openInput(file: string): Promise<{ stream: NodeJS.ReadableStream; bytes: number | undefined }> {
  if (file === '-') return { stream: process.stdin, bytes: undefined };
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new CliError(`${file} is not a file`);
    return { stream: createReadStream(file), bytes: info.size };
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
}

export const registerIngest: RegisterCommand = (program: Command, io: CliIo) => {
  program
    .command('ingest')
    .argument('<file>', 'an NDJSON file of posts, one object a line, or - for standard input')
    .description('send posts to a leaf: each line is validated, analysed and stored durably; bad lines are reported by number')
    .addHelpText('after', '\nExamples:\n  continuum ingest posts.ndjson\n  zcat posts.ndjson.gz | continuum ingest - --json')
    .action(async (file: string, _options: unknown, command: Command) => {
      const context = createContext(io, command);
      const client = await context.client();
      const { stream, bytes } = await openInput(file);
      const summary: Summary = { lines: 0, stored: 0, duplicates: 0, rejected: [] };
      const started = Date.now();
      let sentBytes = 0;
      let batch: string[] = [];
      let batchBytes = 0;
      let firstLine = 1;
      const flush = async () => {
        if (batch.length === 0) return;
        const answer = await client.json<IngestAnswer>('POST', '/v1/posts', { body: `${batch.join('\n')}\n`, contentType: 'application/x-ndjson', timeoutMs: 120_000 });
        summary.lines += answer.lines;
        summary.stored += answer.stored.length;
        summary.duplicates += answer.duplicates.length;
        for (const rejected of answer.rejected) summary.rejected.push({ ...rejected, line: rejected.line + firstLine - 1 });
        firstLine += batch.length;
        sentBytes += batchBytes;
        batch = [];
        batchBytes = 0;
        if (io.isTty) process.stderr.write(`\r${progressLine(summary.lines, sentBytes, bytes, Date.now() - started)}`);
      };
      for await (const line of createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })) {
        batch.push(line);
        batchBytes += Buffer.byteLength(line) + 1;
        if (batch.length >= maxLinesPerRequest || batchBytes >= maxBytesPerRequest) await flush();
      }
      await flush();
      if (io.isTty) process.stderr.write('\n');
      context.print(summary, (s) => [
        `${s.lines} lines: ${s.stored} stored, ${s.duplicates} duplicates, ${s.rejected.length} rejected (${((Date.now() - started) / 1000).toFixed(1)} s)`,
        ...s.rejected.slice(0, 20).map((r) => `  line ${r.line}: ${r.field === null ? '' : `${r.field}: `}${r.message}`),
        ...(s.rejected.length > 20 ? [`  … and ${s.rejected.length - 20} more (use --json for all)`] : []),
      ].join('\n'));
    });
};
