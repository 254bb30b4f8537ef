import type { Page } from '@playwright/test';

/** The code each row of the popup shows now, by its account label (`Issuer (account)`), spaces taken out. */
export async function shownCodes(page: Page): Promise<Record<string, string>> {
  const rows = await page
    .locator('.row')
    .evaluateAll((els) =>
      els.map((r) => [r.getAttribute('aria-label') ?? '', r.querySelector('.code-button .code')?.textContent ?? '']),
    );
  return Object.fromEntries(rows.map(([label, code]) => [label, code!.replace(/\s/g, '')]));
}
