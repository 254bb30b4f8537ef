import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { codesNow } from '../widgets/account';

// The popup's main flows with the keyboard alone (no click anywhere): create the vault, add an account by its
// secret, copy a code, lock and unlock. Every control reached this way shows where the focus is.

const PASSWORD = 'correct horse battery staple';
const SECRET = 'JBSWY3DPEHPK3PXP';

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails if it is not reached in `max` presses. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 30): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

/** How the element is drawn: outline and box-shadow, and whether it matches :focus-visible. */
const ring = (target: Locator) =>
  target.evaluate((el) => {
    const style = getComputedStyle(el);
    return {
      focusVisible: el.matches(':focus-visible'),
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      boxShadow: style.boxShadow,
    };
  });

/** Reaches `target` by Tab and checks the focus can be seen on it: it is drawn otherwise than without focus. */
async function tabToVisibly(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  const before = await ring(target);
  await tabTo(page, target, key);
  const focused = await ring(target);
  expect(focused.focusVisible).toBe(true);
  expect({ outline: focused.outline, boxShadow: focused.boxShadow }).not.toEqual({
    outline: before.outline,
    boxShadow: before.boxShadow,
  });
  expect(focused.outline.startsWith('none') && focused.boxShadow === 'none').toBe(false);
}

test('create, add, copy, lock and unlock with the keyboard alone, the focus always visible', async ({
  context,
  openPopup,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { page } = await openPopup();

  // First run: the password field has the focus; Enter in the form creates the vault.
  await expect(page.getByLabel('Master password', { exact: true })).toBeFocused();
  await page.keyboard.type(PASSWORD);
  await tabTo(page, page.getByLabel('Confirm master password'));
  await page.keyboard.type(PASSWORD);
  await tabToVisibly(page, page.getByRole('button', { name: 'Create vault' }));
  await page.keyboard.press('Enter');

  // Add an account by its secret: Enter opens the form, Space on Save saves it.
  const add = page.getByRole('button', { name: 'Add account' });
  await expect(add).toBeVisible();
  await tabToVisibly(page, add);
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Secret key or otpauth URI')).toBeFocused();
  await page.keyboard.type(SECRET);
  await tabTo(page, page.getByLabel('Issuer'));
  await page.keyboard.type('GitHub');
  await tabTo(page, page.getByLabel('Account name'));
  await page.keyboard.type('octo');
  await tabToVisibly(page, page.getByRole('button', { name: 'Save', exact: true }));
  await page.keyboard.press('Space');

  // Copy: Enter on the code button.
  const code = page.getByRole('button', { name: 'Copy code for GitHub (octo)' });
  await expect(code).toBeVisible();
  await tabToVisibly(page, code);
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^Copied code for GitHub \(octo\)/)).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(await codesNow(SECRET)).toContain(copied);

  // Lock (back with Shift+Tab), then unlock with the password and Enter.
  await tabToVisibly(page, page.getByRole('button', { name: 'Lock' }), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeVisible();
  await expect(page.getByLabel('Master password')).toBeFocused();
  await page.keyboard.type('wrong password');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toBeVisible();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await expect(code).toBeVisible();
});
