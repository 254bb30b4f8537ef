import type { BrowserContext, CDPSession } from '@playwright/test';
import { generateCode } from '../../lib/otp/generate';
import { triggerAction } from '../support/cdp';
import { expect, test } from '../support/fixtures';
import { createVault, seedAccounts, totp } from '../support/vault';

const SECRET = 'JBSWY3DPEHPK3PXP';

/**
 * Evaluates `expression` in the real action popup. Playwright does not attach to it, so this goes
 * through the browser's CDP session (Target.attachToTarget + sendMessageToTarget).
 */
async function evaluateInPopup(session: CDPSession, extensionId: string, expression: string): Promise<unknown> {
  const { targetInfos } = (await session.send('Target.getTargets', {} as never)) as unknown as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  const popup = targetInfos.find((t) => t.type === 'page' && t.url === `chrome-extension://${extensionId}/popup.html`);
  if (!popup) return undefined;
  const { sessionId } = (await session.send('Target.attachToTarget', {
    targetId: popup.targetId,
    flatten: false,
  } as never)) as unknown as { sessionId: string };
  const answer = new Promise<unknown>((resolve) => {
    const onMessage = (event: { sessionId: string; message: string }) => {
      const message = JSON.parse(event.message) as { id: number; result?: { result?: { value?: unknown } } };
      if (event.sessionId !== sessionId || message.id !== 1) return;
      session.off('Target.receivedMessageFromTarget' as never, onMessage as never);
      resolve(message.result?.result?.value);
    };
    session.on('Target.receivedMessageFromTarget' as never, onMessage as never);
  });
  await session.send('Target.sendMessageToTarget', {
    sessionId,
    message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression, returnByValue: true } }),
  } as never);
  const value = await answer;
  // A click that fills the page closes the popup, and its session with it: nothing left to detach then.
  await session.send('Target.detachFromTarget', { sessionId } as never).catch(() => undefined);
  return value;
}

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
