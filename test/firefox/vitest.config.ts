import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import '../support/node20-map-group-by';

// The Firefox smoke suite (`npm run test:firefox`): real firefox-esr, the built extension, one file run in order.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/firefox/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results/firefox.json' },
  },
});
