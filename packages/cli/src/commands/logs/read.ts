import { open, readFile, stat } from 'node:fs/promises';
import type { LogRecord } from '@continuum/daemon';
import { daemonLib } from '../../daemon-lib.js';

export interface LogFilter {
  /** Records below this level number are left out. */
  readonly minLevel: number;
  readonly component?: string;
}

export function passes(record: LogRecord, filter: LogFilter): boolean {
  return record.level >= filter.minLevel && (filter.component === undefined || record.component === filter.component);
}

async function linesOf(file: string): Promise<string[]> {
  try {
    return (await readFile(file, 'utf8')).split('\n');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** The last `count` records that pass the filter, oldest first, across the rotated files (`.2`, `.1`, then the current one). */
export async function lastRecords(file: string, rotated: number, filter: LogFilter, count: number): Promise<LogRecord[]> {
  const { parseLogLine } = await daemonLib();
  const found: LogRecord[] = [];
  for (let index = 0; index <= rotated && found.length < count; index++) {
    const lines = await linesOf(index === 0 ? file : `${file}.${index}`);
    const records = lines.map(parseLogLine).filter((record): record is LogRecord => record !== undefined && passes(record, filter));
    found.unshift(...records.slice(-(count - found.length)));
  }
  return found.slice(-count);
}

/**
 * Follows the file like `tail -F`: every `pollMs` it reads what was appended; when the file
 * was rotated (a new inode, or shorter than what was read) it starts the new one from its
 * beginning. Runs until `signal` aborts.
 */
export async function followFile(file: string, signal: AbortSignal, onRecord: (record: LogRecord) => void, pollMs = 250): Promise<void> {
  const { parseLogLine } = await daemonLib();
  let offset = (await stat(file)).size;
  let inode = (await stat(file)).ino;
  let pending = '';
  while (!signal.aborted) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, pollMs);
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        resolve();
      }, { once: true });
    });
    if (signal.aborted) break;
    let info;
    try {
      info = await stat(file);
    } catch {
      continue; // between a rotation's rename and the new file
    }
    if (info.ino !== inode || info.size < offset) {
      inode = info.ino;
      offset = 0;
      pending = '';
    }
    if (info.size === offset) continue;
    const handle = await open(file, 'r');
    try {
      const buffer = Buffer.alloc(info.size - offset);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
      offset += bytesRead;
      pending += buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const record = parseLogLine(line);
      if (record !== undefined) onRecord(record);
    }
  }
}
