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

export class OptionsPage extends ExtensionPage {
  static async open(context: BrowserContext, extensionId: string): Promise<OptionsPage> {
    return new OptionsPage(await context.newPage(), `chrome-extension://${extensionId}/options.html`).open();
  }
}
