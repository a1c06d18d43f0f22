/**
 * How the demo's hints spell the `continuum` command: `continuum` when a command of that
 * name is on the PATH, else this build's executable by its absolute path (the bundle has a
 * shebang and is executable), so that every hint can be pasted into another terminal as it
 * is, even in a fresh clone where nothing was installed on the PATH.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { cliBin } from './processes.js';

export function continuumCommand(path = process.env.PATH ?? '', executable = cliBin): string {
  for (const dir of path.split(delimiter)) {
    if (dir === '') continue;
    try {
      accessSync(join(dir, 'continuum'), constants.X_OK);
      return 'continuum';
    } catch {
      // not in this directory
    }
  }
  return executable;
}
