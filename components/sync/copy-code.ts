import { sendFromPage } from '@/lib/messaging/page-send';
import { i18n } from '#i18n';

/** Copies a Skyvern code and says so (with when the clipboard clears), for the popup's status line. */
export async function copySkyvernCode(value: string, who: string, onAnnounce: (message: string) => void) {
  try {
    await navigator.clipboard.writeText(value);
    const { clearsInSeconds } = await sendFromPage('clipboardCodeCopied').catch(() => ({ clearsInSeconds: 0 }));
    onAnnounce(
      `${i18n.t('sync.copied', { who })}${clearsInSeconds > 0 ? ` ${i18n.t('common.clipboardClears', [clearsInSeconds])}` : ''}`,
    );
  } catch {
    onAnnounce(i18n.t('sync.copyFailed', { who }));
  }
}
