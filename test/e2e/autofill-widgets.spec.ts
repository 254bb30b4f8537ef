import { AUTO_ADVANCE_PAGE, bundleWidget, widgetPage } from '../widgets/build';
import { codesNow, seedVault } from '../widgets/account';
import { expect, test } from '../support/fixtures';

/**
 * Real OTP widgets from npm (and a hand-written auto-advancing form): after the automatic fill,
 * the widget's OWN state (mirrored into #state) holds the whole code, not just the DOM boxes.
 */

let reactScript = '';
let vueScript = '';
test.beforeAll(async () => {
  [reactScript, vueScript] = await Promise.all([bundleWidget('react-widgets.tsx'), bundleWidget('vue-widget.ts')]);
});

for (const widget of ['input-otp', 'react-otp-input', 'vue3-otp-input', 'auto-advance']) {
  test(`the code fills the ${widget} widget and lands in its own state`, async ({ context, extensionId, server }) => {
    await seedVault(context, extensionId);
    server.file('/react.js', reactScript, 'text/javascript');
    server.file('/vue.js', vueScript, 'text/javascript');
    const body =
      widget === 'auto-advance'
        ? AUTO_ADVANCE_PAGE
        : widgetPage(widget, widget === 'vue3-otp-input' ? '/vue.js' : '/react.js');
    const url = server.html(`/${widget}`, body);
    const page = await context.newPage();
    await page.goto(url);
    const state = page.locator('#state');
    await expect(state).toHaveText(/^\d{6}$/);
    expect(await codesNow()).toContain(await state.textContent());
  });
}
