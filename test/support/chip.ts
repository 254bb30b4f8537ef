import type { Page } from '@playwright/test';

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
