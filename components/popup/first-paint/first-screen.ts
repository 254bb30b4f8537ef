import type { ReadyCode } from '@/lib/vault/first-codes';
import type { Account } from '@/lib/vault/types';
import { secondsLeft } from '@/lib/otp/window';
import { NEXT_CODE_SECONDS, URGENT_SECONDS } from '../countdown-thresholds';
import { drawableIcon, groupCode, hueOf, initials } from '../format';
import { LIST_MAX_HEIGHT, ROW_HEIGHT } from '../list-geometry';

/** The popup's first screen as the early answer describes it (see early-accounts.ts). */
export interface FirstScreen {
  /** The first rows, in the popup's order. */
  accounts: readonly Account[];
  codes: readonly ReadyCode[];
  /** The accounts whose websites match the active tab. */
  siteIds: readonly string[];
  optionsUrl: string;
  nowMs: number;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text or an attribute value, escaped: names come from the user's vault (or an imported file). */
const esc = (value: string | number) => String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/**
 * The popup's first screen (header, toolbar and the rows on screen, with their codes) as HTML, in the
 * markup the React app renders (first-paint.spec compares the two). It is a picture: `inert`, without
 * handlers; the app replaces it a frame later. Every name and value is escaped.
 */
export function firstScreenHtml(screen: FirstScreen): string {
  const onScreen = Math.ceil(LIST_MAX_HEIGHT / ROW_HEIGHT);
  const codes = new Map(screen.codes.map((c) => [c.id, c.code]));
  const rows = screen.accounts
    .slice(0, onScreen)
    .map(
      (account, index) =>
        `<div class="row-slot" style="transform: translateY(${index * ROW_HEIGHT}px); height: ${ROW_HEIGHT}px;">` +
        row(account, codes.get(account.id) ?? null, screen.siteIds.includes(account.id), screen.nowMs) +
        '</div>',
    )
    .join('');
  const height = screen.accounts.length * ROW_HEIGHT;
  return (
    '<main class="popup" inert="">' +
    '<header class="app-header"><img alt="" width="20" height="20" src="/icon/32.png"><h1>OTPilot</h1>' +
    `<span class="spacer"></span><a class="header-link" href="${esc(screen.optionsUrl)}">Options</a></header>` +
    '<div class="header-lock"><button type="button" class="small-button">Lock</button></div>' +
    '<div class="toolbar"><input class="search" placeholder="Search  ( / )" type="search" autocomplete="off">' +
    '<button type="button" class="primary-button">Add account</button></div>' +
    `<div class="list-scroll" style="height: ${Math.min(LIST_MAX_HEIGHT, height)}px;">` +
    `<div style="height: ${height}px; position: relative;">${rows}</div></div>` +
    '<div class="status-bar"><p class="status-text"></p></div></main>'
  );
}

function row(account: Account, code: string | null, matchesSite: boolean, nowMs: number): string {
  const { issuer, accountName } = account;
  const left = secondsLeft(account.period, nowMs);
  const names =
    `<span class="row-issuer">${esc(issuer || accountName)}</span>` +
    (issuer && accountName ? `<span class="row-account">${esc(accountName)}</span>` : '') +
    (account.pinned ? '<span class="row-pin" title="Pinned">★</span>' : '');
  const codeText = code === null ? '··· ···' : esc(groupCode(code, account.type));
  const next =
    account.type !== 'hotp' && left <= NEXT_CODE_SECONDS
      ? '<span class="next-code">next <span class="code-small">…</span></span>'
      : '';
  const side =
    account.type === 'hotp'
      ? '<button type="button" class="small-button">Next code</button>'
      : countdown(account.period, left);
  return (
    `<div class="${matchesSite ? 'row row-match' : 'row'}">${avatar(account)}` +
    `<div class="row-main"><div class="row-names">${names}</div>` +
    `<div class="row-codes"><button type="button" class="code-button">` +
    `<span class="${code && code.length > 6 ? 'code code-long' : 'code'}">${codeText}</span></button>${next}</div></div>` +
    `<div class="row-side">${side}<div class="row-tools">` +
    '<button type="button" class="icon-button" title="Fill on this page">⤓</button>' +
    '<button type="button" class="icon-button" title="Edit">✎</button></div></div></div>'
  );
}

function avatar({ issuer, accountName, icon }: Account): string {
  if (drawableIcon(icon)) {
    return `<img class="avatar" src="${esc(icon)}" alt="" width="32" height="32" referrerpolicy="no-referrer">`;
  }
  return (
    `<span class="avatar avatar-letters" style="--hue: ${hueOf(issuer || accountName)};">` +
    `${esc(initials(issuer, accountName))}</span>`
  );
}

function countdown(period: number, left: number): string {
  return (
    `<span class="${left <= URGENT_SECONDS ? 'countdown urgent' : 'countdown'}"><svg viewBox="0 0 36 36">` +
    '<circle class="countdown-track" cx="18" cy="18" r="15.5"></circle>' +
    `<circle class="countdown-fill" cx="18" cy="18" r="15.5" pathLength="${period}" stroke-dasharray="${left} ${period}"></circle>` +
    `</svg><span class="countdown-text">${left}</span></span>`
  );
}
