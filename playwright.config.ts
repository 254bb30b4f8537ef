import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './test/e2e',
  globalSetup: './test/support/global-setup.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]] : 'list',
  use: { trace: 'retain-on-failure' },
});
