import type { ElementHandle, Locator, Page } from 'puppeteer-core';

/** The element with this ARIA role and exact accessible name (what a screen reader announces). */
export function byRole(page: Page, role: string, name: string): Locator<Element> {
  return page.locator(`::-p-aria([name=${JSON.stringify(name)}][role=${JSON.stringify(role)}])`);
}

/**
 * The form field whose accessible name (its label) is `name`. Firefox gives the <label> that name
 * too (and a file input none of its own): a label match stands for the control it labels.
 */
export async function byLabel(page: Page, name: string, timeout = 10_000): Promise<Locator<Element>> {
  const control = await poll(
    async () => {
      for (const match of await page.$$(`::-p-aria([name=${JSON.stringify(name)}])`)) {
        const handle = await match.evaluateHandle((el) => (el instanceof HTMLLabelElement ? el.control : el));
        const element = handle.asElement();
        if (element && (await element.evaluate((el) => (el as Element).matches('input, textarea, select'))))
          return element;
      }
      return null;
    },
    (element) => element !== null,
    timeout,
  );
  return (control as ElementHandle<Element>).asLocator();
}

/** Waits until the page shows `text` somewhere in its visible text. */
export async function waitForText(page: Page, text: string, timeout = 10_000): Promise<void> {
  await page.waitForFunction((t) => document.body.innerText.includes(t), { timeout, polling: 100 }, text);
}

/** Polls `read` until it answers something `accept` takes (or throws with the last answer). */
export async function poll<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T;
  do {
    last = await read();
    if (accept(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  } while (Date.now() < deadline);
  throw new Error(`Still ${JSON.stringify(last)} after ${timeout} ms`);
}

/**
 * An account's copy button. Its accessible name is its content, the visible code first ("260 025, Copy code for
 * GitHub (octo)"), and ::-p-aria matches whole names only, so the button is found by how its content ends.
 */
export async function copyButton(page: Page, label: string, timeout = 10_000): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(
    (end: string) => [...document.querySelectorAll('button')].find((b) => (b.textContent ?? '').endsWith(end)),
    { timeout },
    `, Copy code for ${label}`,
  );
  return handle as ElementHandle<Element>;
}

/** The code shown on an account's copy button, digits only. */
export async function shownCode(page: Page, label: string): Promise<string> {
  const button = await copyButton(page, label);
  const text = await button.evaluate((el) => el.querySelector('.code')?.textContent ?? '');
  return text.replace(/\s/g, '');
}
