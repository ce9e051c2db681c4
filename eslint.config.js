import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

import { builtinModules } from 'node:module';

/** Node's built-ins by exact name (a pattern would also catch a local './events'), plus node:*. */
const nodeBuiltins = (message) => ({
  paths: builtinModules.filter((name) => !name.startsWith('_')).map((name) => ({ name, message })),
  patterns: [{ group: ['node:*'], message }],
});

/** Import boundaries from ../shared/ARCHITECTURE.md, enforced here rather than remembered. */
const restrict = (builtinsMessage, patterns) => {
  const builtins = nodeBuiltins(builtinsMessage);
  return ['error', { paths: builtins.paths, patterns: [...builtins.patterns, ...patterns] }];
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'dist-electron/**', 'release/**', 'tests/e2e/output/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Only electron/main (and the preload) may import electron; everything else is plain Node.' }] },
      ],
    },
  },
  {
    files: ['electron/main/**', 'electron/preload/**', 'tests/unit/electron/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['shared/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': restrict('shared/ is pure: no Node built-ins.', [
        { group: ['electron', 'electron/*', 'better-sqlite3', 'kysely', 'react', 'react-dom'], message: 'shared/ is pure: no Electron, database or UI code.' },
        { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ may not reach into electron/ or renderer/.' },
      ]),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': restrict('The renderer runs in a browser: no Node built-ins.', [
        { group: ['electron', 'better-sqlite3', 'kysely'], message: 'The renderer reaches the back-end only through the contract (renderer/api).' },
        { group: ['**/electron/**'], message: 'The renderer may not import electron/: use renderer/api and shared/.' },
        {
          regex: '/shared/api(/index|/contract|/enums)?$',
          allowTypeImports: true,
          message: 'Import values from shared/api/vocabulary: the zod contract stays out of the renderer bundle (types are fine).',
        },
      ]),
    },
  },
  {
    files: ['electron/backend/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'electron/backend is plain Node: it never imports electron.' }],
          patterns: [{ group: ['**/renderer/**', '**/electron/main/**', '**/electron/preload/**'], message: 'The back-end may not depend on the shell or the UI.' }],
        },
      ],
    },
  },
  {
    files: ['tests/bench/baseline-page/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
