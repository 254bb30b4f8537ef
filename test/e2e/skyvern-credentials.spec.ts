import type { BrowserContext } from '@playwright/test';
import { generateCode } from '../../lib/otp/generate';
import { startSkyvernServer, type SkyvernServer } from '../../server/skyvern/serve';
import { evaluateInPopup, grantHostPermission, triggerAction } from '../support/cdp';
import { expect, test as base } from '../support/fixtures';
import type { OptionsPage, OptionsSection } from '../support/pages';
import { totp } from '../support/vault';
import type { NewAccount } from '../../lib/vault/types';
import { codesNow, seedVault } from '../widgets/account';

/** Every test gets its own local Skyvern-like API (real HTTP on 127.0.0.1, as the real server behaves). */
const test = base.extend<{ skyvern: SkyvernServer }>({
  // eslint-disable-next-line no-empty-pattern
  skyvern: async ({}, use) => {
    const skyvern = await startSkyvernServer();
    await use(skyvern);
    await skyvern.close();
  },
});

/** An authenticator secret kept in Skyvern only (never given to the extension). */
const SKYVERN_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

/** A vault with `accounts`, the API's origin granted, then key, base URL and identifiers saved as a user would. */
async function connectSkyvern(
  fx: {
    context: BrowserContext;
    extensionId: string;
    openOptions: (section?: OptionsSection) => Promise<OptionsPage>;
    skyvern: SkyvernServer;
  },
  accounts: NewAccount[] = [],
  identifiers = '',
): Promise<OptionsPage> {
  await seedVault(fx.context, fx.extensionId, accounts);
  await grantHostPermission(fx.context, fx.extensionId, fx.skyvern.baseUrl);
  const options = await fx.openOptions('skyvern');
  await options.page.getByLabel('Skyvern API key').fill(fx.skyvern.apiKey);
  await options.page.getByLabel('Skyvern base URL').fill(fx.skyvern.baseUrl);
  await options.page.getByLabel('TOTP identifiers').fill(identifiers);
  await options.page.getByRole('button', { name: 'Save Skyvern settings' }).click();
  await expect(options.page.getByText('Skyvern settings saved.')).toBeVisible();
  return options;
}

const CODE_PAGE = '<!doctype html><label>Verification code <input id="code" autocomplete="one-time-code"></label>';

test('a Skyvern-stored authenticator’s code shows in the popup, marked as from Skyvern, and fills its own site only', async ({
  context,
  extensionId,
  openOptions,
  openPopup,
  server,
  skyvern,
}) => {
  const url = server.html('/login', CODE_PAGE);
  skyvern.addCredential({
    name: 'Acme portal',
    username: 'ops@acme.test',
    totp_secret: SKYVERN_SECRET,
    tested_url: url,
  });
  skyvern.addCredential({ name: 'Mail only', username: 'me', totp_type: 'email', totp_identifier: 'me@acme.test' });
  const options = await connectSkyvern({ context, extensionId, openOptions, skyvern });
  // Options show which identifier belongs to which site, from Skyvern's credentials.
  await expect(options.page.getByLabel('Site for me@acme.test')).toBeVisible();
  await options.page.close();

  const site = await context.newPage();
  await site.goto(url);
  const popup = await openPopup();
  const copy = popup.page.getByRole('button', { name: 'Copy Skyvern code for Acme portal' });
  await expect(copy).toBeVisible();
  const shown = ((await copy.textContent()) ?? '').replace(/\s/g, '');
  expect(await codesNow(SKYVERN_SECRET)).toContain(shown);
  const row = popup.page.getByRole('listitem', { name: 'Skyvern authenticator for Acme portal' });
  await expect(row).toContainText('from Skyvern');
  await expect(row).toContainText(/\d+ s/);
  // Only credentials with an authenticator have a code; the secret never reaches the browser.
  await expect(popup.page.getByRole('button', { name: 'Copy Skyvern code for Mail only' })).toHaveCount(0);
  expect(await popup.page.content()).not.toContain(SKYVERN_SECRET);

  await popup.page.close();

  // The toolbar popup over another site (a click on the button grants activeTab): the code is not filled there.
  const session = await context.browser()!.newBrowserCDPSession();
  const clickFill = async (page: typeof site) => {
    await triggerAction(session, page, extensionId);
    const fill = `((b) => (b ? (b.click(), 'clicked') : 'none'))(document.querySelector('[aria-label="Fill Skyvern code for Acme portal"]'))`;
    await expect.poll(() => evaluateInPopup(session, extensionId, fill), { timeout: 15_000 }).toBe('clicked');
  };
  const other = await context.newPage();
  await other.goto(server.html('/other', CODE_PAGE).replace('127.0.0.1', 'localhost'));
  await clickFill(other);
  const status = `document.querySelector('.pushed-status')?.textContent ?? ''`;
  await expect
    .poll(() => evaluateInPopup(session, extensionId, status), { timeout: 10_000 })
    .toContain('This code is filled only on 127.0.0.1');
  await expect(other.locator('#code')).toHaveValue('');
  await evaluateInPopup(session, extensionId, 'window.close()');

  // Over its own site it is.
  await site.bringToFront();
  await clickFill(site);
  await expect(site.locator('#code')).toHaveValue(/^\d{6}$/);
  expect(await codesNow(SKYVERN_SECRET)).toContain(await site.locator('#code').inputValue());
  await session.detach();
});

