import type { ClipboardDriver } from './clear-schedule';
import { fingerprint } from './fingerprint';

/**
 * The clipboard reached from a document of ours: Chrome's offscreen document, Firefox's background
 * page. Neither has focus, so the async clipboard API refuses; `execCommand` works in extension
 * documents: 'paste' with the clipboardRead permission, 'copy' with clipboardWrite.
 */
export const domClipboard: ClipboardDriver = {
  async fingerprint(salt) {
    const text = readClipboard();
    return text === null ? null : fingerprint(salt, text);
  },
  async clearIf(salt, expected) {
    const text = readClipboard();
    if (text === null || (await fingerprint(salt, text)) !== expected) return false;
    return writeText('');
  },
};

function readClipboard(): string | null {
  const area = document.createElement('textarea');
  document.body.append(area);
  area.focus();
  const ok = document.execCommand('paste');
  const text = area.value;
  area.remove();
  return ok ? text : null;
}

/** Puts `text` on the clipboard (a notification's Copy button, where no page has focus); true when it did. */
export function writeText(text: string): boolean {
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
