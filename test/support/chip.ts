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

/**
 * The chip lives in a closed shadow root, out of reach of Playwright's locators. The browser's
 * accessibility tree sees it as a screen reader does: these helpers read its buttons' names there and
 * click a button where it is drawn, as a user would.
 */

interface AxNode {
  role?: { value?: string };
  name?: { value?: string };
  backendDOMNodeId?: number;
  ignored?: boolean;
}

async function chipButtonNodes(page: Page): Promise<{ name: string; backendDOMNodeId: number }[]> {
  const session = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await session.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    return nodes
      .filter((n) => !n.ignored && n.role?.value === 'button' && n.backendDOMNodeId !== undefined)
      .map((n) => ({ name: n.name?.value ?? '', backendDOMNodeId: n.backendDOMNodeId! }));
  } finally {
    await session.detach();
  }
}

/** The names of every button on the page (the chip's among them). */
export async function buttonNames(page: Page): Promise<string[]> {
  return (await chipButtonNodes(page)).map((n) => n.name);
}

/** Clicks the button named `name` (a string: exact, or a pattern) where it is drawn. */
export async function clickButton(page: Page, name: string | RegExp): Promise<void> {
  const node = (await chipButtonNodes(page)).find((n) =>
    typeof name === 'string' ? n.name === name : name.test(n.name),
  );
  if (!node) throw new Error(`No button named ${String(name)}`);
  const session = await page.context().newCDPSession(page);
  try {
    const { model } = (await session.send('DOM.getBoxModel', { backendNodeId: node.backendDOMNodeId })) as {
      model: { content: number[] };
    };
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  } finally {
    await session.detach();
  }
}
