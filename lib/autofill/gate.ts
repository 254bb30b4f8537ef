/**
 * The first stage of the content script, in every frame: about a kilobyte that looks for any hint
 * of a code field (cheap attribute checks, once when it is injected at document_idle, again when the
 * page changes) and loads the real detector (`/autofill-main.js`, see lib/autofill/start.ts) only
 * then, or when the user works in an input (so that the context menu, the shortcut and the popup can
 * fill any field). Ordinary pages never pay for the detector, the messaging code or the extension APIs.
 *
 * What a frame pays here is mostly the isolated world's first use of each DOM interface: `document`
 * about 0.1 ms, the first element object (HTMLInputElement, HTMLElement, Element) or `location` a few
 * tenths of a millisecond on a slow machine, a timer or idle callback about 0.1 ms each. So the first
 * look (measured by `npm run bench:content`) asks the DOM only for counts and matches: on a page
 * without a candidate input or custom element no element object is made and nothing is queued.
 */
const HINT =
  /otp|one-?time|code|token|2fa|mfa|tfa|verif|auth|passcode|pin|digit|c[óo]digo|codice|kod|код|コード|码|碼|코드|인증/i;
export const CODE_TYPE = /^(text|tel|number|password)$/;
/**
 * Inputs whose `type` is one of CODE_TYPE: every other keyword is excluded (ASCII case-insensitive,
 * as HTML reads it), so that a missing or unknown type, which means text, still matches.
 */
export const MAYBE_CODE =
  'input:not([type=hidden i],[type=search i],[type=email i],[type=url i],[type=date i],[type=month i],' +
  '[type=week i],[type=time i],[type=datetime-local i],[type=range i],[type=color i],[type=checkbox i],' +
  '[type=radio i],[type=file i],[type=submit i],[type=image i],[type=reset i],[type=button i])';

let loading = false;

/** What a subframe posts to its page when the browser will not vouch that the page shows it (frame-judge.ts). */
export const FRAME_CHECK = 'otpilot:frame-check';

function load(reason: 'page' | 'user' | 'frames'): void {
  if (loading) return;
  loading = true;
  (globalThis as { __otpilotWake?: string }).__otpilotWake = reason;
  // A module import from a content script runs in the content script's isolated world.
  import(/* @vite-ignore */ chrome.runtime.getURL('/autofill-main.js')).catch((error: unknown) => {
    loading = false;
    console.warn('OTPilot could not load its code-field detector', error);
  });
}

function hinted(el: HTMLInputElement): boolean {
  if (!CODE_TYPE.test(el.type)) return false;
  if (el.maxLength === 1 || el.autocomplete === 'one-time-code') return true;
  const text = `${el.id} ${el.name} ${el.placeholder} ${el.getAttribute('aria-label') ?? ''} ${el.className}`;
  if (HINT.test(text)) return true;
  const parent = el.parentElement;
  // Only a small parent's text: a big one would cost more to read than it tells.
  const label = el.labels?.[0]?.textContent ?? (parent && parent.childElementCount <= 8 ? parent.textContent : '');
  if (label && label.length < 400 && HINT.test(label)) return true;
  return label?.trim() ? false : HINT.test(intro(el));
}

/**
 * A field with no words of its own (bare boxes, a transparent input over drawn boxes): the text
 * just before it, or before the box, row or form around it (a small element only).
 */
function intro(el: Element): string {
  let node: Element | null = el;
  for (let i = 0; i < 4 && node; i++, node = node.parentElement) {
    const prev = node.previousElementSibling;
    if (!prev || prev.childElementCount > 8) continue;
    const text = prev.textContent ?? '';
    if (text.trim()) return text.length < 400 ? text : '';
  }
  return '';
}

const CUSTOM_ELEMENTS = "count(descendant-or-self::*[contains(local-name(), '-')])";
const NUMBER_TYPE = 1; // XPathResult.NUMBER_TYPE, without touching the XPathResult interface

/** Does this subtree hold a hinted input, or a custom element (which may hide inputs in a shadow root)? */
function check(root: Element | Document): boolean {
  if (root !== document && root instanceof HTMLInputElement) return hinted(root);
  // Only inputs of a code type become objects here (the same ones hinted() would not turn away).
  const inputs = root.querySelectorAll<HTMLInputElement>(MAYBE_CODE);
  for (let i = 0; i < inputs.length; i++) if (hinted(inputs[i]!)) return true;
  // Boxes without any markup of their own (headless widget kits) on a page titled for the step.
  if (inputs.length > 0 && HINT.test(document.title)) return true;
  return document.evaluate(CUSTOM_ELEMENTS, root, null, NUMBER_TYPE, null).numberValue > 0;
}

let pending: (Element | Document)[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;

function run(): void {
  const roots = pending;
  pending = [];
  if (!loading && roots.some((root) => root.isConnected && check(root))) load('page');
}

function schedule(delay: number): void {
  clearTimeout(timer);
  timer = setTimeout(() => (loading ? undefined : requestIdleCallback(run, { timeout: 1000 })), delay);
}

/** Later changes: only what the page adds (and inputs whose type changes) is looked at again. */
function onMutations(records: MutationRecord[], observer: MutationObserver): void {
  if (loading) return observer.disconnect();
  for (const r of records) {
    if (r.type === 'attributes') pending.push(r.target as Element);
    else for (const node of Array.from(r.addedNodes)) if (node instanceof Element) pending.push(node);
  }
  if (pending.length > 0) schedule(250);
}

function onFrameCheck(event: MessageEvent): void {
  if (event.data === FRAME_CHECK) load('frames');
}

function onUser(event: Event): void {
  if (event.composedPath()[0] instanceof HTMLInputElement) load('user');
}

/**
 * Runs at document_idle (the manifest's matches keep it to http(s) frames). Its handlers live at the
 * top of this module: a function is compiled when first called, so this one stays small.
 */
export function startGate(): void {
  const observed = { childList: true, subtree: true, attributes: true, attributeFilter: ['type'] };
  new MutationObserver(onMutations).observe(document, observed);
  document.addEventListener('focusin', onUser, true);
  document.addEventListener('contextmenu', onUser, true);
  if (window === window.top) addEventListener('message', onFrameCheck);
  // The first look, now: document_idle already waits for the parsed page, and a queued callback
  // would cost more than the look itself on most pages.
  if (check(document)) load('page');
}
