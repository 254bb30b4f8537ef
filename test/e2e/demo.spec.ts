import { startDemoServer } from '../../server/demo/serve';
import { expect, test } from '../support/fixtures';
import { totp } from '../support/vault';
import { codesNow, SECRET, seedVault } from '../widgets/account';

// What the README's "Try it" promises: the demo secret with the website 127.0.0.1 fills the demo login page.
test('the npm start demo login page gets the code of the account added as the README says', async ({
  context,
  extensionId,
}) => {
  const demo = await startDemoServer();
  try {
    await seedVault(context, extensionId, [
      totp('Demo bank', 'demo@otpilot.test', SECRET, { websites: ['127.0.0.1'] }),
    ]);
    const page = await context.newPage();
    await page.goto(demo.url);
    const single = page.getByLabel('Verification code');
    const split = page.getByRole('group', { name: 'Security code' }).getByRole('textbox');
    const filled = async () => {
      const boxes = await split.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value).join(''));
      return (await single.inputValue()) || boxes;
    };
    await expect.poll(filled).toMatch(/^\d{6}$/);
    expect(await codesNow()).toContain(await filled());
  } finally {
    demo.server.closeAllConnections();
    demo.server.close();
  }
});