test('a clock 30 s behind Skyvern’s: the warning, and vault codes computed at Skyvern’s time', async ({
  context,
  extensionId,
  openOptions,
  openPopup,
  skyvern,
}) => {
  const secret = 'JBSWY3DPEHPK3PXP';
  skyvern.clockSkewMs = 30_000;
  const options = await connectSkyvern({ context, extensionId, openOptions, skyvern }, [
    totp('Drift', 'me@drift.test', secret),
  ]);
  await options.page.getByRole('button', { name: 'Test connection' }).click();
  await expect(options.page.getByText('Your clock is 30 s slow: codes may be refused')).toBeVisible();
  await options.page.close();

  // Away from a window's edge, so that "now" is the same window for the test and the popup.
  const intoWindow = (Date.now() + 30_000) % 30_000;
  if (intoWindow < 3_000 || intoWindow > 24_000) await new Promise((r) => setTimeout(r, 30_000 - intoWindow + 3_000));
  const params = { type: 'totp' as const, secret, algorithm: 'SHA1' as const, digits: 6, period: 30, counter: 0 };
  const skyvernTime = await generateCode(params, Date.now() + 30_000);
  const ownClock = await generateCode(params, Date.now());
  expect(skyvernTime).not.toBe(ownClock);

  const popup = await openPopup();
  await expect(popup.page.getByText('Your clock is 30 s slow: codes may be refused')).toBeVisible();
  const copy = popup.page.getByRole('button', { name: 'Copy code for Drift (me@drift.test)' });
  await expect(copy.locator('.code')).toHaveText(`${skyvernTime.slice(0, 3)} ${skyvernTime.slice(3)}`);
});

test('“Send to Skyvern” pushes the selection for the chosen identifier, the last used first next time', async ({
  context,
  extensionId,
  openOptions,
  serviceWorker,
  skyvern,
}) => {
  const options = await connectSkyvern({ context, extensionId, openOptions, skyvern }, [], 'a@x.test, b@x.test');
  await options.page.close();
  // The context menu item, as Chrome reports a click on it (selected text, the identifier's item).
  await serviceWorker.evaluate(
    (info) =>
      (chrome.contextMenus.onClicked as unknown as { dispatch(...a: unknown[]): void }).dispatch(info, undefined),
    {
      menuItemId: 'skyvern-send:b@x.test',
      parentMenuItemId: 'skyvern-send',
      selectionText: 'Your code is 246 810',
      editable: false,
    },
  );
  await expect
    .poll(() => skyvern.store.list('o_demo', { totp_identifier: 'b@x.test', limit: 5 }).map((r) => [r.code, r.source]))
    .toEqual([['246810', 'browser']]);
  await expect
    .poll(() => serviceWorker.evaluate(async () => (await chrome.storage.local.get('skyvernLastSent')).skyvernLastSent))
    .toEqual(['b@x.test']);
});
