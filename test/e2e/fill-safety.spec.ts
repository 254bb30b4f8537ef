import type { BrowserContext, CDPSession, Page, Worker } from '@playwright/test';
import { clickToolbarButton, evaluateInPopup, triggerAction } from '../support/cdp';
import { expect, test } from '../support/fixtures';
import type { SiteServer } from '../support/sites';
import { sendFromPage, totp } from '../support/vault';
import { codesNow, SECRET, seedVault } from '../widgets/account';
import type { OptionsSection } from '../support/pages';

// The fill policy (lib/fill-policy/policy.ts) against pages on realistic hosts: the bank's code reaches the
// bank's own field and nothing else, whichever way of filling is used.

const BANK = totp('Bank', 'me', SECRET, { websites: ['bank.test'] });
const field = (id: string) => `<label>Verification code <input id="${id}" autocomplete="one-time-code"></label>`;

/** bank.test/2fa with its own code field and an ad frame (ads.test) that has a code field too. */
function bankWithAdFrame(sites: SiteServer): string {
  sites.page('ads.test', '/ad', `<!doctype html><title>Ad</title>${field('ad')}`);
  return sites.page(
    'bank.test',
    '/2fa',
    `<!doctype html><title>Bank</title>${field('otp')}<iframe src="${sites.https('ads.test', '/ad')}" width="400" height="160"></iframe>`,
  );
}

/**
 * The frames that reported a code field to the fill policy (storage.session) since `since`, in any tab (each
 * test's browser has one page at a time). Tab URLs are not readable here without activeTab.
 */
async function reportedFrames(worker: Worker, since: number): Promise<{ frameId: number; origin: string }[]> {
  return worker.evaluate(async (after) => {
    const { fillTabs = [] } = (await chrome.storage.session.get('fillTabs')) as {
      fillTabs?: { frames: { frameId: number; origin: string; seenAt: number }[] }[];
    };
    return fillTabs.flatMap((t) => t.frames).filter((f) => f.seenAt >= after);
  }, since);
}

/** Opens `url` and waits until `count` of its frames have reported their code field. */
async function openAndWait(page: Page, worker: Worker, url: string, count: number): Promise<number> {
  const since = Date.now();
  await page.goto(url);
  // A busy machine (2 cores, two workers) can take longer than the default 10 s to load, detect and report.
  await expect.poll(async () => (await reportedFrames(worker, since)).length, { timeout: 30_000 }).toBe(count);
  return since;
}

async function switchAutoFillOff(openOptions: (section?: OptionsSection) => Promise<{ page: Page }>): Promise<void> {
  const toggle = (await openOptions('autofill')).page.getByRole('switch', {
    name: 'Fill verification codes automatically',
  });
  await toggle.uncheck();
  await expect(toggle).not.toBeChecked();
}

test('a third-party frame on the bank’s page is not filled by itself while the bank’s field is', async ({
  context,
  extensionId,
  serviceWorker,
  sites,
}) => {
  await seedVault(context, extensionId, [BANK]);
  const url = bankWithAdFrame(sites);
  const page = await context.newPage();
  await openAndWait(page, serviceWorker, url, 2);
  await expect(page.locator('#otp')).toHaveValue(/^\d{6}$/);
  expect(await codesNow()).toContain(await page.locator('#otp').inputValue());
  await page.waitForTimeout(1000);
  await expect(page.frameLocator('iframe').locator('#ad')).toHaveValue('');
});

