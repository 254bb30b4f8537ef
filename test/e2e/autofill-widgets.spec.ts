import { AUTO_ADVANCE_PAGE, PASTE_SPREAD_PAGE, SERVER_RENDERED_PAGE } from '../widgets/hand-written';
import { bundleWidget, widgetPage, type WidgetEntry } from '../widgets/build';
import { codesNow, seedVault } from '../widgets/account';
import { expect, test } from '../support/fixtures';

/**
 * The widget gauntlet: real OTP / PIN widgets from npm (and hand-written forms), each on a page
 * headed like a two-factor step. After the automatic fill, the widget's OWN state (what it reports
 * through onChange / v-model / its form control, mirrored into #state) holds the whole code, not
 * just the DOM boxes. One browser context per framework, one page per widget.
 */

const FRAMEWORKS: Record<string, { entry: WidgetEntry; widgets: string[] }> = {
  React: {
    entry: 'react-widgets.tsx',
    widgets: [
      'input-otp',
      'react-otp-input',
      'radix-one-time-password-field',
      'antd-input-otp',
      'mantine-pin-input',
      'chakra-pin-input',
      'ark-pin-input',
      'zag-pin-input',
      'mui-one-time-password-input',
      'react-verification-input',
      'react-auth-code-input',
      'react-pin-field',
    ],
  },
  Vue: {
    entry: 'vue-widgets.ts',
    widgets: [
      'vue3-otp-input',
      'vue-input-otp',
      'reka-pin-input',
      'primevue-input-otp',
      // One 1×1 transparent input under six boxes it draws: seen as the boxes it stands for (isVisibleField).
      'vuetify-otp-input',
      'naive-ui-input-otp',
      'element-plus-input-otp',
    ],
  },
  Angular: { entry: 'angular-widgets.ts', widgets: ['ng-otp-input', 'primeng-input-otp'] },
  Svelte: { entry: 'svelte-widgets.ts', widgets: ['bits-ui-pin-input', 'melt-ui-pin-input'] },
  'web components': { entry: 'web-component-widgets.ts', widgets: ['ionic-input-otp'] },
};

const HAND_WRITTEN: Record<string, string> = {
  'auto-advance': AUTO_ADVANCE_PAGE,
  'paste-spreading': PASTE_SPREAD_PAGE,
  'server-rendered': SERVER_RENDERED_PAGE,
};

for (const [framework, { entry, widgets }] of Object.entries(FRAMEWORKS)) {
  test(`${framework} widgets hold the whole code in their own state`, async ({ context, extensionId, server }) => {
    // Bundling (Svelte compiles its components) takes several seconds on a busy 2-core machine.
    test.setTimeout(60_000 + widgets.length * 10_000);
    const [bundle] = await Promise.all([bundleWidget(entry), seedVault(context, extensionId)]);
    server.file('/widget.js', bundle.js, 'text/javascript');
    server.file('/widget.css', bundle.css, 'text/css');
    for (const widget of widgets) {
      await expectCodeInState(context, widget, server.html(`/${widget}`, widgetPage(widget, '/widget.js')));
    }
  });
}

test('hand-written forms hold the whole code in their own state', async ({ context, extensionId, server }) => {
  await seedVault(context, extensionId);
  for (const [name, html] of Object.entries(HAND_WRITTEN)) {
    await expectCodeInState(context, name, server.html(`/${name}`, html));
  }
});

/** Opens the widget's page and checks its own state; a failure is recorded and the next widget runs. */
async function expectCodeInState(context: import('@playwright/test').BrowserContext, widget: string, url: string) {
  await test.step(widget, async () => {
    const page = await context.newPage();
    await page.goto(url);
    const state = page.locator('#state');
    await expect.soft(state, `${widget}: its own state holds the code`).toHaveText(/^\d{6}$/);
    const held = (await state.textContent()) ?? '';
    if (/^\d{6}$/.test(held)) expect.soft(await codesNow(), `${widget}: the code is the account's`).toContain(held);
    await page.close();
  });
}
