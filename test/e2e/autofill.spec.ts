import type { BrowserContext, Page } from '@playwright/test';
import { clickChipUntil } from '../support/chip';
import { clickToolbarButton } from '../support/cdp';
import { expect, test } from '../support/fixtures';
import { sendFromPage, totp } from '../support/vault';
import { codesNow, lockVault, PASSWORD, SECRET, seedVault } from '../widgets/account';
import type { OptionsSection } from '../support/pages';

const OTHER_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

const boxes = (prefix: string) =>
  [1, 2, 3, 4, 5, 6]
    .map(
      (i) => `<input id="${prefix}${i}" inputmode="numeric" maxlength="1" aria-label="Digit ${i}" style="width:2em">`,
    )
    .join('');

/** The values of the given inputs joined (in a frame or the page). */
async function joined(page: Page | ReturnType<Page['frameLocator']>, selector: string): Promise<string> {
  const values = await page.locator(selector).evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
  return values.join('');
}

/** Auto-fill off, so that only the user's own request (menu, shortcut) can fill. */
async function switchAutoFillOff(openOptions: (section?: OptionsSection) => Promise<{ page: Page }>): Promise<void> {
  const options = await openOptions('autofill');
  const toggle = options.page.getByRole('switch', { name: 'Fill verification codes automatically' });
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await expect(toggle).not.toBeChecked();
}

/** Two accounts for the test pages' site (127.0.0.1): nothing fills by itself, the chip offers both. */
function seedTwoAccountsForThePage(context: BrowserContext, extensionId: string): Promise<void> {
  return seedVault(context, extensionId, [
    totp('First', 'a', OTHER_SECRET, { websites: ['127.0.0.1'] }),
    totp('Second', 'b', SECRET, { websites: ['127.0.0.1'] }),
  ]);
}

/** The chip beside #otp appears with the field still empty; picking its first account fills the field. */
async function pickFirstInChip(page: Page) {
  const chip = page.locator('otpilot-chip');
  await expect(chip).toBeAttached();
  await expect(page.locator('#otp')).toHaveValue('');
  // The chip lives in a closed shadow root: click where its first button is drawn, as a user would.
  await clickChipUntil(page, chip, async () => /^\d{6}$/.test(await page.locator('#otp').inputValue()));
  return chip;
}

test('split boxes in a cross-origin iframe are filled inside that frame', async ({ context, extensionId, server }) => {
  await seedVault(context, extensionId, [totp('Frame', 'me', SECRET, { websites: ['localhost'] })]);
  const frameUrl = server
    .html('/frame', `<!doctype html><form><label>Verification code</label><div>${boxes('d')}</div></form>`)
    .replace('127.0.0.1', 'localhost');
  const url = server.html(
    '/top',
    `<!doctype html><h1>Shop</h1><input id="q" placeholder="Name"><iframe src="${frameUrl}" width="500" height="200"></iframe>`,
  );
  const page = await context.newPage();
  await page.goto(url);
  const frame = page.frameLocator('iframe');
  await expect.poll(() => joined(frame, 'input')).toMatch(/^\d{6}$/);
  expect(await codesNow()).toContain(await joined(frame, 'input'));
  expect(await page.locator('#q').inputValue()).toBe('');
});

test('a frame of another site gets the page’s code only when the user picks it in the chip', async ({
  context,
  extensionId,
  server,
}) => {
  await seedVault(context, extensionId); // an account for 127.0.0.1, the page; the frame is on localhost
  const frameUrl = server
    .html('/widget', '<!doctype html><label>Verification code <input id="otp" autocomplete="one-time-code"></label>')
    .replace('127.0.0.1', 'localhost');
  const page = await context.newPage();
  await page.goto(server.html('/embeds', `<!doctype html><h1>Sign in</h1><iframe src="${frameUrl}"></iframe>`));
  const frame = page.frameLocator('iframe');
  const chip = frame.locator('otpilot-chip');
  await expect(chip).toBeAttached();
  await expect(frame.locator('#otp')).toHaveValue('');
  await clickChipUntil(page, chip, async () => /^\d{6}$/.test(await frame.locator('#otp').inputValue()));
  expect(await codesNow()).toContain(await frame.locator('#otp').inputValue());
});

test('split boxes inside an open shadow root are filled in order', async ({ context, extensionId, server }) => {
  await seedVault(context, extensionId);
  const url = server.html(
    '/shadow',
    `<!doctype html><h1>Sign in</h1><otp-boxes></otp-boxes><script>
      customElements.define('otp-boxes', class extends HTMLElement {
        connectedCallback() {
          const root = this.attachShadow({ mode: 'open' });
          root.innerHTML = '<p>Enter the one-time code</p><div style="display:flex;flex-direction:row-reverse">${boxes('s')}</div>';
        }
      });
    </script>`,
  );
  const page = await context.newPage();
  await page.goto(url);
  // The boxes are laid out right to left: the code goes in the order the user sees them.
  const visual = () =>
    page.locator('otp-boxes input').evaluateAll((els) =>
      (els as HTMLInputElement[])
        .sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left)
        .map((e) => e.value)
        .join(''),
    );
  await expect.poll(visual).toMatch(/^\d{6}$/);
  expect(await codesNow()).toContain(await visual());
});

