import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests in the system Chromium against the built app (`npm run build` first).
 * E2E_PORT / E2E_DIST let two builds be tested side by side (defaults: 4173, dist).
 */
const port = Number(process.env['E2E_PORT'] ?? 4173);
const dist = process.env['E2E_DIST'] ?? 'dist';

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  // Two workers on the 2-core CI box: a test spends much of its time waiting on the app's analysis
  // worker and on Chromium's own threads, so two overlap well (the suite took 14.5 min with two and
  // 17 with one on a shared machine). Tests that run long under contention say so with a timeout.
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    viewport: { width: 1440, height: 900 },
    locale: 'vi-VN',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --outDir ${dist}`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
