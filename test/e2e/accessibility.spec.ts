import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { createVault, seedAccounts, totp } from '../support/vault';

const PASSWORD = 'correct horse battery staple';
const SECRET = 'JBSWY3DPEHPK3PXP';

/** The serious and critical axe violations on the page as it is now, one line each (rule, target, summary). */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} ${n.target.join(' ')}: ${n.failureSummary ?? v.help}`));
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test('every popup view has no serious or critical axe violation', async ({ openPopup }) => {
      const { page } = await openPopup();
      await page.emulateMedia({ colorScheme });
      const found: Record<string, string[]> = {};

      await expect(page.getByRole('button', { name: 'Create vault' })).toBeVisible();
      found['first run'] = await seriousViolations(page);

      await createVault(page, PASSWORD);
      await seedAccounts(page, [
        totp('GitHub', 'octo', SECRET, { pinned: true }),
        totp('Counter', 'hotp', SECRET, { type: 'hotp', counter: 3 }),
        totp('Steam', 'gamer', SECRET, { type: 'steam', digits: 5 }),
      ]);
      await page.reload();
      await expect(page.getByRole('button', { name: 'Copy code for GitHub (octo)' })).toBeVisible();
      found['list'] = await seriousViolations(page);

      await page.getByRole('button', { name: 'Add account' }).click();
      await expect(page.getByLabel('Secret key or otpauth URI')).toBeVisible();
      found['add form'] = await seriousViolations(page);
      await page.getByRole('button', { name: 'Cancel' }).click();

      await page.getByRole('button', { name: 'Edit GitHub (octo)' }).click();
      await expect(page.getByLabel('Issuer')).toHaveValue('GitHub');
      found['edit form'] = await seriousViolations(page);
      await page.getByRole('button', { name: 'Cancel' }).click();

      await page.getByRole('button', { name: 'Lock' }).click();
      await expect(page.getByRole('button', { name: 'Unlock' })).toBeVisible();
      found['locked'] = await seriousViolations(page);

      expect(found).toEqual({ 'first run': [], list: [], 'add form': [], 'edit form': [], locked: [] });
    });

    test('the options page has no serious or critical axe violation, locked and unlocked', async ({ openOptions }) => {
      const { page } = await openOptions();
      await page.emulateMedia({ colorScheme });
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const empty = await seriousViolations(page);

      await createVault(page, PASSWORD);
      await page.reload();
      await expect(page.getByRole('button', { name: 'Change password' })).toBeVisible();
      const unlocked = await seriousViolations(page);

      expect({ empty, unlocked }).toEqual({ empty: [], unlocked: [] });
    });
  });
}
