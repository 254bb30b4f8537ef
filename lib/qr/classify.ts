/** What a QR code's text is, as far as an authenticator cares. */
export type QrContent =
  { kind: 'otpauth'; text: string } | { kind: 'migration'; text: string } | { kind: 'other'; text: string };

/** Sorts a decoded text: an account link, a Google Authenticator export, or something else. */
export function classifyQrText(raw: string): QrContent {
  const text = raw.trim();
  const lower = text.toLowerCase();
  if (lower.startsWith('otpauth://') || lower.startsWith('steam://')) return { kind: 'otpauth', text };
  if (lower.startsWith('otpauth-migration://')) return { kind: 'migration', text };
  return { kind: 'other', text: raw };
}

/** Shortens a text for display (the full text stays selectable in a details element). */
export function preview(text: string, max = 300): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
