/** Where the scripts find the repository, the dataset and the committed artefacts. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = resolve(packageDir, '..', '..');

/**
 * The Davidson et al. dataset: `<repo>/../shared/data/davidson2017` (the repository is
 * cloned with shared/ beside it). Worktrees live one level deeper, so the parent's parent
 * is tried too.
 */
export function datasetDir(): string | undefined {
  const candidates = [join(repoRoot, '..', 'shared', 'data', 'davidson2017'), join(repoRoot, '..', '..', 'shared', 'data', 'davidson2017')];
  return candidates.find((dir) => existsSync(join(dir, 'labeled_train.csv')));
}

export const artefactModule = join(packageDir, 'src', 'model', 'artefact', 'davidson-lr.ts');
export const artefactMetadata = join(packageDir, 'model', 'davidson-lr-2.json');
