import type { BrowserContext, Page } from '@playwright/test';
import { clickChipUntil } from '../support/chip';
import { expect, test } from '../support/fixtures';
import { totp } from '../support/vault';
import { codesNow, seedVault } from '../widgets/account';

/**
 * The chip resists clickjacking (issue 14): a page that hides the chip under the user's click (opacity,
 * filter, an overlay that lets clicks through) or moves it under the pointer gets nothing from a real
 * click at the chip's place; a click on the chip the user sees, once it has stood still, fills.
 */

const OTHER_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const FIELD = '<label>Security code <input id="otp" autocomplete="one-time-code"></label>';

/** Two accounts for the pages' site (127.0.0.1): nothing fills by itself, the chip offers both. */
function seedTwoAccounts(context: BrowserContext, extensionId: string): Promise<void> {
  return seedVault(context, extensionId, [
    totp('First', 'a', OTHER_SECRET, { websites: ['127.0.0.1'] }),
    totp('Second', 'b', OTHER_SECRET, { websites: ['127.0.0.1'] }),
  ]);
}

/** Runs `attack(chip)` in the page as soon as the chip is added (before anything could click it). */
const onChip = (attack: string) => `<script>
  new MutationObserver((_, observer) => {
    const chip = document.querySelector('otpilot-chip');
    if (!chip) return;
    observer.disconnect();
    window.chipAt = performance.now();
    (${attack})(chip);
  }).observe(document.documentElement, { childList: true, subtree: true });
</script>`;

const filled = async (page: Page) => (await page.locator('#otp').inputValue()) !== '';

/** Clicks where the chip's first button is, for 2 s, as a user would keep trying: nothing may be filled. */
async function clicksFillNothing(page: Page): Promise<void> {
  const chip = page.locator('otpilot-chip');
  await expect(chip).toBeAttached();
  const box = (await chip.boundingBox())!;
  for (let i = 0; i < 8; i++) {
    await page.mouse.click(box.x + 12, box.y + Math.min(box.height / 2, 12));
    await page.waitForTimeout(250);
  }
  await expect(page.locator('#otp')).toHaveValue('');
}

const HIDING = {
  'opacity 0 on its ancestor (the page’s root element)': onChip(
    `() => { document.documentElement.style.opacity = '0'; }`,
  ),
  'filter: opacity(0) on its ancestor': onChip(`() => { document.documentElement.style.filter = 'opacity(0)'; }`),
  'a script that keeps setting opacity 0 on the chip': onChip(
    `(chip) => setInterval(() => chip.style.setProperty('opacity', '0', 'important'), 10)`,
  ),
  'a click-through overlay opened over it in the top layer, from a closed shadow root': onChip(`() => {
    const root = document.body.appendChild(document.createElement('div')).attachShadow({ mode: 'closed' });
    root.innerHTML = '<div popover="manual" style="pointer-events:none;inset:0;margin:0;border:0;width:100vw;' +
      'height:100vh;max-width:none;max-height:none;background:#fff">Click anywhere to win a prize</div>';
    root.firstElementChild.showPopover();
  }`),
  'a click-through popover the page keeps opening over it': onChip(`() => {
    const cover = document.body.appendChild(document.createElement('div'));
    cover.popover = 'manual';
    cover.textContent = 'Click anywhere to win a prize';
    cover.style.cssText = 'pointer-events:none;inset:0;margin:0;border:0;width:100vw;height:100vh;max-width:none;' +
      'max-height:none;background:#fff';
    setInterval(() => { cover.hidePopover(); cover.showPopover(); }, 100);
  }`),
};

for (const [how, html] of Object.entries(HIDING)) {
  test(`a click on the chip hidden by ${how} fills nothing`, async ({ context, extensionId, server }) => {
    await seedTwoAccounts(context, extensionId);
    const page = await context.newPage();
    await page.goto(server.html('/hidden-chip', `<!doctype html>${html}${FIELD}`));
    await clicksFillNothing(page);
  });
}

