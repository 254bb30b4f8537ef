import { expect, test } from '../support/fixtures';
import { createVault, seedAccounts, totp } from '../support/vault';

const SECRET = 'JBSWY3DPEHPK3PXP';
const ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/**
 * Records #root's markup after each change: the first is the first paint (popup-first-paint.js), the
 * second React's first render. Runs in the popup before any of its scripts.
 */
function recordRoot() {
  const w = window as unknown as { rootShots: string[] };
  w.rootShots = [];
  document.addEventListener('DOMContentLoaded', () => {
    const root = document.getElementById('root')!;
    new MutationObserver(() => w.rootShots.push(root.innerHTML)).observe(root, { childList: true });
  });
}

/**
 * The structure a user sees: tags, classes, text and the attributes that draw something. Left out:
 * what only the live app has (ARIA, ids, data-*, draggable, form state) and what moves with the clock
 * (the countdown, the next code, which a second may change between the two pictures).
 */
function canonical(html: string): string {
  const drawn = ['class', 'style', 'title', 'src', 'alt', 'width', 'height', 'viewBox', 'cx', 'cy', 'r', 'type'];
  const box = document.createElement('div');
  box.innerHTML = html;
  box.querySelectorAll('.countdown, .next-code').forEach((e) => e.remove());
  const walk = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    const el = node as Element;
    const attrs = drawn
      .filter((a) => el.hasAttribute(a))
      .map((a) => `${a}="${el.getAttribute(a)}"`)
      .join(' ');
    return `<${el.localName}${attrs ? ' ' + attrs : ''}>${[...el.childNodes].map(walk).join('')}</${el.localName}>`;
  };
  return [...box.childNodes].map(walk).join('');
}

test('the popup draws its first rows before the app starts, as the app then draws them', async ({ openPopup }) => {
  const setup = (await openPopup()).page;
  await createVault(setup, 'correct horse battery staple');
  await seedAccounts(setup, [
    totp('Pinned & Co', 'me@example.com', SECRET, { pinned: true }),
    totp('<b>Tags</b> "quoted"', "o'brien", SECRET),
    totp('', 'only-a-name@example.com', SECRET),
    totp('Counter', 'hotp', SECRET, { type: 'hotp', counter: 3 }),
    totp('Steam', 'gamer', SECRET, { type: 'steam', digits: 5 }),
    totp('Eight', 'digits', SECRET, { digits: 8 }),
    totp('Icon', 'pic', SECRET, { icon: ICON }),
    ...Array.from({ length: 14 }, (_, i) => totp(`More ${i}`, `m${i}`, SECRET)),
  ]);
  const popupUrl = setup.url();

  // The picture is drawn only when the first rows come within 40 ms (a busy machine may miss that: the app
  // then starts at once, as it should). Open the popup again in that case, a few times at most.
  let shots: string[] = [];
  let page = setup;
  for (let attempt = 0; attempt < 4 && !shots[0]?.startsWith('<main class="popup" inert'); attempt++) {
    page = await setup.context().newPage();
    await page.addInitScript(recordRoot);
    await page.goto(popupUrl);
    await expect(page.getByRole('button', { name: 'Copy code for Pinned & Co (me@example.com)' })).toBeVisible();
    shots = await page.evaluate(() => (window as unknown as { rootShots: string[] }).rootShots);
  }
  expect(shots.length).toBeGreaterThanOrEqual(2);
  const [first, app] = shots as [string, string];

  // The picture is inert (no clicks, no focus, nothing for screen readers until the app takes over).
  expect(first).toMatch(/^<main class="popup" inert="">/);
  // The names are text, not markup.
  expect(first).toContain('&lt;b&gt;Tags&lt;/b&gt; "quoted"');
  expect(first).not.toContain('<b>');
  // Same codes, same rows, same look.
  expect(first).toMatch(/class="code">\d{3} \d{3}</);
  expect(await page.evaluate(canonical, first)).toBe(await page.evaluate(canonical, app));
});
