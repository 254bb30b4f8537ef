import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { startDemoServer } from '../server/demo/serve';
import { extensionIdOf, extensionWorker, launchWithExtension } from '../test/support/launch';
import { createVault, seedAccounts, totp } from '../test/support/vault';

/** What every shot can use: one profile holding a demo vault, and the local demo login page. */
export interface ShotSession {
  context: BrowserContext;
  extensionId: string;
  /** The demo login page (127.0.0.1), whose site two of the demo accounts hold. */
  loginUrl: string;
}

/** One picture, written as `NAME-light.png` and `NAME-dark.png`. */
export interface Shot {
  name: string;
  /** Opens a page showing the view and answers what to capture (the page: its full height). */
  open(session: ShotSession): Promise<Locator | Page>;
  /** Pixels of the page kept left, right and below a captured element (above is the section before it). */
  margin?: number;
}

export const COLOR_SCHEMES = ['light', 'dark'] as const;
const PASSWORD = 'otpilot screenshots';
/** 2026-01-01T00:00:21Z: 9 s left in a 30 s window, so the popup also shows the next codes. */
const AT = Date.UTC(2026, 0, 1, 0, 0, 21);
const DEMO_ACCOUNTS = [
  totp('GitHub', 'octo@example.com', 'JBSWY3DPEHPK3PXP', { websites: ['github.com'], pinned: true }),
  totp('Google', 'me@gmail.com', 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'),
  totp('Demo bank', 'demo@otpilot.test', 'KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU', { websites: ['127.0.0.1'] }),
  totp('Demo bank', 'joint account', 'MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U', { websites: ['127.0.0.1'] }),
  totp('Acme Cloud', 'ops', 'JBSWY3DPEHPK3PXP', { digits: 8, algorithm: 'SHA256' }),
  totp('Steam', 'gamer', 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', { type: 'steam', digits: 5 }),
];
/** The small otpauth:// list the import preview shot reads. */
const IMPORT_LIST = [
  'otpauth://totp/Dropbox:me%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Dropbox',
  'otpauth://totp/AWS:root?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=AWS&algorithm=SHA256&digits=8',
  'otpauth://hotp/Bank:card?secret=KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU&issuer=Bank&counter=3',
].join('\n');

async function extensionPage(session: ShotSession, path: string, width: number, height: number): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  return page;
}

async function optionsPage(session: ShotSession, hash: string): Promise<Page> {
  const page = await extensionPage(session, `options.html${hash ? `#${hash}` : ''}`, 900, 800);
  await expect(page.getByText('Ready', { exact: true })).toBeVisible();
  return page;
}

/** The options page, or one of its sections by URL hash (`optionsShot('options-security', 'security')`). */
export function optionsShot(name: string, hash = ''): Shot {
  return { name, open: (session) => optionsPage(session, hash) };
}

export const SHOTS: Shot[] = [
  {
    name: 'popup',
    async open(session) {
      const page = await extensionPage(session, 'popup.html', 400, 560);
      await page.clock.setFixedTime(AT);
      await page.reload();
      await expect(page.getByTestId('next-code').first()).toBeVisible();
      return page.locator('main.popup');
    },
  },
  {
    name: 'chip',
    async open(session) {
      const page = await session.context.newPage();
      await page.setViewportSize({ width: 640, height: 480 });
      await page.goto(session.loginUrl);
      await expect(page.locator('otpilot-chip').first()).toBeVisible();
      return page;
    },
  },
  optionsShot('options'),
  optionsShot('options-security', 'security'),
  optionsShot('options-skyvern', 'skyvern'),
  {
    name: 'import-preview',
    margin: 16,
    async open(session) {
      const page = await optionsPage(session, 'import-export');
      const file = { name: 'accounts.txt', mimeType: 'text/plain', buffer: Buffer.from(IMPORT_LIST) };
      await page.getByLabel('Import file').setInputFiles(file);
      const section = page.getByRole('region', { name: 'Import from another app' });
      await expect(section.getByRole('button', { name: 'Import 3 accounts' })).toBeVisible();
      return section;
    },
  },
];

async function capture(target: Locator | Page, path: string, margin: number): Promise<void> {
  if (!('page' in target)) return void (await target.screenshot({ path, fullPage: true }));
  if (!margin) return void (await target.screenshot({ path }));
  await target.scrollIntoViewIfNeeded();
  const box = (await target.boundingBox())!;
  const x = Math.max(0, box.x - margin);
  const clip = { x, y: box.y, width: box.x + box.width + margin - x, height: box.height + margin };
  await target.page().screenshot({ path, clip });
}

/** Opens a fresh profile with the demo vault, takes every shot in both color schemes into `dir`; answers the files. */
export async function takeScreenshots(dir: string, shots: Shot[] = SHOTS): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const demo = await startDemoServer();
  const launched = await launchWithExtension();
  const written: string[] = [];
  try {
    const extensionId = extensionIdOf(await extensionWorker(launched.context));
    const setup = await launched.context.newPage();
    await setup.goto(`chrome-extension://${extensionId}/options.html`);
    await createVault(setup, PASSWORD);
    await seedAccounts(setup, DEMO_ACCOUNTS);
    await setup.close();
    const session = { context: launched.context, extensionId, loginUrl: demo.url };
    for (const shot of shots) {
      const target = await shot.open(session);
      const page = 'page' in target ? target.page() : target;
      for (const colorScheme of COLOR_SCHEMES) {
        await page.emulateMedia({ colorScheme });
        const path = join(dir, `${shot.name}-${colorScheme}.png`);
        await capture(target, path, shot.margin ?? 0);
        written.push(path);
      }
      await page.close();
    }
  } finally {
    await launched.close();
    demo.server.close();
  }
  return written;
}
