// Layers and their one-way imports, checked by `npm run lint` (part of `npm test`):
//
//   core ← bench ← io        pure analysis; the benchmark generator; file readers
//   core ← messages          codes and values worded in Vietnamese or English (UI and CLI)
//   core, messages ← export  file writers (.xlsx, .docx, CSV tables) for the app and the CLI
//   core, io, bench, messages ← state  the store and what it computes for the views
//   state ← worker           the two Web Workers and their page-side client
//   state ← ui               React views: a feature folder per view, pieces shared by views in ui/shared
//   core, io, messages, export ← cli the command line
//
// `import/no-restricted-paths` forbids each layer the layers above it, and each UI feature folder
// the other features (they share through ui/shared and ui/i18n); `import/no-cycle` forbids cycles.
// Tests may import across layers (a state test runs the worker's code). test/lint-zones.test.ts
// proves a crossing import fails.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import importPlugin from 'eslint-plugin-import';


/** Layer → the layers and files it may not import. */
const LAYERS = {
  core: ['bench', 'io', 'messages', 'export', 'state', 'worker', 'ui', 'cli', 'main.tsx'],
  messages: ['bench', 'io', 'export', 'state', 'worker', 'ui', 'cli', 'main.tsx'],
  export: ['bench', 'io', 'state', 'worker', 'ui', 'cli', 'main.tsx'],
  bench: ['messages', 'export', 'state', 'worker', 'ui', 'cli', 'main.tsx'],
  io: ['bench', 'messages', 'export', 'state', 'worker', 'ui', 'cli', 'main.tsx'],
  state: ['worker', 'ui', 'cli', 'main.tsx'],
  worker: ['ui', 'cli', 'main.tsx'],
  ui: ['bench', 'io', 'worker', 'cli', 'main.tsx'],
  cli: ['state', 'worker', 'ui', 'main.tsx'],
};

/** UI folders of one view (or group of views): they import ui/shared and ui/i18n, never each other. */
export const UI_FEATURES = ['bench', 'citations', 'clause', 'compare', 'inspection', 'overview', 'pair', 'report', 'rules', 'timeline', 'tour', 'workspace'];

export const zones = [
  ...Object.entries(LAYERS).map(([layer, banned]) => ({
    target: `./src/${layer}`,
    from: banned.map((b) => `./src/${b}`),
    message: `src/${layer} may not import from the layers above it (${banned.join(', ')}); see eslint.config.js.`,
  })),
  ...UI_FEATURES.map((f) => ({
    target: `./src/ui/${f}`,
    from: './src/ui',
    except: [`./${f}`, './shared', './i18n'],
    message: `src/ui/${f} may import ui/shared and ui/i18n, not another view's folder or the app shell.`,
  })),
  { target: './src/ui/shared', from: './src/ui', except: ['./shared', './i18n'], message: 'src/ui/shared may not import a view or the app shell.' },
  { target: './src/ui/i18n', from: './src/ui', except: ['./i18n'], message: 'src/ui/i18n may not import views or shared pieces.' },
];

/** How imports are resolved (our specifiers carry their .ts/.tsx extension) and the cycle check. */
export const cycleCheck = {
  plugins: { import: importPlugin },
  settings: {
    'import/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
    'import/extensions': ['.ts', '.tsx', '.js'],
  },
  rules: { 'import/no-cycle': ['error', { ignoreExternal: true }] },
};

export default tseslint.config(
  { ignores: ['dist', 'dist-offline', 'dist-*', 'node_modules', 'coverage', 'test-results', 'playwright-report', 'test/artifacts', 'test/fixtures/lint'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'document text is never injected as HTML' }],
    },
  },
  { files: ['src/**/*.ts', 'src/**/*.tsx'], ...cycleCheck },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    rules: { 'import/no-restricted-paths': ['error', { zones }] },
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
        patterns: [{ group: ['node:*', 'fs', 'path'], message: 'src/core runs in the browser too: no Node built-ins' }],
      }],
    },
  },
  {
    // The benchmark generator runs in Node, the browser and the worker.
    files: ['src/bench/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'fs', 'path'], message: 'src/bench runs in the browser too: no Node built-ins' }] }] },
  },
  {
    // File writers (.xlsx, .docx, CSV): run in Node and the browser, below state and ui.
    files: ['src/export/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'fs', 'path'], message: 'src/export runs in the browser too: no Node built-ins' }] }] },
  },
  {
    files: ['src/state/**/*.ts', 'src/state/**/*.tsx', 'src/worker/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'react-dom', message: 'state holds no rendering' }] }] },
  },
);
