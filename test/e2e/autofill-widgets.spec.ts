import { AUTO_ADVANCE_PAGE, bundleWidget, widgetPage } from '../widgets/build';
import { codesNow, seedVault } from '../widgets/account';
import { expect, test } from '../support/fixtures';

/**
 * Real OTP widgets from npm (and a hand-written auto-advancing form): after the automatic fill,
 * the widget's OWN state (mirrored into #state) holds the whole code, not just the DOM boxes.
 */

const scripts = { react: '', vue: '', angular: '', svelte: '' };
test.beforeAll(async () => {
  [scripts.react, scripts.vue, scripts.angular, scripts.svelte] = await Promise.all([
    bundleWidget('react-widgets.tsx'),
    bundleWidget('vue-widget.ts'),
    bundleWidget('angular-widget.ts'),
    bundleWidget('svelte-widget.ts'),
  ]);
});

const SCRIPT_OF: Record<string, string> = {
  'vue3-otp-input': '/vue.js',
  'ng-otp-input': '/angular.js',
  'bits-ui-pin-input': '/svelte.js',
};

const WIDGETS = ['input-otp', 'react-otp-input', 'vue3-otp-input', 'ng-otp-input', 'bits-ui-pin-input', 'auto-advance'];
for (const widget of WIDGETS) {
  test(`the code fills the ${widget} widget and lands in its own state`, async ({ context, extensionId, server }) => {
    await seedVault(context, extensionId);
    server.file('/react.js', scripts.react, 'text/javascript');
    server.file('/vue.js', scripts.vue, 'text/javascript');
    server.file('/angular.js', scripts.angular, 'text/javascript');
    server.file('/svelte.js', scripts.svelte, 'text/javascript');
    const body = widget === 'auto-advance' ? AUTO_ADVANCE_PAGE : widgetPage(widget, SCRIPT_OF[widget] ?? '/react.js');
    const url = server.html(`/${widget}`, body);
    const page = await context.newPage();
    await page.goto(url);
    const state = page.locator('#state');
    await expect(state).toHaveText(/^\d{6}$/);
    expect(await codesNow()).toContain(await state.textContent());
  });
}
