import { deepActiveElement } from './collect';
import { isVisibleField } from './visibility';

/**
 * Puts one code into a single input or a group of boxes so that the page's framework takes it,
 * trying strategies in turn and reading back after each: native setter + events per box, a paste,
 * then typing one character at a time into whichever box has focus (auto-advancing widgets).
 */

let valueSetter: ((this: HTMLInputElement, value: string) => void) | undefined;
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Inputs we filled (so a fallback may clear them again; anything else is the user's). */
const ours = new WeakSet<HTMLInputElement>();

/** True when every input is empty or holds only what we put there. */
export function untouchedByUser(inputs: HTMLInputElement[]): boolean {
  return inputs.every((el) => el.value === '' || ours.has(el));
}

export async function fillCode(inputs: HTMLInputElement[], code: string): Promise<boolean> {
  // Whoever asked (automatic fill, chip, shortcut, menu, popup): never into a field the user cannot see.
  if (inputs.length === 0 || !untouchedByUser(inputs) || !inputs.every(isVisibleField)) return false;
  const strategies = [setEach, paste, typeIntoFocused];
  for (const strategy of strategies) {
    await strategy(inputs, code);
    await tick();
    if (holds(inputs, code)) {
      inputs.forEach((el) => ours.add(el));
      return true;
    }
    await clear(inputs);
  }
  return false;
}

function chunks(inputs: HTMLInputElement[], code: string): string[] {
  if (inputs.length === 1) return [code];
  return inputs.map((_, i) => (i === inputs.length - 1 ? code.slice(i) : code.charAt(i)));
}

function holds(inputs: HTMLInputElement[], code: string): boolean {
  if (inputs.length === 1) return inputs[0]!.value.replace(/\s/g, '') === code;
  return inputs.map((el) => el.value).join('') === code;
}

/** The native setter: frameworks that wrap `value` on the element itself then see a real change. */
function setValue(el: HTMLInputElement, value: string): void {
  valueSetter ??= Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  valueSetter.call(el, value);
}

function key(el: Element, type: 'keydown' | 'keypress' | 'keyup', char: string): void {
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

function inputEvents(el: HTMLInputElement, data: string): void {
  el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Strategy 1: the native value setter and the events frameworks listen to, box by box. */
async function setEach(inputs: HTMLInputElement[], code: string): Promise<void> {
  const parts = chunks(inputs, code);
  for (const [i, el] of inputs.entries()) {
    const part = parts[i] ?? '';
    el.focus();
    await tick();
    key(el, 'keydown', part.charAt(0));
    setValue(el, part);
    inputEvents(el, part);
    key(el, 'keyup', part.charAt(0));
    await tick();
  }
}

/** Strategy 2: a paste event on the first box (widgets that split a paste themselves). */
async function paste(inputs: HTMLInputElement[], code: string): Promise<void> {
  const first = inputs[0]!;
  first.focus();
  await tick();
  const data = new DataTransfer();
  data.setData('text/plain', code);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  const unhandled = first.dispatchEvent(event);
  if (unhandled && inputs.length === 1) {
    setValue(first, code);
    inputEvents(first, code);
  }
}

/** Strategy 3: type one character at a time into whichever box has focus. */
async function typeIntoFocused(inputs: HTMLInputElement[], code: string): Promise<void> {
  inputs[0]!.focus();
  await tick();
  for (const char of code) {
    const active = deepActiveElement();
    const el = inputs.includes(active as HTMLInputElement)
      ? (active as HTMLInputElement)
      : (inputs.find((i) => i.value === '') ?? inputs[0]!);
    key(el, 'keydown', char);
    key(el, 'keypress', char);
    el.dispatchEvent(
      new InputEvent('beforeinput', {
        bubbles: true,
        cancelable: true,
        composed: true,
        inputType: 'insertText',
        data: char,
      }),
    );
    setValue(el, inputs.length === 1 ? el.value + char : char);
    el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: char }));
    key(el, 'keyup', char);
    await tick();
  }
}

async function clear(inputs: HTMLInputElement[]): Promise<void> {
  for (const el of inputs) {
    if (el.value === '') continue;
    setValue(el, '');
    el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'deleteContentBackward' }));
  }
  await tick();
}
