/** A random salt, hex. Fresh for every copy, so equal codes never give equal fingerprints. */
export function randomSalt(): string {
  return toHex(crypto.getRandomValues(new Uint8Array(16)));
}

/** sha256(salt, NUL, text) as hex: lets us recognise our own copy without keeping the code. */
export async function fingerprint(salt: string, text: string): Promise<string> {
  const bytes = new TextEncoder().encode(`${salt}\u0000${text}`);
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)));
}

function toHex(bytes: Uint8Array): string {
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
