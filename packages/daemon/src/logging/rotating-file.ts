/**
 * A bounded, rotating log file: appends lines with synchronous writes (log lines are rare:
 * nothing is logged at info per request, so blocking writes cost little and a crash loses
 * nothing already logged). When the file would pass `maxBytes` it is renamed to `.1`
 * (older ones shift to `.2` …) and a new file is started; at most `keep` old files stay.
 */
import { closeSync, mkdirSync, openSync, renameSync, rmSync, fstatSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

export interface RotatingFileOptions {
  readonly path: string;
  readonly maxBytes: number;
  readonly keep: number;
  readonly maxLineBytes: number;
}

export class RotatingFile {
  private fd: number | undefined;
  private size = 0;

  constructor(private readonly options: RotatingFileOptions) {
    mkdirSync(dirname(options.path), { recursive: true, mode: 0o700 });
    this.open();
  }

  /** pino's destination interface: one serialised line (with its newline) per call. */
  write(line: string): void {
    if (this.fd === undefined) return;
    let bytes = Buffer.from(line, 'utf8');
    if (bytes.length > this.options.maxLineBytes) bytes = Buffer.concat([bytes.subarray(0, this.options.maxLineBytes - 12), Buffer.from('…[cut]\n', 'utf8')]);
    if (this.size > 0 && this.size + bytes.length > this.options.maxBytes) this.rotate();
    try {
      writeSync(this.fd, bytes);
      this.size += bytes.length;
    } catch {
      // A full or broken disk must not take the node down through its logger.
    }
  }

  close(): void {
    if (this.fd === undefined) return;
    closeSync(this.fd);
    this.fd = undefined;
  }

  private open(): void {
    this.fd = openSync(this.options.path, 'a', 0o600);
    this.size = fstatSync(this.fd).size;
  }

  private rotate(): void {
    this.close();
    const { path, keep } = this.options;
    rmSync(`${path}.${keep}`, { force: true });
    for (let index = keep - 1; index >= 1; index--) {
      try {
        renameSync(`${path}.${index}`, `${path}.${index + 1}`);
      } catch {
        // Not there yet.
      }
    }
    if (keep > 0) renameSync(path, `${path}.1`);
    else rmSync(path, { force: true });
    this.open();
  }
}
