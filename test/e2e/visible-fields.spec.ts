import type { Page, Worker } from '@playwright/test';
import { clickToolbarButton } from '../support/cdp';
import { expect, test } from '../support/fixtures';
import { codesNow, seedVault } from '../widgets/account';

/**
 * Visible fields only (issue 14): a code never goes into a field the user cannot see, however it is
 * asked for (automatic fill, the keyboard shortcut), while a transparent input over boxes its widget
 * draws (input-otp, react-verification-input) is a field the user sees and is filled.
 */

const otp = (id: string, style: string) =>
  `<label>Verification code <input id="${id}" autocomplete="one-time-code" inputmode="numeric" style="${style}"></label>`;

const HIDDEN: Record<string, string> = {
  'a 1×1 input': otp('dot', 'width:1px;height:1px;padding:0;border:0'),
  'an input off screen': otp('off', 'position:absolute;left:-5000px;top:10px'),
  'an input under an opaque overlay': `<div style="position:relative">${otp('under', '')}
    <div style="position:absolute;inset:-4px;background:#fff"><p>Welcome back!</p></div></div>`,
  'an input in a transparent box': `<div style="opacity:0">${otp('faded', '')}</div>`,
  'an input with filter: opacity(0)': otp('filtered', 'filter:opacity(0)'),
  'a transparent input over nothing': otp('ghost', 'opacity:0'),
  'an input clipped away': otp('clipped', 'clip-path:inset(50%)'),
};
const HIDDEN_IDS = ['dot', 'off', 'under', 'faded', 'filtered', 'ghost', 'clipped'];

async function values(page: Page, ids: string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const id of ids) out[id] = await page.locator(`#${id}`).inputValue();
  return out;
}

const empty = Object.fromEntries(HIDDEN_IDS.map((id) => [id, '']));

test('hidden code fields are never filled by themselves, while the visible one is', async ({
  context,
  extensionId,
  server,
}) => {
  await seedVault(context, extensionId);
  const page = await context.newPage();
  await page.goto(server.html('/hidden-fields', `<!doctype html><form>${Object.values(HIDDEN).join('')}</form>`));
  // Then the page shows a real code field: it is filled, and only it.
  await page.waitForTimeout(1500);
  await page.evaluate(() => {
    document.body.insertAdjacentHTML('beforeend', '<label>Two-factor code <input id="real" maxlength="6"></label>');
  });
  await expect(page.locator('#real')).toHaveValue(/^\d{6}$/);
  expect(await codesNow()).toContain(await page.locator('#real').inputValue());
  expect(await values(page, HIDDEN_IDS)).toEqual(empty);
});

/** Fires the `fill-code` command for the page's tab, as the keyboard shortcut does. */
async function shortcut(page: Page, serviceWorker: Worker, extensionId: string): Promise<void> {
  await clickToolbarButton(page.context(), page, extensionId);
  await serviceWorker.evaluate(async (pageUrl) => {
    const [tab] = await chrome.tabs.query({ url: pageUrl });
    (chrome.commands.onCommand as unknown as { dispatch(...a: unknown[]): void }).dispatch('fill-code', tab);
  }, page.url());
}

for (const [what, html] of Object.entries(HIDDEN)) {
  test(`the keyboard shortcut does not fill ${what}, even focused`, async ({
    context,
    extensionId,
    serviceWorker,
    server,
  }) => {
    await seedVault(context, extensionId);
    const page = await context.newPage();
    const id = /id="(\w+)"/.exec(html)![1]!;
    await page.goto(server.html('/hidden-focused', `<!doctype html><form>${html}</form>`));
    await page.locator(`#${id}`).evaluate((el) => (el as HTMLInputElement).focus());
    await shortcut(page, serviceWorker, extensionId);
    // The frame that fills nothing answers a second late: give it that and a little more.
    await page.waitForTimeout(2000);
    await expect(page.locator(`#${id}`)).toHaveValue('');
  });
}

test('a transparent input over boxes its widget draws is filled', async ({ context, extensionId, server }) => {
  await seedVault(context, extensionId);
  // Like react-verification-input: the real input is invisible, the boxes under it show the characters.
  const boxes = [0, 1, 2, 3, 4, 5]
    .map((i) => `<div style="width:2em;height:2.5em;border:1px solid #888;border-radius:4px" data-i="${i}"></div>`)
    .join('');
  const page = await context.newPage();
  await page.goto(
    server.html(
      '/transparent-widget',
      `<!doctype html><p>Enter the code we sent you</p>
      <div style="position:relative;display:inline-block">
        <input id="code" autocomplete="one-time-code" maxlength="6" inputmode="numeric"
          style="position:absolute;inset:0;width:100%;height:100%;opacity:0;z-index:1">
        <div style="display:flex;gap:6px">${boxes}</div>
      </div>
      <script>
        const input = document.getElementById('code');
        input.addEventListener('input', () => {
          document.querySelectorAll('[data-i]').forEach((box, i) => { box.textContent = input.value[i] ?? ''; });
        });
      </script>`,
    ),
  );
  await expect(page.locator('#code')).toHaveValue(/^\d{6}$/);
  expect(await codesNow()).toContain(await page.locator('#code').inputValue());
});

test('a code field in a frame that its page shrinks to a dot is not filled', async ({
  context,
  extensionId,
  server,
}) => {
  await seedVault(context, extensionId);
  const frameUrl = server.html('/dot-frame', `<!doctype html>${otp('framed', '')}`);
  const page = await context.newPage();
  await page.goto(
    server.html(
      '/dot-frame-host',
      `<!doctype html><label>Two-factor code <input id="real" maxlength="6"></label>
      <iframe src="${frameUrl}" style="width:1px;height:1px;border:0"></iframe>
      <iframe id="faded" src="${frameUrl}" style="opacity:0"></iframe>`,
    ),
  );
  await expect(page.locator('#real')).toHaveValue(/^\d{6}$/);
  await page.waitForTimeout(1000);
  for (const frame of page.frames().slice(1)) expect(await frame.locator('#framed').inputValue()).toBe('');
});

test('a code field below the fold is filled once the user scrolls to it', async ({ context, extensionId, server }) => {
  await seedVault(context, extensionId);
  const page = await context.newPage();
  await page.goto(server.html('/below-fold', `<!doctype html><div style="height:2000px"></div>${otp('low', '')}`));
  await page.waitForTimeout(1500);
  await expect(page.locator('#low')).toHaveValue('');
  await page.mouse.wheel(0, 2000);
  await expect(page.locator('#low')).toHaveValue(/^\d{6}$/);
  expect(await codesNow()).toContain(await page.locator('#low').inputValue());
});
