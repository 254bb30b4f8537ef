import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './test/e2e',
  // Artifacts in a folder of their own: Playwright empties it, and test-results/ also holds the unit report.
  outputDir: './test-results/e2e-artifacts',
  globalSetup: './test/support/global-setup.ts',
  fullyParallel: true,
  // Two browsers at once on CI's 2 cores (three made every test slower and the whole run longer).
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]] : 'list',
  // Recording a trace for every test costs about a tenth of CI's time; CI prints each failure's error context.
  use: { trace: process.env.CI ? 'off' : 'retain-on-failure' },
});
