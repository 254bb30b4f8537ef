import { browser, type Browser } from 'wxt/browser';
import { getVaultState } from '@/lib/vault/service';
import { skyvernIdentifierSitesItem, skyvernLastSentItem, skyvernSettingsItem } from '@/lib/storage/items';
import { SkyvernError } from './errors';
import { notify } from './notify';
import { pushToSkyvern } from './push-client';
import { registerPushNotice } from './push-notice';
import { afterSend, MAX_SEND_CHARS, sendChoices, sendResultText } from './send-menu';
import { savedConnection } from './service';
import { usableConnection } from './usable-connection';

/**
 * Right-click selected text → "Send to Skyvern" → an identifier: the selection is pushed to Skyvern
 * (`POST /v1/credentials/totp`, source "browser"), for users whose e-mail or SMS is not forwarded. The
 * result is a notification either way.
 */
export const MENU_SEND = 'skyvern-send';
const CHILD = `${MENU_SEND}:`;
const MENU_SETUP = `${MENU_SEND}-setup`;

const ignore = () => void browser.runtime.lastError;

async function choices(): Promise<string[]> {
  const [settings, lastUsed, sites] = await Promise.all([
    skyvernSettingsItem.getValue(),
    skyvernLastSentItem.getValue(),
    skyvernIdentifierSitesItem.getValue(),
  ]);
  return sendChoices([...settings.identifiers, ...Object.keys(sites)], lastUsed);
}

let building: Promise<void> = Promise.resolve();

/** (Re)creates the menu: "Send to Skyvern" with one item per identifier, or a way to set them up. */
export function rebuildSendMenu(): Promise<void> {
  building = building.then(async () => {
    await browser.contextMenus.remove(MENU_SEND).catch(() => undefined);
    browser.contextMenus.create({ id: MENU_SEND, title: 'Send to Skyvern', contexts: ['selection'] }, ignore);
    const ids = await choices();
    if (ids.length === 0) {
      browser.contextMenus.create(
        { id: MENU_SETUP, parentId: MENU_SEND, title: 'Add a TOTP identifier in Options…', contexts: ['selection'] },
        ignore,
      );
    }
    for (const id of ids) {
      browser.contextMenus.create(
        { id: `${CHILD}${id}`, parentId: MENU_SEND, title: id.replace(/&/g, '&&'), contexts: ['selection'] },
        ignore,
      );
    }
  });
  return building;
}

/** Pushes `text` for `identifier` and says how it went. */
export async function sendSelection(text: string, identifier: string): Promise<void> {
  const content = text.trim().slice(0, MAX_SEND_CHARS);
  const title = 'Send to Skyvern';
  if (!content) return notify(MENU_SEND, title, 'Select the text of the message (or its code) first.');
  const connection = await savedConnection();
  if (!connection) {
    const locked = (await getVaultState()) !== 'unlocked';
    return notify(
      MENU_SEND,
      title,
      locked ? 'Unlock OTPilot, then send again.' : 'Save a Skyvern API key in Options → Skyvern first.',
    );
  }
  try {
    const stored = await pushToSkyvern(await usableConnection(connection), identifier, content);
    await skyvernLastSentItem.setValue(afterSend(await skyvernLastSentItem.getValue(), identifier));
    await notify(MENU_SEND, title, sendResultText(identifier, stored));
  } catch (error) {
    const why = error instanceof SkyvernError ? error.message : 'Something went wrong while asking Skyvern.';
    await notify(MENU_SEND, title, `Not sent: ${why}`);
  }
}

export async function handleSendMenuClick(info: Browser.contextMenus.OnClickData): Promise<void> {
  const id = String(info.menuItemId);
  // Straight to Options → Skyvern, where identifiers are added (the options page's own URL for that section).
  if (id === MENU_SETUP) return void browser.tabs.create({ url: browser.runtime.getURL('/options.html#skyvern') });
  if (id.startsWith(CHILD)) await sendSelection(info.selectionText ?? '', id.slice(CHILD.length));
}

export function registerSendToSkyvern(): void {
  registerPushNotice();
  browser.runtime.onInstalled.addListener(() => void rebuildSendMenu());
  skyvernSettingsItem.watch(() => void rebuildSendMenu());
  skyvernLastSentItem.watch(() => void rebuildSendMenu());
  skyvernIdentifierSitesItem.watch(() => void rebuildSendMenu());
  browser.contextMenus.onClicked.addListener((info) => void handleSendMenuClick(info));
}
