import { expect, test } from '../support/fixtures';

// The realistic-hosts setup that the fill-safety specs stand on: *.test over https and http, by Host header.
test('pages on *.test hosts load over https and http, each host its own site', async ({ context, sites }) => {
  sites.page('bank.test', '/2fa', '<title>Bank</title><h1>bank</h1>');
  sites.page('ads.test', '/2fa', '<title>Ads</title><h1>ads</h1>');
  const page = await context.newPage();
  await page.goto(sites.https('bank.test', '/2fa'));
  await expect(page.locator('h1')).toHaveText('bank');
  expect(await page.evaluate(() => [location.protocol, location.hostname, window.isSecureContext])).toEqual([
    'https:',
    'bank.test',
    true,
  ]);
  await page.goto(sites.http('ads.test', '/2fa'));
  await expect(page.locator('h1')).toHaveText('ads');
  await page.goto(sites.https('evil.test', '/2fa'));
  await expect(page.locator('body')).toHaveText('not found');
});
