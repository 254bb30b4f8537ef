import { browser } from 'wxt/browser';
import { deliverCode } from '@/lib/fill-policy/deliver';
import { readTab } from '@/lib/fill-policy/frames';
import { likelyFrame } from '@/lib/fill-policy/policy';
import { originOf } from '@/lib/sites/match';
import { handle } from '@/lib/messaging/handle';
import { skyvernKeySavedItem, skyvernSettingsItem } from '@/lib/storage/items';
import { getApiKey, getVaultState, onVaultChanged } from '@/lib/vault/service';
import { listTotpCodes } from './client';
import { SkyvernError } from './errors';
import { fillableCode, recentCodes } from './recent';
import { clearBadge, markCodesSeen } from './badge';
import { registerSyncPageHandlers } from './page-handlers';
import {
  fetchRecentCodes,
  listedCode,
  pollHealth,
  refreshKeyHint,
  resetBackoff,
  resetPushedCodes,
  savedConnection,
} from './service';
import { checkBaseUrl, originPattern } from './settings';
import { registerWaitLoop, wakeWaitLoop } from './wait-loop';

const message = (error: unknown) =>
  error instanceof SkyvernError ? error.message : 'Something went wrong while asking Skyvern.';

/** The background's side of Skyvern sync: the pages' messages, the waits, the key hint. */
export function registerSyncHandlers(): void {
  registerWaitLoop();
  registerSyncPageHandlers();
  skyvernSettingsItem.watch(() => {
    resetBackoff();
    wakeWaitLoop();
  });
  let lastState: string | null = null;
  onVaultChanged((state) => {
    // Locking forgets the pushed codes kept in memory (and their count); unlocking starts afresh.
    if (state !== lastState && state !== 'unlocked') {
      resetPushedCodes();
      void clearBadge();
    }
    if (state === 'unlocked') resetBackoff(); // perhaps a new key
    lastState = state;
    if (state === 'unlocked') void refreshKeyHint().then((saved) => saved && wakeWaitLoop());
    // No vault at all (never created, or replaced): no key either.
    if (state === 'empty') void skyvernKeySavedItem.setValue(false);
  });

  handle('syncState', async () => {
    const locked = (await getVaultState()) !== 'unlocked';
    return { locked, keySaved: locked ? await skyvernKeySavedItem.getValue() : await refreshKeyHint() };
  });

  handle('syncCodes', async () => {
    const connection = await savedConnection();
    if (!connection) return { configured: false as const };
    const checked = checkBaseUrl(connection.baseUrl);
    const origin = checked.ok ? new URL(checked.value).origin : connection.baseUrl;
    try {
      const codes = await fetchRecentCodes(connection);
      void markCodesSeen(codes); // the popup shows them: the badge's count is cleared
      return { configured: true as const, ok: true as const, codes, origin };
    } catch (error) {
      const retry = error instanceof SkyvernError && error.retry;
      const { offline, waitMs } = pollHealth();
      const answer = { error: message(error), retry, origin, offline, retryInMs: waitMs };
      return { configured: true as const, ok: false as const, ...answer };
    }
  });

  handle('syncTest', async ({ data }) => {
    const checked = checkBaseUrl(String(data?.baseUrl ?? ''));
    if (!checked.ok) return { ok: false as const, error: checked.error };
    const typed = typeof data?.apiKey === 'string' ? data.apiKey.trim() : '';
    const apiKey = typed || (await getApiKey());
    if (!apiKey) {
      const locked = (await getVaultState()) !== 'unlocked';
      return {
        ok: false as const,
        error: locked ? 'Unlock OTPilot to test with the saved API key.' : 'Enter a Skyvern API key first.',
      };
    }
    const origin = new URL(checked.value).origin;
    if (!(await browser.permissions.contains({ origins: [originPattern(checked.value)] }))) {
      return { ok: false as const, error: `OTPilot was not allowed to contact ${origin}.` };
    }
    try {
      const codes = recentCodes(await listTotpCodes({ baseUrl: checked.value, apiKey }, { limit: 50 }));
      const n = codes.length;
      return {
        ok: true as const,
        message: `Connected to ${origin}. ${n === 0 ? 'No codes' : n === 1 ? '1 code' : `${n} codes`} pushed in the last 10 minutes.`,
      };
    } catch (error) {
      return { ok: false as const, error: message(error) };
    }
  });

  handle('syncFillActiveTab', async ({ data }) => {
    let code = listedCode(String(data?.id ?? ''));
    if (!code) {
      const connection = await savedConnection();
      if (!connection) return { ok: false as const, error: 'OTPilot is locked or no Skyvern API key is saved.' };
      code = (await fetchRecentCodes(connection).catch(() => [])).find((c) => c.id === data?.id);
    }
    const fill = code?.kind === 'code' ? fillableCode(code.value) : null;
    if (!fill) return { ok: false as const, error: 'This code is gone or cannot be typed into a field.' };
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined || (tab.url !== undefined && originOf(tab.url) === null)) {
      return { ok: false as const, error: 'The active tab is not a web page.' };
    }
    // One frame, chosen by the fill policy (the code field focused last, else the top frame).
    const frame = likelyFrame(await readTab(tab.id), originOf(tab.url));
    return frame && (await deliverCode({ tabId: tab.id, ...frame, code: fill, way: 'pushed-pick' }))
      ? { ok: true as const }
      : { ok: false as const, error: 'No verification code field found on this page.' };
  });
}
