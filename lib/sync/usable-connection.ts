import { browser } from 'wxt/browser';
import { SkyvernError } from './errors';
import { checkBaseUrl, originPattern } from './settings';

/**
 * The saved base URL, checked, and the key, once OTPilot may contact that origin (the host permission asked for
 * when the settings were saved). Throws a SkyvernError saying what to do otherwise.
 */
export async function usableConnection(connection: {
  baseUrl: string;
  apiKey: string;
}): Promise<{ baseUrl: string; apiKey: string }> {
  const checked = checkBaseUrl(connection.baseUrl);
  if (!checked.ok) throw new SkyvernError('setup', checked.error);
  const baseUrl = checked.value;
  if (!(await browser.permissions.contains({ origins: [originPattern(baseUrl)] }))) {
    throw new SkyvernError(
      'permission',
      `OTPilot may not contact ${new URL(baseUrl).origin} yet. Open Options → Skyvern and choose Save to allow it.`,
    );
  }
  return { baseUrl, apiKey: connection.apiKey };
}
