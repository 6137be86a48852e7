// One-way imports: ui → state → core (src/bench, the benchmark generator, sits beside core). core is pure (no React, zustand, DOM-bound state or UI);
// state may use core but never ui. Enforced here so a wrong import fails `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const fromUpper = (dirs) => dirs.map((d) => ({ group: [`**/src/${d}/**`, `../${d}/*`, `../../${d}/*`, `../${d}`], message: `this layer may not import from src/${d}` }));

export default tseslint.config(
  { ignores: ['dist', 'dist-offline', 'dist-*', 'node_modules', 'coverage', 'test-results', 'playwright-report', 'test/artifacts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'document text is never injected as HTML' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'react', message: 'src/core is pure: no React' },
          { name: 'react-dom', message: 'src/core is pure: no React' },
          { name: 'zustand', message: 'src/core is pure: no store' },
          { name: 'natural', message: 'import natural leaf modules in src/core/nlp-adapter.ts only' },
        ],
        patterns: [...fromUpper(['state', 'ui', 'cli', 'worker']), { group: ['node:*', 'fs', 'path'], message: 'src/core runs in the browser too: no Node built-ins' }],
      }],
    },
  },
  {
    // The benchmark generator runs in Node, the browser and the worker: core and io only.
    files: ['src/bench/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...fromUpper(['state', 'ui', 'cli', 'worker']), { group: ['node:*', 'fs', 'path'], message: 'src/bench runs in the browser too: no Node built-ins' }] }] },
  },
  {
    // File writers (.xlsx, .docx, CSV): run in Node and the browser, below state and ui.
    files: ['src/export/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...fromUpper(['state', 'ui', 'cli', 'worker']), { group: ['node:*', 'fs', 'path'], message: 'src/export runs in the browser too: no Node built-ins' }] }] },
  },
  {
    files: ['src/state/**/*.ts', 'src/state/**/*.tsx', 'src/worker/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'react-dom', message: 'state holds no rendering' }], patterns: fromUpper(['ui', 'cli']) }] },
  },
);