test('the bank’s verification frame from its payment provider fills only after the chip’s explicit pick', async ({
  context,
  extensionId,
  sites,
}) => {
  await seedVault(context, extensionId, [BANK]);
  sites.page('pay.test', '/verify', `<!doctype html><title>Pay</title>${field('pay')}`);
  const url = sites.page(
    'bank.test',
    '/checkout',
    `<!doctype html><title>Checkout</title><iframe src="${sites.https('pay.test', '/verify')}" width="500" height="200"></iframe>`,
  );
  const page = await context.newPage();
  await page.goto(url);
  const frame = page.frameLocator('iframe');
  const chip = frame.locator('otpilot-chip');
  await expect(chip).toBeAttached();
  // The frame runs in a process of its own (another site): its accessibility tree is read there.
  const payFrame = page.frames().find((f) => f.url().startsWith('https://pay.test'))!;
  const session = await context.newCDPSession(payFrame);
  await expect.poll(() => accessibleText(session)).toContain('Fill the code for bank.test into a frame from pay.test?');
  await session.detach();
  await page.waitForTimeout(1000);
  await expect(frame.locator('#pay')).toHaveValue('');
  // The user's click on the chip (retried: the chip may ignore clicks right after it appeared).
  await expect(async () => {
    const box = (await chip.boundingBox())!;
    // On the pick button, the chip's first row (its question may wrap the chip onto two rows).
    await page.mouse.click(box.x + 12, box.y + Math.min(box.height / 2, 12));
    await expect(frame.locator('#pay')).toHaveValue(/^\d{6}$/, { timeout: 1000 });
  }).toPass();
  expect(await codesNow()).toContain(await frame.locator('#pay').inputValue());
});

test('shortcut, context menu and the popup’s Fill put the code into the bank’s field, never the ad frame', async ({
  context,
  extensionId,
  serviceWorker,
  sites,
  openOptions,
}) => {
  await seedVault(context, extensionId, [BANK]);
  await switchAutoFillOff(openOptions);
  const url = bankWithAdFrame(sites);
  const page = await context.newPage();
  const ad = page.frameLocator('iframe').locator('#ad');
  const bank = page.locator('#otp');

  // The shortcut, with the user in the ad's field: the bank's field gets the code.
  await openAndWait(page, serviceWorker, url, 2);
  await ad.focus();
  await clickToolbarButton(context, page, extensionId);
  await serviceWorker.evaluate(async (pageUrl) => {
    const [tab] = await chrome.tabs.query({ url: pageUrl });
    (chrome.commands.onCommand as unknown as { dispatch(...a: unknown[]): void }).dispatch('fill-code', tab);
  }, url);
  await expect(bank).toHaveValue(/^\d{6}$/);
  await expect(ad).toHaveValue('');

  // The context menu in the ad frame: nothing goes there (the popup opens to choose); on the bank's field: filled.
  const since = await openAndWait(page, serviceWorker, url, 2);
  const frames = await reportedFrames(serviceWorker, since);
  const adFrame = frames.find((f) => f.origin.startsWith('https://ads.test'))!;
  const menu = (frameId: number, frameUrl: string) =>
    serviceWorker.evaluate(
      async ([pageUrl, id, fUrl]) => {
        const [tab] = await chrome.tabs.query({ url: pageUrl as string });
        const info = { menuItemId: 'otpilot-fill-code', editable: true, pageUrl, frameId: id, frameUrl: fUrl };
        (chrome.contextMenus.onClicked as unknown as { dispatch(...a: unknown[]): void }).dispatch(info, tab);
      },
      [url, frameId, frameUrl] as const,
    );
  await ad.click({ button: 'right' });
  await clickToolbarButton(context, page, extensionId);
  await menu(adFrame.frameId, sites.https('ads.test', '/ad'));
  await page.waitForTimeout(1500);
  await expect(ad).toHaveValue('');
  await expect(bank).toHaveValue('');
  await page.bringToFront();
  await bank.click({ button: 'right' });
  await menu(0, url);
  await expect(bank).toHaveValue(/^\d{6}$/);
  await expect(ad).toHaveValue('');

  // The popup's "Fill code for Bank (me)", the ad's field focused last: the bank's field.
  await openAndWait(page, serviceWorker, url, 2);
  await ad.focus();
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const { accounts } = await sendFromPage<{ accounts: { id: string }[] }>(options, 'vaultAccounts');
  await page.bringToFront();
  expect(await sendFromPage(options, 'autofillActiveTab', { accountId: accounts[0]!.id })).toEqual({ ok: true });
  await expect(bank).toHaveValue(/^\d{6}$/);
  expect(await codesNow()).toContain(await bank.inputValue());
  await expect(ad).toHaveValue('');
});

