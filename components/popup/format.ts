/** Splits a code into two readable groups: "123456" → "123 456", "12345678" → "1234 5678". Steam codes stay whole. */
export function groupCode(code: string, type: string): string {
  if (type === 'steam' || code.length < 6) return code;
  const half = Math.floor(code.length / 2);
  return `${code.slice(0, half)} ${code.slice(half)}`;
}

export { accountLabel } from '@/lib/otp/label';

/** An icon the popup may draw: an https address or a data: image (never javascript:, http: or a file). */
export function drawableIcon(icon: string | undefined): icon is string {
  return icon !== undefined && /^(https:|data:image\/)/.test(icon);
}

/** Up to two letters for the avatar: "GitHub" → "G", "Acme Corp" → "AC". */
export function initials(issuer: string, accountName: string): string {
  const source = (issuer || accountName || '?').trim();
  const words = source.split(/[\s._@-]+/).filter(Boolean);
  const letters = words.length > 1 ? words[0]![0]! + words[1]![0]! : source.slice(0, 1);
  return letters.toUpperCase();
}

/** A stable hue from a name, so each avatar keeps its colour. */
export function hueOf(name: string): number {
  let h = 0;
  for (let i = 0; i < name.length; i++) h = (h * 31 + name.charCodeAt(i)) >>> 0;
  return h % 360;
}

/** Parses the comma/space/newline separated websites field into bare hosts. */
export function parseWebsites(input: string): string[] {
  const hosts = input
    .split(/[\s,]+/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)
    .map((s) => {
      try {
        return new URL(s.includes('://') ? s : `https://${s}`).hostname;
      } catch {
        return '';
      }
    })
    .filter((h) => h.includes('.') || h === 'localhost');
  return [...new Set(hosts)];
}
