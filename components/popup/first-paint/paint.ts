import { browser } from 'wxt/browser';
import { CODES_VISIBLE } from '../codes-visible';
import { FIRST_ROWS_WAIT_MS, requestAccountsEarly, type OpenedVault } from '../early-accounts';
import { firstScreenHtml } from './first-screen';

/**
 * The popup's start (popup-first-paint.js, a small classic script; popup.html only preloads the app's
 * module). It asks for the first rows and, when they come, draws them with their codes (a picture,
 * `inert`), lets the browser paint that frame, and only then evaluates the app, which replaces the
 * picture with the live popup. The codes are on screen before React has even started. When the vault
 * is locked or empty, or the answer is slow, the app starts at once and shows what it has to.
 */
export function startPopup(): void {
  let started = false;
  const startApp = () => {
    if (started) return;
    started = true;
    import(/* @vite-ignore */ browser.runtime.getURL('/popup-main.js')).catch(cannotStart);
  };
  const slow = setTimeout(startApp, FIRST_ROWS_WAIT_MS);
  void requestAccountsEarly().then((opened) => {
    clearTimeout(slow);
    if (started || !opened || opened.accounts.length === 0 || !paint(opened)) return startApp();
    requestAnimationFrame(() => setTimeout(startApp, 0)); // after the frame that shows the codes
    setTimeout(startApp, HIDDEN_PAGE_MS); // a page out of sight gets no frames: start anyway
  });
}

/** How long the app waits for the frame that shows the first rows before it starts regardless. */
const HIDDEN_PAGE_MS = 100;

/** The app's module did not load (a damaged install): say so rather than leave a picture that does nothing. */
function cannotStart(error: unknown): void {
  console.error('OTPilot could not start its popup', error);
  const root = document.getElementById('root');
  if (root) root.innerHTML = '<p class="muted center">OTPilot could not start. Reinstalling it should help.</p>';
}

function paint(opened: OpenedVault): boolean {
  const root = document.getElementById('root');
  if (!root || root.firstChild) return false;
  root.innerHTML = firstScreenHtml({
    accounts: opened.accounts,
    codes: opened.codes,
    siteIds: opened.siteIds,
    optionsUrl: browser.runtime.getURL('/options.html'),
    nowMs: Date.now() + (opened.clockOffsetMs ?? 0),
  });
  performance.mark(CODES_VISIBLE);
  return true;
}