test('a page that shows the bank’s frame gets it filled; one that makes it transparent or covers it gets nothing', async ({
  context,
  extensionId,
  sites,
}) => {
  await seedVault(context, extensionId, [BANK]);
  sites.page('bank.test', '/2fa', `<!doctype html><title>Bank</title>${field('otp')}`);
  const frame = (style = '') =>
    `<iframe src="${sites.https('bank.test', '/2fa')}" width="400" height="160" style="${style}"></iframe>`;
  const shown = sites.page('shop.test', '/shown', `<!doctype html><title>Shop</title>${frame()}`);
  const faded = sites.page('evil.test', '/faded', `<!doctype html><title>Prize</title>${frame('opacity:0')}`);
  const covered = sites.page(
    'evil.test',
    '/covered',
    `<!doctype html><title>Prize</title><div style="position:relative;width:404px">${frame()}
     <div style="position:absolute;inset:0;background:#fff">Click to win</div></div>`,
  );
  const page = await context.newPage();
  await page.goto(shown);
  await expect(page.frameLocator('iframe').locator('#otp')).toHaveValue(/^\d{6}$/, { timeout: 15_000 });
  for (const url of [faded, covered]) {
    await page.goto(url);
    await page.waitForTimeout(3000);
    await expect(page.frameLocator('iframe').locator('#otp'), url).toHaveValue('');
  }
});

test('a plain-http page that the account lists (a router’s sign-in page) is filled', async ({
  context,
  extensionId,
  sites,
}) => {
  // Not a secure context (unlike http://127.0.0.1): pages like this lack some APIs (crypto.randomUUID).
  sites.page('router.test', '/login', `<!doctype html><title>Router</title>${field('otp')}`);
  const url = sites.http('router.test', '/login');
  await seedVault(context, extensionId, [totp('Router', 'admin', SECRET, { websites: [new URL(url).origin] })]);
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.locator('#otp')).toHaveValue(/^\d{6}$/);
  expect(await codesNow()).toContain(await page.locator('#otp').inputValue());
});

test('an http downgrade and look-alike hosts get nothing', async ({ context, extensionId, serviceWorker, sites }) => {
  await seedVault(context, extensionId, [BANK]);
  const html = `<!doctype html><title>Sign in</title>${field('otp')}`;
  sites.page('bank.test', '/2fa', html);
  sites.page('bank.test.evil.test', '/2fa', html);
  sites.page('evilbank.test', '/2fa', html);
  const page = await context.newPage();
  for (const url of [
    sites.http('bank.test', '/2fa'),
    sites.https('bank.test.evil.test', '/2fa'),
    sites.https('evilbank.test', '/2fa'),
  ]) {
    await openAndWait(page, serviceWorker, url, 1);
    await page.waitForTimeout(1000);
    await expect(page.locator('#otp'), url).toHaveValue('');
  }
  // The real site still fills.
  await page.goto(sites.https('bank.test', '/2fa'));
  await expect(page.locator('#otp')).toHaveValue(/^\d{6}$/);
});

/** The chip's text as the accessibility tree reads it (it lives in a closed shadow root). */
async function accessibleText(session: CDPSession): Promise<string> {
  const { nodes } = (await session.send('Accessibility.getFullAXTree')) as {
    nodes: { name?: { value?: unknown } }[];
  };
  return nodes.map((n) => String(n.name?.value ?? '')).join('\n');
}

