import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Clicks the chip as a user does (it lives in a closed shadow root: at a point of it, `dx` px from its
 * left edge), again until `done()` holds. The chip ignores clicks within 500 ms of appearing or moving,
 * so the first click may well not count, as for a user who clicks the instant it shows.
 */
export async function clickChipUntil(page: Page, chip: Locator, done: () => Promise<boolean>, dx = 12): Promise<void> {
  await expect
    .poll(
      async () => {
        if (await done()) return true;
        const box = await chip.boundingBox();
        if (box) await page.mouse.click(box.x + dx, box.y + Math.min(box.height / 2, 12));
        return false;
      },
      { intervals: [250, 250, 500] },
    )
    .toBe(true);
}
