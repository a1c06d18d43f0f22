/** The node secret: the HMAC key of author pseudonyms, created on first use (mode 0600). */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { exists, readPrivateFile, writePrivateFile } from '../identity/files.js';
import { identityError } from '../identity/files.js';
import { workLimits } from '../work-limits.js';

export const nodeSecretFile = 'node-secret';

export async function loadOrCreateNodeSecret(dataDir: string): Promise<Uint8Array> {
  const path = join(dataDir, nodeSecretFile);
  if (!(await exists(path))) {
    try {
      await writePrivateFile(path, new Uint8Array(randomBytes(workLimits.nodeSecretBytes)));
    } catch (error) {
      // Another caller created it first: read theirs.
      if (!(await exists(path))) throw error;
    }
  }
  const secret = await readPrivateFile(path, workLimits.nodeSecretBytes);
  if (secret.length !== workLimits.nodeSecretBytes) throw identityError(path, `not ${workLimits.nodeSecretBytes} bytes`);
  return secret;
}
