import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './test/e2e',
  // Artifacts in a folder of their own: Playwright empties it, and test-results/ also holds the unit report.
  outputDir: './test-results/e2e-artifacts',
  globalSetup: './test/support/global-setup.ts',
  fullyParallel: true,
  // The specs mostly wait (pages, timers, the worker): on CI's 2 cores three browsers at once keep the cores busy
  // without starving each other (two left them idle more than half the time).
  workers: process.env.CI ? 3 : undefined,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]] : 'list',
  use: { trace: 'retain-on-failure' },
});