test('a page that refuses every code is filled twice, then the chip says why it stopped', async ({
  context,
  extensionId,
  sites,
}) => {
  // HOTP: every fill is a new code, so only the loop stop ends the refusals.
  await seedVault(context, extensionId, [{ ...BANK, type: 'hotp', counter: 0 }]);
  const url = sites.page(
    'bank.test',
    '/refuses',
    `<!doctype html><title>Bank</title><div id="box">${field('otp')}</div><script>
      window.tries = [];
      document.addEventListener('input', (e) => {
        if (e.target.value.length < 6) return;
        const value = e.target.value;
        setTimeout(() => {
          window.tries.push(value);
          document.getElementById('box').innerHTML = '<p>Wrong code, try again.</p>' + ${JSON.stringify(field('otp'))};
        }, 300);
      });
    </script>`,
  );
  const page = await context.newPage();
  await page.goto(url);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { tries: string[] }).tries.length), { timeout: 30_000 })
    .toBe(2);
  const session = await context.newCDPSession(page);
  await expect
    .poll(() => accessibleText(session))
    .toContain('OTPilot stopped filling by itself here: the site refused the last two codes.');
  await page.waitForTimeout(3000);
  expect(await page.evaluate(() => (window as unknown as { tries: string[] }).tries.length)).toBe(2);
  await expect(page.locator('#otp')).toHaveValue('');
  await session.detach();
});

test('the phishing guard: Cancel is the default, “Fill anyway” fills that one frame', async ({
  context,
  extensionId,
  serviceWorker,
  sites,
}) => {
  await seedVault(context, extensionId, [BANK]);
  sites.page('ads.test', '/ad', `<!doctype html><title>Ad</title>${field('ad')}`);
  const url = sites.page(
    'bank.test.evil.test',
    '/2fa',
    `<!doctype html><title>Bank?</title>${field('otp')}<iframe src="${sites.https('ads.test', '/ad')}"></iframe>`,
  );
  const page = await context.newPage();
  await openAndWait(page, serviceWorker, url, 2);
  const session = await (context as BrowserContext).browser()!.newBrowserCDPSession();
  const inPopup = (expression: string) => evaluateInPopup(session, extensionId, expression);
  const askToFill = async () => {
    await triggerAction(session, page, extensionId);
    await expect
      .poll(() => inPopup(`!!document.querySelector('[aria-label="Fill code for Bank (me)"]')`), { timeout: 15_000 })
      .toBe(true);
    await inPopup(`document.querySelector('[aria-label="Fill code for Bank (me)"]').click()`);
    await expect
      .poll(() => inPopup(`document.querySelector('dialog[open]')?.querySelector('p')?.textContent`))
      .toBe('bank.test.evil.test is not a website of Bank (me). Fill anyway?');
  };

  await askToFill();
  expect(await inPopup('document.activeElement?.textContent')).toBe('Cancel');
  await inPopup(`document.activeElement.click()`);
  await expect.poll(() => inPopup(`!!document.querySelector('dialog[open]')`)).toBe(false);
  await page.waitForTimeout(1000);
  await expect(page.locator('#otp')).toHaveValue('');

  // Again, and this time "Fill anyway" with "Add … to the websites of Bank (me)".
  await askToFill();
  await inPopup(`document.querySelector('dialog[open] input[type=checkbox]').click()`);
  await inPopup(
    `[...document.querySelectorAll('dialog[open] button')].find((b) => b.textContent === 'Fill anyway').click()`,
  );
  await expect(page.locator('#otp')).toHaveValue(/^\d{6}$/);
  await expect(page.frameLocator('iframe').locator('#ad')).toHaveValue('');
  expect(await codesNow()).toContain(await page.locator('#otp').inputValue());
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const { accounts } = await sendFromPage<{ accounts: { websites: string[] }[] }>(options, 'vaultAccounts');
  expect(accounts[0]!.websites).toEqual(['bank.test', 'bank.test.evil.test']);
  await session.detach();
});
