import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCode } from '../../lib/otp/generate';
import { SITE_ORIGINS } from '../../lib/site-access/origins';
import { TestServer } from '../support/static-server';
import { launchFirefox, type FirefoxWithExtension } from './firefox';
import { byLabel, byRole, copyButton, poll, shownCode, waitForText } from './ui';

const PASSWORD = 'correct horse battery staple';
const SECRET = 'JBSWY3DPEHPK3PXP';
const CLEAR_SECONDS = 2;
const GITHUB = 'GitHub (me)';

/** The codes of SECRET a check may see around now (this window, the one before, the one after). */
async function codesNow(secret = SECRET): Promise<string[]> {
  const p = { type: 'totp' as const, secret, algorithm: 'SHA1' as const, digits: 6, period: 30, counter: 0 };
  const now = Date.now();
  return Promise.all([now, now - 30_000, now + 30_000].map((t) => generateCode(p, t)));
}

const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

// One Firefox for the whole suite; each step starts where the previous one left the extension.
describe('OTPilot in Firefox', () => {
  let ff: FirefoxWithExtension;
  let server: TestServer;
  let popup: Page;

  beforeAll(async () => {
    [ff, server] = await Promise.all([launchFirefox(), new TestServer().start()]);
  });
  afterAll(async () => {
    await Promise.all([ff?.close(), server?.stop()]);
  });

  it('creates a vault in the popup', async () => {
    popup = await ff.open(`${ff.origin}/popup.html`);
    await (await byLabel(popup, 'Master password')).fill(PASSWORD);
    await (await byLabel(popup, 'Confirm master password')).fill(PASSWORD);
    await byRole(popup, 'button', 'Create vault').click();
    await byRole(popup, 'button', 'Lock').setTimeout(30_000).wait();
    await waitForText(popup, 'No accounts yet');
  });

  it('adds an account and shows its current code', async () => {
    await byRole(popup, 'button', 'Add account').click();
    await (await byLabel(popup, 'Secret key or otpauth URI')).fill(SECRET);
    await (await byLabel(popup, 'Issuer')).fill('GitHub');
    await (await byLabel(popup, 'Account name')).fill('me');
    await (await byLabel(popup, 'Websites')).fill('127.0.0.1');
    await byRole(popup, 'button', 'Save').click();
    expect(await codesNow()).toContain(await shownCode(popup, GITHUB));
  });

  it('locks and unlocks', async () => {
    await byRole(popup, 'button', 'Lock').click();
    await (await byLabel(popup, 'Master password')).fill(PASSWORD);
    await byRole(popup, 'button', 'Unlock').click();
    expect(await codesNow()).toContain(await shownCode(popup, GITHUB));
  });

  it('copies a code and clears the clipboard after the configured time', async () => {
    await popup.evaluate(
      (seconds) =>
        browser.storage.local.set({
          settings: { autoLockMinutes: 15, autoFill: true, clipboardClearSeconds: seconds },
        }),
      CLEAR_SECONDS,
    );
    await (await copyButton(popup, GITHUB)).click();
    await waitForText(popup, `Clipboard clears in ${CLEAR_SECONDS} s`);
    expect(await codesNow()).toContain(await readClipboard(popup));
    await poll(
      () => readClipboard(popup),
      (text) => text === '',
      (CLEAR_SECONDS + 5) * 1000,
    );
  });

  it('fills the code field of a local sign-in page', async () => {
    const url = server.html(
      '/verify',
      '<!doctype html><h1>Sign in</h1><label>Verification code <input id="otp" autocomplete="one-time-code"></label>',
    );
    const page = await ff.open(url);
    const filled = await poll(
      () => page.$eval('#otp', (input) => (input as HTMLInputElement).value),
      (value) => value !== '',
    );
    expect(await codesNow()).toContain(filled);
    await page.close();
  });

  it('imports a file of otpauth links on the options page', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'otpilot-firefox-')), 'otpauth-list.txt');
    const other = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
    writeFileSync(
      file,
      `otpauth://totp/Acme:ops?secret=${other}&issuer=Acme\notpauth://totp/Initech:bob?secret=KRSXG5CT\n`,
    );
    const options = await ff.open(`${ff.origin}/options.html#import-export`);
    const input = await (await byLabel(options, 'Import file')).waitHandle();
    await (input as ElementHandle<HTMLInputElement>).uploadFile(file);
    await byRole(options, 'button', 'Import 2 accounts').click();
    await waitForText(options, 'Added 2 accounts.');
    await options.close();
    rmSync(dirname(file), { recursive: true });
    expect(await codesNow(other)).toContain(await shownCode(popup, 'Acme (ops)'));
  });

  it('asks for access to websites when the user has withheld it', async () => {
    const options = await ff.open(`${ff.origin}/options.html#autofill`);
    const origins = SITE_ORIGINS;
    // What the user does in about:addons → OTPilot → Permissions.
    expect(await options.evaluate((o) => browser.permissions.remove({ origins: o }), origins)).toBe(true);
    await waitForText(popup, 'OTPilot cannot fill codes on websites');
    await waitForText(options, 'OTPilot cannot fill codes on websites');
    await byRole(options, 'button', 'Allow access to websites').click();
    await poll(
      () => options.evaluate((o) => browser.permissions.contains({ origins: o }), origins),
      (granted) => granted,
    );
    await poll(
      () => options.evaluate(() => document.body.innerText.includes('OTPilot cannot fill codes')),
      (shown) => !shown,
    );
    await options.close();
  });
});
