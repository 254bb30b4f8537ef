import { sendMessage } from '@/lib/messaging/protocol';
import { showChip, type ChipOptions } from './chip';
import { detectAll, type CodeTarget } from './detect';

/**
 * The content script's side of codes pushed to Skyvern: the chip's offers on a waiting page, and the
 * report that the user typed an identifier here. Codes themselves arrive only as a fill (`autofillFill`)
 * for this very document.
 */

/**
 * This document's token: the background sends a waiting page's pushed code only to the document that waited.
 * From `getRandomValues`, which (unlike `randomUUID`) plain-http pages have too: a LAN router's sign-in page.
 */
export const DOC = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join(
  '',
);
/** The chip as last shown, so that a pushed code arriving later can be added to it. */
let shown: { target: CodeTarget; options: ChipOptions } | null = null;

export function rememberChip(target: CodeTarget, options: ChipOptions): void {
  shown = { target, options };
}

/** A code pushed to Skyvern for this waiting page: offer it (and a sign-in link to this site) in the chip. */
export function offerPushed(pushed: ChipOptions['pushed'], links: ChipOptions['links']): boolean {
  const target = shown?.target.inputs.every((el) => el.isConnected) ? shown.target : detectAll()[0];
  if (!target || !target.inputs.every((el) => el.value === '')) return true;
  const url = location.href;
  const options: ChipOptions = {
    locked: false,
    matches: [],
    onPick: () => undefined,
    onOpenPopup: () => void sendMessage('autofillOpenPopup', undefined).catch(() => undefined),
    ...shown?.options,
    pushed: pushed ?? [],
    links: links ?? [],
    onPickPushed: (id) => void sendMessage('syncPickPushed', { url, doc: DOC, id }).catch(() => undefined),
    onOpenLink: (id) => void sendMessage('syncOpenLink', { url, doc: DOC, id }).catch(() => undefined),
  };
  shown = { target, options };
  showChip(target.inputs[target.inputs.length - 1]!, options);
  return true;
}

/** An identifier field the user changed: the background keeps it only if it is a watched identifier. */
export function onIdentifierChange(event: Event): void {
  const el = event.composedPath()[0];
  if (!(el instanceof HTMLInputElement) || !event.isTrusted) return;
  const value = el.value.trim();
  if (value.length < 3 || value.length > 200 || !/^(email|text|tel)$/.test(el.type)) return;
  const hint = `${el.type} ${el.autocomplete} ${el.inputMode} ${el.name} ${el.id}`;
  if (!/mail|tel|phone|user|login|ident/i.test(hint)) return;
  void sendMessage('syncTyped', { url: location.href, value }).catch(() => undefined);
}