test('a page stylesheet cannot hide the chip: it stays opaque in the top layer and takes the click', async ({
  context,
  extensionId,
  server,
}) => {
  await seedTwoAccounts(context, extensionId);
  const page = await context.newPage();
  const style =
    '<style>otpilot-chip{opacity:0!important;filter:opacity(0)!important;visibility:hidden!important}</style>';
  await page.goto(server.html('/styled-chip', `<!doctype html>${style}${FIELD}`));
  const chip = page.locator('otpilot-chip');
  await expect(chip).toBeAttached();
  const look = await chip.evaluate((el) => {
    const s = getComputedStyle(el);
    return { opacity: s.opacity, filter: s.filter, visibility: s.visibility, top: el.matches(':popover-open') };
  });
  expect(look).toEqual({ opacity: '1', filter: 'none', visibility: 'visible', top: true });
  await clickChipUntil(page, chip, () => filled(page));
  expect(await codesNow(OTHER_SECRET)).toContain(await page.locator('#otp').inputValue());
});

test('a click within 500 ms of the chip appearing fills nothing; a click after that fills', async ({
  context,
  extensionId,
  server,
}) => {
  await seedTwoAccounts(context, extensionId);
  const page = await context.newPage();
  const clicks = `<script>addEventListener('click', () => { window.clickAt = performance.now(); }, true);</script>`;
  await page.goto(server.html('/early-click', `<!doctype html>${onChip('() => {}')}${clicks}${FIELD}`));
  await page.waitForFunction(() => 'chipAt' in window, undefined, { polling: 'raf' });
  const box = (await page.locator('otpilot-chip').boundingBox())!;
  await page.mouse.click(box.x + 12, box.y + Math.min(box.height / 2, 12));
  const early = await page.evaluate(() => {
    const w = window as unknown as { clickAt: number; chipAt: number };
    return w.clickAt - w.chipAt;
  });
  await page.waitForTimeout(1000);
  // On a machine too busy to click within 500 ms of the chip appearing, the early click is not early.
  if (early < 450) await expect(page.locator('#otp')).toHaveValue('');
  await clickChipUntil(page, page.locator('otpilot-chip'), () => filled(page));
  expect(await codesNow(OTHER_SECRET)).toContain(await page.locator('#otp').inputValue());
});

test('a chip the page keeps moving under the pointer takes no click until it stands still', async ({
  context,
  extensionId,
  server,
}) => {
  await seedTwoAccounts(context, extensionId);
  const page = await context.newPage();
  // The page scrolls by a pixel every 100 ms, so the chip is never still for 500 ms; then it stops.
  const mover = `<script>window.mover = setInterval(() => scrollBy(0, scrollY % 2 ? -1 : 1), 100);</script>`;
  const tall = '<div style="height:3000px"></div>';
  await page.goto(server.html('/moving-chip', `<!doctype html>${mover}${FIELD}${tall}`));
  await clicksFillNothing(page);
  await page.evaluate(() => clearInterval((window as unknown as { mover: number }).mover));
  await clickChipUntil(page, page.locator('otpilot-chip'), () => filled(page));
});

test('in a small frame (200×80) the chip stays inside the frame and works', async ({
  context,
  extensionId,
  server,
}) => {
  await seedTwoAccounts(context, extensionId);
  const frameUrl = server.html(
    '/small-frame',
    '<!doctype html><body style="margin:4px"><label>Code <input id="otp" autocomplete="one-time-code" size="10"></label>',
  );
  const page = await context.newPage();
  await page.goto(
    server.html(
      '/small-host',
      `<!doctype html><h1>Pay</h1><iframe src="${frameUrl}" width="200" height="80"></iframe>`,
    ),
  );
  const frame = page.frameLocator('iframe');
  const chip = frame.locator('otpilot-chip');
  await expect(chip).toBeAttached();
  const outer = (await page.locator('iframe').boundingBox())!;
  const inner = (await chip.boundingBox())!;
  expect(inner.x).toBeGreaterThanOrEqual(outer.x);
  expect(inner.y).toBeGreaterThanOrEqual(outer.y);
  expect(inner.x + inner.width).toBeLessThanOrEqual(outer.x + outer.width);
  expect(inner.y + inner.height).toBeLessThanOrEqual(outer.y + outer.height);
  await clickChipUntil(page, chip, async () => (await frame.locator('#otp').inputValue()) !== '');
  expect(await codesNow(OTHER_SECRET)).toContain(await frame.locator('#otp').inputValue());
});
