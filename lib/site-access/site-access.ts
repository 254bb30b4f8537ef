import { browser } from 'wxt/browser';
import { SITE_ORIGINS } from './origins';

/**
 * Whether the user must be asked for access to websites. Chrome grants the content script's sites
 * at install. Firefox (MV3) treats them as host permissions the user may refuse at install or
 * revoke later (about:addons → Permissions), and then the content script does not run: no fill.
 */
export const SITE_ACCESS_CAN_BE_WITHHELD = import.meta.env.FIREFOX;

/** True when the content script may run on every http(s) site. */
export function hasSiteAccess(): Promise<boolean> {
  return browser.permissions.contains({ origins: SITE_ORIGINS });
}

/** Asks the browser for access to every http(s) site; call from a click (the browser requires a user gesture). */
export function requestSiteAccess(): Promise<boolean> {
  return browser.permissions.request({ origins: SITE_ORIGINS }).catch(() => false);
}

/** Calls `listener` whenever the extension's permissions change (granted here, or in the browser's settings). */
export function watchSiteAccess(listener: () => void): () => void {
  browser.permissions.onAdded.addListener(listener);
  browser.permissions.onRemoved.addListener(listener);
  return () => {
    browser.permissions.onAdded.removeListener(listener);
    browser.permissions.onRemoved.removeListener(listener);
  };
}
