import { deepActiveElement } from './collect';
import { detectAll } from './detect';
import { beforeInput, change, input, key, setValue, settle, tick } from './fill-events';
import { isVisibleField } from './visibility';

/**
 * Puts one code into a single input or a group of boxes so that the page's framework takes it,
 * trying strategies in turn and reading every box back after each (a partial result, such as only
 * box 1 holding a character, is a failure: the next strategy runs): the native setter and events
 * box by box; a paste; typing one character at a time into whichever box has focus (auto-advancing
 * widgets); and box by box again, waiting for the page to settle after each box (components that
 * re-render their boxes on every change). Boxes replaced by the page are found again.
 */

/** Inputs we filled (so a fallback may clear them again; anything else is the user's). */
const ours = new WeakSet<HTMLInputElement>();

/** True when every input is empty or holds only what we put there. */
export function untouchedByUser(inputs: HTMLInputElement[]): boolean {
  return inputs.every((el) => el.value === '' || ours.has(el));
}

/** The boxes as they are now: the page may have replaced them since they were detected. */
type Boxes = () => HTMLInputElement[];
type Strategy = (boxes: Boxes, code: string) => Promise<void>;

const STRATEGIES: Strategy[] = [setEach, paste, typeIntoFocused, setEachSettled];

export async function fillCode(inputs: HTMLInputElement[], code: string): Promise<boolean> {
  // Whoever asked (automatic fill, chip, shortcut, menu, popup): never into a field the user cannot see.
  if (inputs.length === 0 || !untouchedByUser(inputs) || !inputs.every(isVisibleField)) return false;
  let current = inputs;
  const boxes: Boxes = () => (current = live(current));
  for (const strategy of STRATEGIES) {
    await strategy(boxes, code);
    await settle(40, 400);
    if (holds(boxes(), code)) {
      boxes().forEach((el) => ours.add(el));
      return true;
    }
    // Whatever is left must be empty or ours; a box the user typed into meanwhile stops the fill.
    if (!onlyOurs(boxes(), code)) return false;
    await clear(boxes());
  }
  return false;
}

/** The same boxes, or the group that replaced them when the page re-rendered it. */
function live(inputs: HTMLInputElement[]): HTMLInputElement[] {
  if (inputs.every((el) => el.isConnected)) return inputs;
  return detectAll().find((t) => t.inputs.length === inputs.length)?.inputs ?? inputs;
}

/** The part of the code each box takes: all of it for a single input, one character per box. */
function parts(count: number, code: string): string[] {
  if (count === 1) return [code];
  return Array.from({ length: count }, (_, i) => (i === count - 1 ? code.slice(i) : code.charAt(i)));
}

function normalise(value: string): string {
  return value.replace(/[\s-]/g, '');
}

function holds(inputs: HTMLInputElement[], code: string): boolean {
  if (!inputs.every((el) => el.isConnected)) return false;
  if (inputs.length === 1) return normalise(inputs[0]!.value) === code;
  return inputs.map((el) => el.value).join('') === code;
}

/**
 * Every box is empty, ours, or holds only characters of this code: what an earlier strategy left,
 * perhaps in the wrong box (typing raced a re-render). Anything else was typed by the user meanwhile.
 */
function onlyOurs(inputs: HTMLInputElement[], code: string): boolean {
  return inputs.every((el) => ours.has(el) || [...normalise(el.value)].every((ch) => code.includes(ch)));
}

/** Writes one box as a keystroke would: focus, key down, the value, input and change, key up. */
async function writeBox(el: HTMLInputElement, part: string): Promise<void> {
  el.focus();
  await tick();
  key(el, 'keydown', part.charAt(0));
  if (beforeInput(el, part)) {
    setValue(el, part);
    input(el, part);
    change(el);
  }
  key(el, 'keyup', part.charAt(0));
  await tick();
}

/** Strategy 1: the native value setter and the events frameworks listen to, box by box. */
async function setEach(boxes: Boxes, code: string): Promise<void> {
  const all = parts(boxes().length, code);
  for (const [i, part] of all.entries()) {
    const el = boxes()[i];
    if (el && el.value !== part) await writeBox(el, part);
  }
}

/**
 * Strategy 4: box by box, letting the page settle (re-render, answer its server) after each box;
 * a second pass writes again any box a late answer emptied.
 */
async function setEachSettled(boxes: Boxes, code: string): Promise<void> {
  const all = parts(boxes().length, code);
  for (let pass = 0; pass < 2; pass++) {
    for (const [i, part] of all.entries()) {
      const el = boxes()[i];
      if (!el || el.value === part) continue;
      await writeBox(el, part);
      await settle(120, 1200);
    }
  }
}

/** Strategy 2: a paste event on the first box (widgets that split a paste themselves). */
async function paste(boxes: Boxes, code: string): Promise<void> {
  const first = boxes()[0]!;
  first.focus();
  await tick();
  const data = new DataTransfer();
  data.setData('text/plain', code);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  const unhandled = first.dispatchEvent(event);
  if (unhandled && boxes().length === 1) {
    setValue(first, code);
    input(first, code, 'insertFromPaste');
    change(first);
  }
}

/** Strategy 3: type one character at a time into whichever box has focus. */
async function typeIntoFocused(boxes: Boxes, code: string): Promise<void> {
  boxes()[0]!.focus();
  await tick();
  for (const char of code) {
    const inputs = boxes();
    const active = deepActiveElement();
    const el = inputs.includes(active as HTMLInputElement)
      ? (active as HTMLInputElement)
      : (inputs.find((i) => i.value === '') ?? inputs[0]!);
    key(el, 'keydown', char);
    key(el, 'keypress', char);
    if (beforeInput(el, char)) {
      setValue(el, inputs.length === 1 ? el.value + char : char);
      input(el, char);
    }
    key(el, 'keyup', char);
    await tick();
    await tick();
  }
}

async function clear(inputs: HTMLInputElement[]): Promise<void> {
  for (const el of inputs) {
    if (el.value === '') continue;
    setValue(el, '');
    input(el, null, 'deleteContentBackward');
  }
  // Long enough for a server-rendered component to answer the clearing before the next strategy writes.
  await settle(120, 1200);
}
