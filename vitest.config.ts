import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

const packages = ['raft', 'crdt', 'analyzer', 'discovery', 'daemon', 'cli'] as const;

// Workspace imports resolve to TypeScript sources (the `continuum-source` export
// condition), so tests never depend on a stale dist/.
const conditions = ['continuum-source', ...defaultServerConditions];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['continuum-source'] } },
  test: {
    reporters: process.env.CI ? ['default'] : ['default'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      ...packages.map((name) => ({
        extends: true as const,
        test: { name, include: [`packages/${name}/test/**/*.test.ts`] },
      })),
      { extends: true as const, test: { name: 'workspace', include: ['test/**/*.test.ts', 'bench/test/**/*.test.ts'], exclude: ['test/**/*.faults.test.ts'] } },
      // Fault injection over real daemon processes (pnpm test:faults; FAULTS_SECONDS for longer runs).
      { extends: true as const, test: { name: 'faults', include: ['test/**/*.faults.test.ts'] } },
    ],
  },
});
