import type { BrowserContext } from '@playwright/test';
import { generateCode } from '../../lib/otp/generate';
import { evaluateInPopup, triggerAction } from '../support/cdp';
import { expect, test } from '../support/fixtures';
import { createVault, seedAccounts, totp } from '../support/vault';

const SECRET = 'JBSWY3DPEHPK3PXP';

test('the popup opened over a site lists that site’s accounts first and fills its code', async ({
  context,
  extensionId,
  openPopup,
  server,
}) => {
  const setup = (await openPopup()).page;
  await createVault(setup, 'correct horse battery staple');
  const host = new URL(server.origin).hostname;
  // More accounts than the popup's first answer holds (its first 12 rows), the site's one last in the user's order.
  const others = Array.from({ length: 14 }, (_, i) => totp(`Other ${i}`, `o${i}`, SECRET));
  await seedAccounts(setup, [
    totp('Alpha', 'a', SECRET),
    totp('Beta', 'b', SECRET),
    ...others,
    totp('Local', 'me', SECRET, { websites: [host] }),
  ]);
  await setup.close();

  const site = await context.newPage();
  await site.goto(server.html('/login', '<!doctype html><title>Login</title><input autocomplete="one-time-code">'));
  const session = await (context as BrowserContext).browser()!.newBrowserCDPSession();
  await triggerAction(session, site, extensionId);
  const rows = `[...document.querySelectorAll('.row')].slice(0, 3).map((r) => (r.classList.contains('row-match') ? '*' : '') + r.getAttribute('aria-label'))`;
  await expect
    .poll(() => evaluateInPopup(session, extensionId, rows), { timeout: 15_000 })
    .toEqual(['*Local (me)', 'Alpha (a)', 'Beta (b)']);

  // "Fill code for …" puts the current code into the page's code field.
  await evaluateInPopup(
    session,
    extensionId,
    `document.querySelector('[aria-label="Fill code for Local (me)"]').click()`,
  );
  const field = site.locator('input');
  await expect(field).toHaveValue(/^\d{6}$/);
  const filled = await field.inputValue();
  const now = Date.now();
  const candidates = await Promise.all(
    [now - 30_000, now].map((t) =>
      generateCode({ type: 'totp', secret: SECRET, algorithm: 'SHA1', digits: 6, period: 30, counter: 0 }, t),
    ),
  );
  expect(candidates).toContain(filled);
  await session.detach();
});
