import { test as base, type BrowserContext, type Worker } from '@playwright/test';
import { extensionIdOf, extensionWorker, launchWithExtension } from './launch';
import { OptionsPage, PopupPage, type OptionsSection } from './pages';
import { SiteServer } from './sites';
import { TestServer } from './static-server';

export interface ExtensionFixtures {
  /** A fresh Chromium profile with the built extension loaded. */
  context: BrowserContext;
  /** The extension's background service worker. */
  serviceWorker: Worker;
  extensionId: string;
  /** Opens the popup in a tab. */
  openPopup: () => Promise<PopupPage>;
  /** Opens the options page in a tab, at `section` (`options.html#skyvern`) when given; else Accounts. */
  openOptions: (section?: OptionsSection) => Promise<OptionsPage>;
  /** A local HTTP server on 127.0.0.1 for test pages and fake remote services. */
  server: TestServer;
  /** Pages on realistic hosts (`bank.test`, `ads.test`...) over https and http (see `sites.ts`). */
  sites: SiteServer;
}

export const test = base.extend<ExtensionFixtures>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const launched = await launchWithExtension();
    await use(launched.context);
    await launched.close();
  },
  serviceWorker: async ({ context }, use) => {
    await use(await extensionWorker(context));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(extensionIdOf(serviceWorker));
  },
  openPopup: async ({ context, extensionId }, use) => {
    await use(() => PopupPage.open(context, extensionId));
  },
  openOptions: async ({ context, extensionId }, use) => {
    await use((section) => OptionsPage.open(context, extensionId, section));
  },
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const server = await new TestServer().start();
    await use(server);
    await server.stop();
  },
  // eslint-disable-next-line no-empty-pattern
  sites: async ({}, use) => {
    const sites = await new SiteServer().start();
    await use(sites);
    await sites.stop();
  },
});

export { expect } from '@playwright/test';
