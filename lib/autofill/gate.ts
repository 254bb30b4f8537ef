/**
 * The first stage of the content script, in every frame: about a kilobyte that looks for any hint
 * of a code field (cheap attribute checks, at idle time, again when the page changes) and loads the
 * real detector (`/autofill-main.js`, see lib/autofill/start.ts) only then, or when the user works
 * in an input (so that the context menu, the shortcut and the popup can fill any field). Ordinary
 * pages never pay for the detector, the messaging code or the extension API bindings.
 */
const HINT =
  /otp|one-?time|code|token|2fa|mfa|tfa|verif|auth|passcode|pin|digit|c[óo]digo|codice|kod|код|コード|码|碼|코드|인증/i;
const CODE_TYPE = /^(text|tel|number|password)$/;

let loading = false;

function load(reason: 'page' | 'user'): void {
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
  return label !== null && label.length < 400 && HINT.test(label);
}

const CUSTOM_ELEMENTS = "count(descendant-or-self::*[contains(local-name(), '-')])";

/** Does this subtree hold a hinted input, or a custom element (which may hide inputs in a shadow root)? */
function check(root: Element | Document): boolean {
  if (root instanceof HTMLInputElement) return hinted(root);
  const inputs = root.getElementsByTagName('input');
  for (let i = 0; i < inputs.length; i++) if (hinted(inputs[i]!)) return true;
  return document.evaluate(CUSTOM_ELEMENTS, root, null, XPathResult.NUMBER_TYPE, null).numberValue > 0;
}

export function startGate(): void {
  if (!/^https?:$/.test(location.protocol)) return;
  let pending: (Element | Document)[] = [document];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    const roots = pending;
    pending = [];
    if (!loading && roots.some((root) => root.isConnected && check(root))) load('page');
  };
  const schedule = (delay: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => (loading ? undefined : requestIdleCallback(run, { timeout: 1000 })), delay);
  };
  // Later changes: only what the page adds (and inputs whose type changes) is looked at again.
  const observer = new MutationObserver((records) => {
    if (loading) return observer.disconnect();
    for (const r of records) {
      if (r.type === 'attributes') pending.push(r.target as Element);
      else for (const node of Array.from(r.addedNodes)) if (node instanceof Element) pending.push(node);
    }
    if (pending.length > 0) schedule(250);
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['type'] });
  const onUser = (event: Event) => {
    if (event.composedPath()[0] instanceof HTMLInputElement) load('user');
  };
  document.addEventListener('focusin', onUser, true);
  document.addEventListener('contextmenu', onUser, true);
  schedule(0);
}
