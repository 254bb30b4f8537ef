import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect, type BrowserContext } from '@playwright/test';
import { seedVault, serveFolder, type ExpectedPage } from '../../bench/fields-lib';
import { checkPage, keepOffline } from '../../bench/fields-page';
import { launchWithExtension } from '../support/launch';
import { FIXTURES } from '../support/paths';

/**
 * Our fields corpus (test/fixtures/pages, what `npm run bench:fields` measures), page by page in the
 * built extension: on a page with a code field exactly the expected inputs hold the code, in order;
 * on any other page nothing is filled.
 */
const CORPUS = join(FIXTURES, 'pages');
const pages = JSON.parse(readFileSync(join(CORPUS, 'EXPECTED.json'), 'utf8')) as ExpectedPage[];

/** One browser and one corpus server per worker: the pages share a vault with the bench's two accounts. */
const test = base.extend<object, { corpus: { context: BrowserContext; port: number } }>({
  corpus: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const { port, server } = await serveFolder(CORPUS);
      const launched = await launchWithExtension();
      await keepOffline(launched.context, port);
      await seedVault(launched.context);
      await use({ context: launched.context, port });
      await launched.close();
      server.close();
    },
    { scope: 'worker' },
  ],
});

for (const expected of pages) {
  const what = expected.has_otp ? `the code lands in ${expected.otp_inputs.length} input(s)` : 'nothing is filled';
  test(`${expected.file}: ${what}`, async ({ corpus }) => {
    const result = await checkPage(corpus.context, corpus.port, expected, 2500);
    expect(result.problems, expected.notes).toEqual([]);
  });
}
