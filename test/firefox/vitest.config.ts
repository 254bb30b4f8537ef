import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import '../support/node20-map-group-by';

// The Firefox smoke suite (`npm run test:firefox`): real firefox-esr, the built extension, one file run in order.
const root = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root,
  // The code's own imports (`@/lib/...`), as WXT resolves them for the build.
  resolve: { alias: { '@/': `${root}/` } },
  test: {
    include: ['test/firefox/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results/firefox.json' },
  },
});
