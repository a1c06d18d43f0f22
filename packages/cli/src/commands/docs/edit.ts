import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CliError } from '../../cli-error.js';

/** The document's text as the editor shows it: its content as indented JSON. */
export const docText = (content: Record<string, unknown>): string => `${JSON.stringify(content, null, 2)}\n`;

/** Edited text → the content to PUT; anything but a JSON object is refused in one line. */
export function parseDocText(text: string, source: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CliError(`${source} is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new CliError(`${source} must hold a JSON object ({ ... }), the document's content`);
  return value as Record<string, unknown>;
}

/** Reads a file, or standard input for '-'; a missing file is one line. */
export async function readTextFile(file: string): Promise<string> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message}`);
  }
}

/** Keeps edited text that could not be saved, so the edit is not lost; returns where. */
export async function rescue(text: string, name: string): Promise<string> {
  const file = join(tmpdir(), `continuum-doc-${name}-${process.pid}.json`);
  await writeFile(file, text, { mode: 0o600 });
  return file;
}

/** Opens $VISUAL or $EDITOR (default vi) on `text` and returns what was saved. */
export async function editInEditor(text: string, name: string, env: Readonly<Record<string, string | undefined>>): Promise<string> {
  const editor = [env.VISUAL, env.EDITOR].find((value) => value !== undefined && value.trim() !== '') ?? 'vi';
  const dir = await mkdtemp(join(tmpdir(), 'continuum-doc-'));
  const file = join(dir, `${name}.json`);
  try {
    await writeFile(file, text, { mode: 0o600 });
    // Through the shell, like git does, so EDITOR may carry arguments ("code --wait").
    const child = spawn(`${editor} "$CONTINUUM_EDIT_FILE"`, { shell: true, stdio: 'inherit', env: { ...process.env, CONTINUUM_EDIT_FILE: file } });
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', resolve);
    });
    if (code !== 0) throw new CliError(`the editor (${editor}) exited with ${String(code)}; nothing was saved`);
    return await readFile(file, 'utf8');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
