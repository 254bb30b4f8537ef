import type { BrowserContext, Locator, Page } from '@playwright/test';

/** Base for the extension's own pages (popup, options), opened in a tab. */
class ExtensionPage {
  constructor(
    readonly page: Page,
    readonly url: string,
  ) {}

  async open(): Promise<this> {
    await this.page.goto(this.url);
    return this;
  }

  get status(): Locator {
    return this.page.getByRole('status').first();
  }
}

export class PopupPage extends ExtensionPage {
  static async open(context: BrowserContext, extensionId: string): Promise<PopupPage> {
    return new PopupPage(await context.newPage(), `chrome-extension://${extensionId}/popup.html`).open();
  }
}

/** The options page's sections (`options.html#id`; none: Accounts). */
export type OptionsSection = 'accounts' | 'import-export' | 'security' | 'autofill' | 'skyvern';

/** The options page's URL, at `section` when given. */
export const optionsUrl = (extensionId: string, section?: OptionsSection) =>
  `chrome-extension://${extensionId}/options.html${section ? `#${section}` : ''}`;

export class OptionsPage extends ExtensionPage {
  static async open(context: BrowserContext, extensionId: string, section?: OptionsSection): Promise<OptionsPage> {
    return new OptionsPage(await context.newPage(), optionsUrl(extensionId, section)).open();
  }
}

/** Opens the options page in a new tab, at `section` (e.g. `skyvern`) when given. */
export const openOptions = (context: BrowserContext, extensionId: string, section?: OptionsSection) =>
  OptionsPage.open(context, extensionId, section);
