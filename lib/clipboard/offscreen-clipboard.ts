import { onMessage } from '@/lib/messaging/protocol';
import { isExtensionPageSender } from '@/lib/messaging/sender';
import { fingerprint } from './fingerprint';

/**
 * Runs in the offscreen document (reason CLIPBOARD). It has no focus, so the async clipboard API
 * refuses; `execCommand` works in extension documents: 'paste' with the clipboardRead permission,
 * 'copy' with clipboardWrite.
 */
export function registerOffscreenClipboard(): void {
  onMessage('clipboardOffscreenFingerprint', async ({ data, sender }) => {
    if (!isExtensionPageSender(sender)) throw new Error('Unknown sender');
    const text = readClipboard();
    return text === null ? null : fingerprint(data.salt, text);
  });
  onMessage('clipboardOffscreenClearIf', async ({ data, sender }) => {
    if (!isExtensionPageSender(sender)) throw new Error('Unknown sender');
    const text = readClipboard();
    if (text === null || (await fingerprint(data.salt, text)) !== data.fingerprint) return false;
    return writeText('');
  });
  onMessage('clipboardOffscreenWrite', ({ data, sender }) => {
    if (!isExtensionPageSender(sender)) throw new Error('Unknown sender');
    return writeText(String(data?.text ?? ''));
  });
}

function readClipboard(): string | null {
  const area = document.createElement('textarea');
  document.body.append(area);
  area.focus();
  const ok = document.execCommand('paste');
  const text = area.value;
  area.remove();
  return ok ? text : null;
}

function writeText(text: string): boolean {
  const onCopy = (event: ClipboardEvent) => {
    event.clipboardData?.setData('text/plain', text);
    event.preventDefault();
  };
  document.addEventListener('copy', onCopy);
  try {
    return document.execCommand('copy');
  } finally {
    document.removeEventListener('copy', onCopy);
  }
}
