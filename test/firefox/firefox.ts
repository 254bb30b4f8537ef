import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { OUT_DIR } from '../support/paths';

/** The Firefox build (`npm run build:firefox`). */
export const FIREFOX_EXTENSION_PATH = resolve(OUT_DIR, 'firefox-mv3');
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const HOW_TO_GET_FIREFOX =
  `No Firefox at ${FIREFOX_PATH}: install it (Debian/Ubuntu: sudo apt-get install -y firefox-esr) ` +
  'or set FIREFOX_PATH.';

/** What puppeteer's BiDi frame has beyond its public type: the browsing context (BiDi `browsingContext.navigate`). */
interface BidiFrame {
  browsingContext: { navigate(url: string, wait: 'complete'): Promise<unknown> };
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** The extension's origin, `moz-extension://UUID` (fixed by a pref, so that tests can open its pages). */
  origin: string;
  /** A new tab showing `url` (an extension page or a web page), loaded. */
  open(url: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Starts firefox-esr headless, driven over WebDriver BiDi (puppeteer-core), with the built
 * extension installed as a temporary add-on (which holds its host permissions, like a user who
 * accepted them at install). DEBUG_FIREFOX=1 prints the browser's and the extension's console.
 */
export async function launchFirefox(): Promise<FirefoxWithExtension> {
  if (!existsSync(FIREFOX_PATH)) throw new Error(HOW_TO_GET_FIREFOX);
  const manifest = JSON.parse(readFileSync(resolve(FIREFOX_EXTENSION_PATH, 'manifest.json'), 'utf8'));
  const geckoId: string = manifest.browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  const debug = process.env.DEBUG_FIREFOX === '1';
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: process.env.HEADED !== '1',
    // Lets the remote agent open moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    dumpio: debug,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      // permissions.request() grants without a prompt (no one is there to click it).
      'extensions.webextOptionalPermissionPrompts': false,
      ...(debug ? { 'devtools.console.stdout.content': true, 'browser.dom.window.dump.enabled': true } : {}),
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_PATH);
  const origin = `moz-extension://${uuid}`;
  return {
    browser,
    origin,
    async open(url) {
      const page = await browser.newPage();
      // page.goto() times out on moz-extension:// (a remote-agent quirk); BiDi's navigate does not.
      await (page.mainFrame() as unknown as BidiFrame).browsingContext.navigate(url, 'complete');
      return page;
    },
    close: () => browser.close(),
  };
}