test('negatives stay empty while a late-rendered code field is filled', async ({ context, extensionId, server }) => {
  await seedVault(context, extensionId);
  const url = server.html(
    '/negatives',
    `<!doctype html><form>
      <label>E-mail <input id="email" type="email"></label>
      <label>Password <input id="password" type="password"></label>
      <label>Phone <input id="phone" type="tel" inputmode="numeric"></label>
      <label>Postcode <input id="zip" inputmode="numeric" maxlength="5"></label>
      <label>Coupon code <input id="coupon"></label>
      <label>Recovery code <input id="recovery" maxlength="8"></label>
      <p>Type the letters shown in the picture</p><input id="captcha" name="captcha_code">
      <p>Enter your profile PIN</p>${[1, 2, 3, 4].map((i) => `<input id="pin${i}" type="password" maxlength="1">`).join('')}
      <label>Verification code <input id="hidden-otp" autocomplete="one-time-code" style="display:none"></label>
      <label>Code <input id="disabled-otp" autocomplete="one-time-code" disabled></label>
    </form><div id="later"></div>`,
  );
  const page = await context.newPage();
  await page.goto(url);
  // Like a single-page app, the real code field appears after a while.
  await page.waitForTimeout(1500);
  await page.evaluate(() => {
    document.getElementById('later')!.innerHTML =
      '<label for="otp">Two-factor code</label><input id="otp" autocomplete="one-time-code" inputmode="numeric">';
  });
  await expect(page.locator('#otp')).toHaveValue(/^\d{6}$/);
  const negatives = [
    'email',
    'password',
    'phone',
    'zip',
    'coupon',
    'recovery',
    'captcha',
    'pin1',
    'pin2',
    'pin3',
    'pin4',
    'hidden-otp',
    'disabled-otp',
  ];
  for (const id of negatives) expect(await page.locator(`#${id}`).inputValue(), id).toBe('');
});

test('what the user typed is never overwritten, even when asked to fill', async ({ context, extensionId, server }) => {
  const url = server.html(
    '/typed',
    '<!doctype html><label>Authentication code <input id="otp" autocomplete="one-time-code"></label>',
  );
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('#otp').pressSequentially('12');
  // The vault appears only now, with a matching account; then the user asks to fill from the popup.
  await seedVault(context, extensionId);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const { accounts } = await sendFromPage<{ accounts: { id: string }[] }>(options, 'vaultAccounts');
  await page.bringToFront();
  const answer = await sendFromPage<{ ok: boolean }>(options, 'autofillActiveTab', { accountId: accounts[0]!.id });
  expect(answer.ok).toBe(false);
  await page.locator('#otp').focus();
  await page.waitForTimeout(500);
  await expect(page.locator('#otp')).toHaveValue('12');
});

test('the popup fill button path fills the active tab with the chosen account', async ({
  context,
  extensionId,
  server,
}) => {
  // No website on the account: nothing is filled by itself, the user picks the account in the popup.
  await seedVault(context, extensionId, [totp('Elsewhere', 'me', OTHER_SECRET)]);
  const url = server.html('/popup-fill', `<!doctype html><p>Enter the 6-digit code</p><div>${boxes('p')}</div>`);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForTimeout(1000);
  expect(await joined(page, 'input')).toBe('');
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const { accounts } = await sendFromPage<{ accounts: { id: string }[] }>(options, 'vaultAccounts');
  await page.bringToFront();
  const answer = await sendFromPage<{ ok: boolean }>(options, 'autofillActiveTab', { accountId: accounts[0]!.id });
  expect(answer).toEqual({ ok: true });
  expect(await codesNow(OTHER_SECRET)).toContain(await joined(page, 'input'));
});

test('with two matching accounts nothing fills by itself and the chip fills the one picked', async ({
  context,
  extensionId,
  server,
}) => {
  await seedTwoAccountsForThePage(context, extensionId);
  const url = server.html(
    '/chip',
    '<!doctype html><label>Security code <input id="otp" autocomplete="one-time-code"></label>',
  );
  const page = await context.newPage();
  await page.goto(url);
  const chip = await pickFirstInChip(page);
  expect(await codesNow(OTHER_SECRET)).toContain(await page.locator('#otp').inputValue());
  await expect(chip).not.toBeAttached();
});

test('the chip stays beside its field when a scrolling box around the field scrolls', async ({
  context,
  extensionId,
  server,
}) => {
  await seedTwoAccountsForThePage(context, extensionId);
  const url = server.html(
    '/scroll-box',
    '<!doctype html><div id="box" style="height:240px;overflow:auto;border:1px solid"><div style="height:120px"></div>' +
      '<label>Security code <input id="otp" autocomplete="one-time-code"></label><div style="height:900px"></div></div>',
  );
  const page = await context.newPage();
  await page.goto(url);
  const chip = page.locator('otpilot-chip');
  await expect(chip).toBeAttached();
  const gap = async () => {
    const [field, beside] = await Promise.all([page.locator('#otp').boundingBox(), chip.boundingBox()]);
    return Math.round(beside!.y - field!.y);
  };
  const before = await gap();
  await page.locator('#box').evaluate((box) => box.scrollBy(0, 80));
  await expect.poll(gap).toBe(before);
  // Still where a user clicks it: picking its first account fills the field.
  await pickFirstInChip(page);
});

