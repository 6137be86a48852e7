import { createHash } from 'node:crypto';
import os from 'node:os';
import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';

/**
 * `vite build` (dist/): the app, served over http(s).
 * `vite build --mode offline` (dist-offline/index.html): one self-contained HTML file that runs from
 * file:// with no network — scripts, styles, fonts (data: URLs), the corpus and the readers inlined.
 * Chrome starts no module worker from file://, so the analysis worker is inlined as a classic blob:
 * worker (the page as fallback) and files are read on the page (pdf.js with its on-page worker).
 */

/** The Content-Security-Policy meta tag of index.html: no 'unsafe-eval', no remote origin. */
const CSP = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\s*\/?>/u;

/** Dev server: React's refresh preamble is an inline script, which the policy (rightly) refuses. */
function devCsp(): Plugin {
  return {
    name: 'doichieu:dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(CSP, (m, policy: string) => m.replace(policy, policy.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"))),
  };
}

/** Offline build: workers become inline (blob:) workers or page code, so no file but index.html is emitted. */
function offlineWorkers(): Plugin {
  return {
    name: 'doichieu:offline-workers',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('/src/worker/start-workers.ts')) return null;
      let out = code.replace(
        /new Worker\(new URL\('\.\/analysis-worker\.ts', import\.meta\.url\), (\{[^}]*\})\)/u,
        'new OfflineAnalysisWorker($1)',
      );
      if (out === code) this.error('offline build: the analysis worker constructor was not found in start-workers.ts');
      const before = out;
      out = out.replace(
        /new Worker\(new URL\('\.\/import-worker\.ts', import\.meta\.url\), \{[^}]*\}\)/u,
        "(() => { throw new Error('offline build: files are read on the page'); })()",
      );
      if (out === before) this.error('offline build: the import worker constructor was not found in start-workers.ts');
      return `import OfflineAnalysisWorker from './analysis-worker.ts?worker&inline';\n${out}`;
    },
  };
}

/** Offline build: the inline scripts are allowed by their SHA-256 hashes (still no 'unsafe-inline', no 'unsafe-eval'). */
function offlineCsp(): Plugin {
  return {
    name: 'doichieu:offline-csp',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const html = bundle['index.html'];
        if (!html || html.type !== 'asset' || typeof html.source !== 'string') return;
        const source = html.source;
        const hashes = [...source.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gu)]
          .filter((m) => m[1]!.trim() !== '')
          .map((m) => `'sha256-${createHash('sha256').update(m[1]!, 'utf8').digest('base64')}'`);
        html.source = source.replace(CSP, (m, policy: string) => m.replace(policy, policy
          .replace("script-src 'self'", `script-src 'self' ${hashes.join(' ')}`)));
      },
    },
  };
}

/** Every unit test file (test/e2e is Playwright's). */
const TESTS = ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts', 'test/**/*.test.tsx'];
/** The test files that need a fresh module graph each (see `projects` below). */
const ISOLATED = ['src/ui/**/*.test.{ts,tsx}', 'src/state/**/*.test.{ts,tsx}', 'src/worker/**/*.test.{ts,tsx}', 'test/ui/**/*.test.{ts,tsx}',
  'src/io/read-file-node-limits.test.ts'];

export default defineConfig(({ mode }) => {
  const offline = mode === 'offline';
  return {
    plugins: [
      react(),
      devCsp(),
      ...(offline ? [offlineWorkers(), viteSingleFile({ removeViteModuleLoader: true }), offlineCsp()] : []),
    ],
    base: './',
    // Offline: a classic worker (Chrome starts no module worker from a file:// page's blob: URL).
    worker: { format: offline ? 'iife' : 'es' },
    build: {
      target: 'es2022',
      sourcemap: false,
      chunkSizeWarningLimit: 900,
      ...(offline ? { outDir: 'dist-offline', emptyOutDir: true, rollupOptions: { output: { inlineDynamicImports: true } } } : {}),
    },
    test: {
      testTimeout: 60000,
      // Vitest's default is one worker less than the cores: a single worker on CI's two cores, the
      // other core idle while test files run one after another. Its main process only hands out
      // files (transforms are cached after the first), so a worker per core runs the files two at a time.
      maxWorkers: os.availableParallelism(),
      globalSetup: ['test/support/global-setup.ts'],
      projects: [
        // Views, the store, the workers and module mocks: a fresh module graph per file (stores and
        // DOM are module state; vi.mock replaces a module for its file only).
        { extends: true, test: { name: 'isolated', include: ISOLATED } },
        // Pure analysis, readers, writers, the CLI: files of a worker share one module graph, so the
        // corpora analysed once by test/support (corpus.ts, real.ts memoize) serve every file, and a
        // file does not pay ~1 s of CPU to import src/core again (30 of these files: 89 s of CPU
        // isolated, 49 s shared). Their modules hold memos only, no state a file could leak.
        { extends: true, test: { name: 'shared', isolate: false, include: TESTS, exclude: [...ISOLATED, 'test/e2e/**', 'node_modules/**'] } },
      ],
    },
  };
});
