/**
 * Skyvern's timestamps carry no time zone ("2026-11-21T10:15:02.123456") and are UTC. Parsing them as local
 * time would be off by the user's UTC offset. Answers epoch milliseconds, or NaN when unreadable.
 */
export function parseServerTime(value: string): number {
  const trimmed = value.trim();
  const zoned = /([zZ]|[+-]\d{2}:?\d{2})$/.test(trimmed);
  const iso = trimmed.replace(' ', 'T').replace(/(\.\d{3})\d+/, '$1');
  return Date.parse(zoned ? iso : `${iso}Z`);
}
