import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

// The console's browser tests: Debian's Chromium (Playwright's own download cannot reach its CDN from CI machines),
// one worker, against the suite that `npm start` runs, started once for all by the global setup.
const workspace = join(__dirname, '../..');

export default defineConfig({
  testDir: './src',
  testMatch: '**/*.e2e.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 180_000,
  expect: { timeout: 20_000 },
  outputDir: join(workspace, 'tmp/console-e2e'),
  globalSetup: './src/support/global-setup.ts',
  reporter: [
    ['list'],
    [
      'json',
      { outputFile: join(workspace, process.env['BROWSER_TEST_REPORT'] ?? 'tmp/test-reports/browser.json') },
    ],
  ],
  use: {
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    // An action that cannot find its element fails in its own time, not the whole test's.
    actionTimeout: 20_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium' },
  },
});
