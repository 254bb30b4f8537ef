import type { AccountChoice } from '@/lib/messaging/autofill-messages';

/**
 * The small inline chip shown beside a code field when the code is not filled by itself:
 * it offers the matching accounts, "Choose account..." or unlocking. Plain DOM in a closed
 * shadow root, so the page can neither style nor read it.
 */
export interface ChipOptions {
  locked: boolean;
  matches: AccountChoice[];
  /** A frame of another site than its page: the chip asks "Fill the code for PAGE into a frame from FRAME?". */
  thirdParty?: { frameSite: string; pageSite: string };
  /** Why OTPilot did not fill by itself (shown in the chip). */
  notice?: string;
  onPick(accountId: string): void;
  onOpenPopup(): void;
}

let host: HTMLElement | null = null;
/** Stops the chip following its field (see `follow`). */
let unfollow: (() => void) | null = null;

export function isChip(node: Node): boolean {
  return host !== null && (node === host || host.contains(node));
}

export function hideChip(): void {
  unfollow?.();
  unfollow = null;
  host?.remove();
  host = null;
}

export function showChip(anchor: HTMLInputElement, options: ChipOptions): void {
  hideChip();
  host = document.createElement('otpilot-chip');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = CSS;
  const box = document.createElement('div');
  box.className = 'chip';
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', 'OTPilot');
  const add = (text: string, onClick: () => void, label?: string) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = text;
    if (label) button.setAttribute('aria-label', label);
    button.addEventListener('mousedown', (e) => e.preventDefault());
    button.addEventListener('click', (e) => {
      e.preventDefault();
      e.stopPropagation();
      onClick();
    });
    box.append(button);
  };
  if (options.notice) {
    const notice = document.createElement('p');
    notice.textContent = options.notice;
    box.append(notice);
  }
  if (options.locked) add('Unlock OTPilot', options.onOpenPopup);
  else {
    const { thirdParty } = options;
    for (const match of options.matches.slice(0, 3)) {
      const label = thirdParty
        ? `Fill the code for ${thirdParty.pageSite} into a frame from ${thirdParty.frameSite}?`
        : `Fill code for ${match.label}`;
      add(match.label, () => options.onPick(match.id), label);
    }
    add('Choose account...', options.onOpenPopup);
  }
  add('×', hideChip, 'Close');
  shadow.append(style, box);
  place(host, anchor);
  document.documentElement.append(host);
  unfollow = follow(host, anchor);
  // The user typed the code themselves: the offer is no longer needed.
  const shown = host;
  anchor.addEventListener('input', (e) => e.isTrusted && host === shown && hideChip(), { once: true });
}

/**
 * Keeps the chip beside its field when anything scrolls (the page, a scrolling box, a dialog) or the
 * window is resized, once per frame at most; the chip goes when its field leaves the page.
 */
function follow(chip: HTMLElement, anchor: HTMLInputElement): () => void {
  let frame = 0;
  const update = () => {
    frame = 0;
    if (anchor.isConnected) place(chip, anchor);
    else hideChip();
  };
  const schedule = () => {
    frame ||= requestAnimationFrame(update);
  };
  const listening = { capture: true, passive: true } as const;
  window.addEventListener('scroll', schedule, listening);
  window.addEventListener('resize', schedule, listening);
  return () => {
    cancelAnimationFrame(frame);
    window.removeEventListener('scroll', schedule, listening);
    window.removeEventListener('resize', schedule, listening);
  };
}

function place(chip: HTMLElement, anchor: HTMLInputElement): void {
  const rect = anchor.getBoundingClientRect();
  const left = Math.min(rect.right + 6, document.documentElement.clientWidth - 220);
  chip.style.cssText =
    `all:initial;position:absolute;z-index:2147483647;` +
    `top:${Math.round(rect.top + window.scrollY)}px;left:${Math.round(Math.max(0, left) + window.scrollX)}px`;
}

const CSS = `
.chip{display:flex;gap:4px;align-items:center;padding:3px;border-radius:8px;background:#fff;color:#1b1f24;
  font:12px/1.2 system-ui,sans-serif;box-shadow:0 1px 4px rgba(0,0,0,.25);border:1px solid #c9d1d9}
button{font:inherit;border:0;border-radius:6px;padding:4px 8px;background:#eef3ff;color:#1b3a8a;cursor:pointer;
  max-width:180px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
button:hover,button:focus-visible{background:#dbe6ff;outline:2px solid #1b3a8a}
button[aria-label=Close]{background:transparent;color:#57606a}
@media (prefers-color-scheme:dark){.chip{background:#1f242b;color:#e6edf3;border-color:#30363d}
  button{background:#25344f;color:#cfe0ff}}
`;
