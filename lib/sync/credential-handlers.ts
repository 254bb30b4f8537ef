import { browser } from 'wxt/browser';
import { clockOffset } from '@/lib/clock/now';
import { handle } from '@/lib/messaging/handle';
import { clockOffsetItem } from '@/lib/storage/items';
import { deliverCode } from '@/lib/fill-policy/deliver';
import { readTab } from '@/lib/fill-policy/frames';
import { popupTarget } from '@/lib/fill-policy/policy';
import { originOf } from '@/lib/sites/match';
import { authenticatorCodes, credentialsOf } from './credential-codes';
import { credentialSite, mayFillCredentialOn } from './credential-fill';
import { credentialTotpCode } from './credentials-client';
import { SkyvernError } from './errors';
import { savedConnection } from './service';
import { usableConnection } from './usable-connection';

const message = (error: unknown) =>
  error instanceof SkyvernError ? error.message : 'Something went wrong while asking Skyvern.';

/** Skyvern-stored credentials: their identifiers and sites (options), their authenticators' codes (popup). */
export function registerSkyvernCredentialHandlers(): void {
  handle('skyvernCredentials', async () => {
    const connection = await savedConnection();
    if (!connection) return { configured: false as const };
    try {
      return { configured: true as const, ok: true as const, credentials: await credentialsOf(connection, true) };
    } catch (error) {
      return { configured: true as const, ok: false as const, error: message(error) };
    }
  });

  handle('skyvernAuthenticatorCodes', async () => {
    const connection = await savedConnection();
    if (!connection) return { configured: false as const, clockOffsetMs: clockOffset() };
    try {
      const codes = await authenticatorCodes(connection);
      return { configured: true as const, ok: true as const, codes, clockOffsetMs: clockOffset() };
    } catch (error) {
      return { configured: true as const, ok: false as const, error: message(error), clockOffsetMs: clockOffset() };
    }
  });

  handle('skyvernFillAuthenticatorCode', async ({ data }) => {
    const connection = await savedConnection();
    if (!connection) return { ok: false as const, error: 'OTPilot is locked or no Skyvern API key is saved.' };
    const id = String(data?.credentialId ?? '');
    const credential = (await credentialsOf(connection).catch(() => [])).find((c) => c.id === id);
    if (!credential) return { ok: false as const, error: 'Skyvern no longer lists this credential.' };
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    // The fill policy's frame for this site: a frame of the credential's site that showed a code field, else the
    // top frame when the page is that site; never a page of another site (no confirmation: this code has no
    // other home).
    const target =
      tab?.id === undefined
        ? null
        : popupTarget(credentialSite(credential.testedUrl), await readTab(tab.id), originOf(tab.url));
    if (tab?.id === undefined || target?.kind !== 'fill' || !mayFillCredentialOn(credential.testedUrl, target.origin)) {
      const where = credential.testedUrl ? new URL(credential.testedUrl).host : null;
      return {
        ok: false as const,
        error: where ? `This code is filled only on ${where}.` : 'Skyvern has no login page for this credential.',
      };
    }
    try {
      // A fresh code, asked for now: never one the popup may have held for a while.
      const current = await credentialTotpCode(await usableConnection(connection), id);
      if (!current) return { ok: false as const, error: 'This credential has no authenticator in Skyvern.' };
      return (await deliverCode({
        tabId: tab.id,
        frameId: target.frameId,
        origin: target.origin,
        code: current.code,
        way: 'popup',
      }))
        ? { ok: true as const }
        : { ok: false as const, error: 'No verification code field found on this page.' };
    } catch (error) {
      return { ok: false as const, error: message(error) };
    }
  });

  handle('skyvernClock', async () => {
    const kept = await clockOffsetItem.getValue();
    return { offsetMs: clockOffset(), measuredAt: kept?.measuredAt ?? null, origin: kept?.origin ?? null };
  });
}
