import { sendFromPage } from '@/lib/messaging/page-send';

/** Copies a Skyvern code and says so (with when the clipboard clears), for the popup's status line. */
export async function copySkyvernCode(value: string, who: string, onAnnounce: (message: string) => void) {
  try {
    await navigator.clipboard.writeText(value);
    const { clearsInSeconds } = await sendFromPage('clipboardCodeCopied').catch(() => ({ clearsInSeconds: 0 }));
    onAnnounce(
      `Copied Skyvern code for ${who}.${clearsInSeconds > 0 ? ` Clipboard clears in ${clearsInSeconds} s.` : ''}`,
    );
  } catch {
    onAnnounce(`Could not copy the Skyvern code for ${who}.`);
  }
}
