/** QR scanning messages. Only our own extension pages may send them (the popup's scan button, tests). */
export interface QrMessages {
  /** Scans the visible part of a tab (default: the active tab), as the "Scan QR code on this page" menu does. */
  qrScanPage(data: { tabId?: number }): { ok: true } | { ok: false; error: string };
  /** Scans one image of a page, as the "Scan QR code" menu on an image does. */
  qrScanImage(data: { srcUrl: string; tabId?: number; frameId?: number }): { ok: true } | { ok: false; error: string };
}
