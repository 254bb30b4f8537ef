import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { chromiumArgs, findChromium, HOW_TO_GET_CHROMIUM, TEST_SITE_ARGS } from './chromium';
import { EXTENSION_PATH } from './paths';

export interface LaunchedExtension {
  context: BrowserContext;
  userDataDir: string;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

/**
 * Launches Debian's Chromium with the built extension in a (new or given) profile. `lang` ("de") is the
 * browser's language: `--lang` alone makes `chrome.i18n` answer from that locale (Debian's Chromium, headless
 * included, even without its own translations installed; LANG/LANGUAGE in the environment change nothing).
 */
export async function launchWithExtension(
  userDataDir?: string,
  options: { lang?: string } = {},
): Promise<LaunchedExtension> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(HOW_TO_GET_CHROMIUM);
  const dir = userDataDir ?? mkdtempSync(join(tmpdir(), 'otpilot-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath,
    headless: process.env.HEADED !== '1',
    args: [...chromiumArgs(EXTENSION_PATH), ...TEST_SITE_ARGS, ...(options.lang ? [`--lang=${options.lang}`] : [])],
    ignoreDefaultArgs: ['--disable-extensions'],
  });
  return {
    context,
    userDataDir: dir,
    async close(options) {
      await context.close();
      if (!options?.keepProfile) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The extension's service worker, waiting for it if it has not started yet. */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const running = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  return running ?? (await context.waitForEvent('serviceworker', (w) => w.url().startsWith('chrome-extension://')));
}

export function extensionIdOf(worker: Worker): string {
  return new URL(worker.url()).host;
}
