// Lint for the whole workspace. The pure cores (raft core, crdt, analyzer core) get
// extra rules: no Node built-ins, timers, clock or ambient randomness, so that they
// stay deterministic and portable (clock and PRNG are passed in).
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Files that must stay pure. Scripts and adapters live outside these globs. */
export const pureFiles = [
  'packages/raft/src/core/**/*.ts',
  'packages/crdt/src/**/*.ts',
  'packages/analyzer/src/**/*.ts',
  // The daemon's deterministic parts: every replica must compute the same state.
  'packages/daemon/src/federation/**/*.ts',
  'packages/daemon/src/coordinator/**/*.ts',
  'packages/daemon/src/territory/**/*.ts',
];

const impureGlobals = [
  'setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'clearImmediate',
  'queueMicrotask', 'process', 'Buffer', 'require', 'performance', 'fetch', 'crypto', 'Date',
].map((name) => ({ name, message: `'${name}' is not allowed in a pure package: pass a clock, PRNG or scheduler in.` }));

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/src/gen/**', 'bench/results/**', '**/coverage/**', '.test-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly', process: 'readonly', Buffer: 'readonly', URL: 'readonly',
        setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly',
        setImmediate: 'readonly', clearImmediate: 'readonly', queueMicrotask: 'readonly',
        TextEncoder: 'readonly', TextDecoder: 'readonly', AbortController: 'readonly', AbortSignal: 'readonly',
        performance: 'readonly', structuredClone: 'readonly', fetch: 'readonly', crypto: 'readonly',
        WebSocket: 'readonly', globalThis: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // The web page runs in the browser.
    files: ['packages/*/web/**/*.js'],
    languageOptions: {
      globals: {
        document: 'readonly', window: 'readonly', location: 'readonly', history: 'readonly', sessionStorage: 'readonly',
        Node: 'readonly', WebSocket: 'readonly', fetch: 'readonly', setInterval: 'readonly', setTimeout: 'readonly',
      },
    },
  },
  {
    files: pureFiles,
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: builtinModules.map((name) => ({ name, message: 'Node built-ins are not allowed in a pure package.' })),
        patterns: [{ group: ['node:*'], message: 'Node built-ins are not allowed in a pure package.' }],
      }],
      'no-restricted-globals': ['error', ...impureGlobals],
      'no-restricted-properties': ['error',
        { object: 'Math', property: 'random', message: 'Math.random is not allowed in a pure package: inject a seeded PRNG.' },
        { object: 'globalThis', property: 'Date', message: 'Date is not allowed in a pure package: pass a clock in.' },
        { object: 'globalThis', property: 'setTimeout', message: 'Timers are not allowed in a pure package.' },
      ],
    },
  },
);
