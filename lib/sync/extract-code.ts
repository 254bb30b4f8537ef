/**
 * Finds the verification code (or, failing that, the sign-in link) in an SMS or e-mail body.
 * Used where Skyvern's server would ask a language model (our local server) and to check codes.
 *
 * Candidates: 4–8 digit numbers, "123-456" / "123 456" split codes, and 6–10 character upper-case
 * codes with letters and digits ("123ABC78"). Never candidates: parts of URLs, phone numbers
 * ("+1-388-941-4444", "(817) 697-4520"), dates, times, amounts and IP addresses ("12:12", "11/11/2011",
 * "€2.916,24", "104.28.42.75"), longer numbers. The candidate nearest a word such as "code" wins;
 * without such a word, a short message with exactly one candidate still counts.
 */

export type Extracted = { kind: 'code'; code: string } | { kind: 'magic_link'; url: string };

/** "code", "PIN", "password"… in the languages seen in verification messages. */
const KEYWORD =
  /(code|pin\b|passcode|password|passwort|otp|one[- ]time|verif|token|security|auth|login|sign[- ]?in|confirm|código|codice|wachtwoord|пароль|код|コード|認証|验证码|驗證碼|인증|코드)/giu;
const URL_RE = /\b[a-z][a-z0-9+.-]*:\/\/[^\s<>"')\]]+|\b(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\/[^\s<>"')\]]*/giu;
const MAGIC_HINT =
  /(log-?in|sign-?in|signin|magic|verify|verification|auth|token|confirm|session|otp|passwordless|access)/i;
const NOT_MAGIC = /(unsubscribe|privacy|terms|help|support|preferences|\.(png|jpe?g|gif|svg)(\?|$))/i;
const SHORT_MESSAGE = 200;
const NEAR = 60;

interface Candidate {
  code: string;
  start: number;
  end: number;
}

export function extractCode(message: string): Extracted | null {
  const text = toPlainText(message ?? '');
  if (!text.trim()) return null;
  const links = [...text.matchAll(URL_RE)].map((m) => ({ url: m[0].replace(/[.,;:!?]+$/, ''), start: m.index }));
  // URLs are blanked out (same length, so positions hold): their numbers are never the code.
  const blanked = text.replace(URL_RE, (m) => ' '.repeat(m.length));
  const code = bestCandidate(blanked);
  if (code) return { kind: 'code', code };
  const link = links.find((l) => /^https?:\/\//i.test(l.url) && MAGIC_HINT.test(l.url) && !NOT_MAGIC.test(l.url));
  return link ? { kind: 'magic_link', url: link.url } : null;
}

function bestCandidate(text: string): string | null {
  const candidates = findCandidates(text);
  if (candidates.length === 0) return null;
  const keywords = [...text.matchAll(KEYWORD)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const distance = (c: Candidate) =>
    Math.min(
      Infinity,
      ...keywords.map((k) => (k.end <= c.start ? c.start - k.end : k.start >= c.end ? k.start - c.end : 0)),
    );
  const ranked = candidates
    .map((c) => ({ c, d: distance(c) }))
    .sort((a, b) => a.d - b.d || weight(b.c.code) - weight(a.c.code) || a.c.start - b.c.start);
  const best = ranked[0]!;
  if (best.d <= NEAR) return best.c.code;
  const distinct = new Set(candidates.map((c) => c.code));
  return distinct.size === 1 && text.trim().length <= SHORT_MESSAGE ? best.c.code : null;
}

/** Six digits is the usual length; then 4–8 digit numbers; mixed codes last. */
function weight(code: string): number {
  if (/^\d{6}$/.test(code)) return 3;
  return /^\d+$/.test(code) ? 2 : 1;
}

/** Runs of digits joined by - or a space, or by . , : / (dates, times, amounts, addresses). */
const NUMBER_RUN = /\d+(?:(?:[-\s]|[.,:/])\d+)*/gu;

function findCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(NUMBER_RUN)) {
    const run = m[0];
    const start = m.index;
    const end = start + run.length;
    const before = text[start - 1] ?? '';
    const after = text[end] ?? '';
    // Glued to letters ("98point6"): looked at as a word below. After "+" or before "-": a phone number.
    if (/[\p{L}_]/u.test(before) || /©\s?$/.test(text.slice(Math.max(0, start - 2), start))) continue;
    if (/[\p{L}_]/u.test(after) && !isCjk(after)) continue;
    if (before === '+' || after === '-' || (before === '-' && /\d/.test(text[start - 2] ?? ''))) continue;
    if (/[.,:/]\d/.test(run)) continue;
    const groups = run.split(/[-\s]+/);
    if (groups.length === 1) {
      if (/^\d{4,8}$/.test(run)) found.push({ code: run, start, end });
    } else if (groups.length === 2 && isSplitCode(groups[0]!, groups[1]!, run)) {
      found.push({ code: groups.join(''), start, end });
    } else if (!/-/.test(run)) {
      // Numbers side by side ("123456 2 minutes") count one by one; dashed groups are phone numbers.
      let offset = start;
      for (const g of run.split(/(\s+)/)) {
        if (/^\d{4,8}$/.test(g)) found.push({ code: g, start: offset, end: offset + g.length });
        offset += g.length;
      }
    }
  }
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])[A-Z0-9]{6,10}(?![\p{L}\p{N}])/gu)) {
    if (/\d/.test(m[0]) && /[A-Z]/.test(m[0])) found.push({ code: m[0], start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** "105-876", "823 815", "1234-5678": two equal halves of 3 or 4 digits. */
function isSplitCode(a: string, b: string, run: string): boolean {
  return a.length === b.length && (a.length === 3 || a.length === 4) && /^\d+(-| )\d+$/.test(run);
}

function isCjk(ch: string): boolean {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(ch);
}

/** E-mail bodies may arrive as HTML: keep the text and the link targets. */
function toPlainText(message: string): string {
  if (!/<(html|body|div|p|a|table|br)\b/i.test(message)) return message;
  return message
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<a\b[^>]*href\s*=\s*["']([^"']+)["'][^>]*>/gi, ' $1 ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}