test('with auto-fill switched off in options, the code waits for the user to pick it in the chip', async ({
  context,
  extensionId,
  server,
  openOptions,
}) => {
  await seedVault(context, extensionId);
  await switchAutoFillOff(openOptions);
  const url = server.html(
    '/off',
    '<!doctype html><label>One-time code <input id="otp" autocomplete="one-time-code"></label>',
  );
  const page = await context.newPage();
  await page.goto(url);
  await pickFirstInChip(page);
  expect(await codesNow()).toContain(await page.locator('#otp').inputValue());
});

test('when locked, the chip offers to unlock and nothing is filled until the vault is open', async ({
  context,
  extensionId,
  server,
}) => {
  await seedVault(context, extensionId);
  await lockVault(context, extensionId);
  const url = server.html(
    '/locked',
    '<!doctype html><label>Verification code <input id="otp" inputmode="numeric" maxlength="6"></label><button>Go</button>',
  );
  const page = await context.newPage();
  await page.goto(url);
  const chip = page.locator('otpilot-chip');
  await expect(chip).toBeAttached();
  await expect(page.locator('#otp')).toHaveValue('');
  // The user unlocks (in the popup), comes back and clicks into the field: now it fills.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  expect(await sendFromPage(options, 'vaultUnlock', { password: PASSWORD })).toEqual({ ok: true });
  await page.bringToFront();
  await page.getByRole('button', { name: 'Go' }).focus();
  await page.locator('#otp').focus();
  await expect(page.locator('#otp')).toHaveValue(/^\d{6}$/);
  expect(await codesNow()).toContain(await page.locator('#otp').inputValue());
});

test('the locked chip opens the OTPilot popup to unlock', async ({ context, extensionId, server }) => {
  await seedVault(context, extensionId);
  await lockVault(context, extensionId);
  const url = server.html('/unlock', '<!doctype html><label>Verification code <input id="otp" maxlength="6"></label>');
  const page = await context.newPage();
  await page.goto(url);
  const chip = page.locator('otpilot-chip');
  await expect(chip).toBeAttached();
  // The toolbar popup is a target Playwright does not attach to: look for it through CDP.
  const cdp = await context.browser()!.newBrowserCDPSession();
  const popupOpen = async () => {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { url: string }[] };
    return targetInfos.some((t) => t.url === `chrome-extension://${extensionId}/popup.html`);
  };
  expect(await popupOpen()).toBe(false);
  await clickChipUntil(page, chip, popupOpen);
  await expect(page.locator('#otp')).toHaveValue('');
});

test('right-click a field, "Fill verification code": the code lands in that field', async ({
  context,
  extensionId,
  serviceWorker,
  server,
  openOptions,
}) => {
  await seedVault(context, extensionId);
  await switchAutoFillOff(openOptions);
  const url = server.html('/menu', '<!doctype html><label>Enter code <input id="otp" inputmode="numeric"></label>');
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('#otp').click({ button: 'right' });
  // Headless has no native menu to click: grant activeTab as picking the item does, then fire its click.
  await clickToolbarButton(context, page, extensionId);
  await serviceWorker.evaluate(async (pageUrl) => {
    const [tab] = await chrome.tabs.query({ url: pageUrl });
    const info = { menuItemId: 'otpilot-fill-code', editable: true, pageUrl, frameId: 0 };
    (chrome.contextMenus.onClicked as unknown as { dispatch(...a: unknown[]): void }).dispatch(info, tab);
  }, url);
  await expect(page.locator('#otp')).toHaveValue(/^\d{6}$/);
  expect(await codesNow()).toContain(await page.locator('#otp').inputValue());
});

test('the keyboard shortcut fills the focused code field', async ({
  context,
  extensionId,
  serviceWorker,
  server,
  openOptions,
}) => {
  await seedVault(context, extensionId);
  await switchAutoFillOff(openOptions);
  const url = server.html('/shortcut', `<!doctype html><form><label>Verification code</label>${boxes('k')}</form>`);
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('#k1').focus();
  // Playwright's key presses do not reach extension commands: grant activeTab as the shortcut does, then fire it.
  await clickToolbarButton(context, page, extensionId);
  await serviceWorker.evaluate(async (pageUrl) => {
    const [tab] = await chrome.tabs.query({ url: pageUrl });
    (chrome.commands.onCommand as unknown as { dispatch(...a: unknown[]): void }).dispatch('fill-code', tab);
  }, url);
  await expect.poll(() => joined(page, 'input')).toMatch(/^\d{6}$/);
  expect(await codesNow()).toContain(await joined(page, 'input'));
});
