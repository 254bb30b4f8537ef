import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import './test/support/node20-map-group-by';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: [
      'lib/**/*.test.ts',
      'modules/**/*.test.ts',
      'components/**/*.test.{ts,tsx}',
      'server/**/*.test.ts',
      'bench/**/*.test.ts',
      'locales/**/*.test.ts',
    ],
    // browser.i18n answers from locales/en.yml, so unit tests see the English UI.
    setupFiles: ['test/support/unit-i18n.ts'],
    testTimeout: 30_000,
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results/unit.json' },
  },
});
