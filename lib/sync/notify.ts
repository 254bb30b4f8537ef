import { browser } from 'wxt/browser';

/** A system notification from OTPilot; `buttons` as chrome.notifications allows (two at most; none in Firefox). */
export async function notify(id: string, title: string, message: string, buttons?: { title: string }[]) {
  await browser.notifications
    .create(id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title,
      message,
      // Firefox's notifications have no buttons (the option is refused there).
      ...(buttons && !import.meta.env.FIREFOX ? { buttons } : {}),
    })
    .catch(() => undefined);
}
