/**
 * The low-level moves of a fill: the native value setter and the key, input and change events
 * that frameworks listen to, and a wait for the page to settle after them.
 */

let valueSetter: ((this: HTMLInputElement, value: string) => void) | undefined;

export const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The native setter: frameworks that wrap `value` on the element itself then see a real change. */
export function setValue(el: HTMLInputElement, value: string): void {
  valueSetter ??= Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  valueSetter.call(el, value);
}

export function key(el: Element, type: 'keydown' | 'keypress' | 'keyup', char: string): void {
  const digit = /^\d$/.test(char);
  el.dispatchEvent(
    new KeyboardEvent(type, {
      key: char,
      code: digit ? `Digit${char}` : `Key${char.toUpperCase()}`,
      keyCode: char.toUpperCase().charCodeAt(0),
      which: char.toUpperCase().charCodeAt(0),
      bubbles: true,
      cancelable: true,
      composed: true,
    }),
  );
}

export function beforeInput(el: HTMLInputElement, data: string): boolean {
  return el.dispatchEvent(
    new InputEvent('beforeinput', { bubbles: true, cancelable: true, composed: true, inputType: 'insertText', data }),
  );
}

export function input(el: HTMLInputElement, data: string | null, inputType = 'insertText'): void {
  el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType, data }));
}

export function change(el: HTMLInputElement): void {
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * Resolves once the page has made no DOM change for `quiet` ms (its framework has re-rendered, a
 * server-rendered component has swapped its boxes), or after `max` ms.
 */
export function settle(quiet: number, max: number): Promise<void> {
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout>;
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(deadline);
      resolve();
    };
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(done, quiet);
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
    timer = setTimeout(done, quiet);
    const deadline = setTimeout(done, max);
  });
}
