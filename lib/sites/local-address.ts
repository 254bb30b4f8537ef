/**
 * Whether a host is this computer or the local network, judged by its address, never by how a public
 * name starts (`10.evil.example` is a public name). Give it a URL's `hostname` (the WHATWG parser has
 * already turned `0x7f.1` into `127.0.0.1` and bracketed IPv6 addresses).
 *
 * Local: `localhost` and `*.localhost` (always loopback in browsers), IPv4 loopback, private and
 * link-local ranges, IPv6 loopback, unique-local and link-local, and the names reserved for local use
 * that public DNS can never answer (`.local` mDNS, `.home.arpa`, `.internal`).
 */
export function isLocalAddress(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (/\.(local|home\.arpa|internal)$/.test(host)) return true;
  const ipv4 = ipv4Octets(host);
  if (ipv4) {
    const [a = 0, b = 0] = ipv4;
    return (
      a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254)
    );
  }
  if (host.startsWith('[') && host.endsWith(']')) {
    const ip = host.slice(1, -1);
    return ip === '::1' || /^f[cd][0-9a-f]{0,2}:/.test(ip) || /^fe[89ab][0-9a-f]?:/.test(ip);
  }
  return false;
}

/** True for loopback only (this computer): `localhost`, `*.localhost`, 127.0.0.0/8 and [::1]. */
export function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return host === 'localhost' || host.endsWith('.localhost') || ipv4Octets(host)?.[0] === 127 || host === '[::1]';
}

/** The four octets of a dotted IPv4 address, or null for anything else. */
export function ipv4Octets(host: string): number[] | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!m) return null;
  const octets = m.slice(1).map(Number);
  return octets.every((n) => n <= 255) ? octets : null;
}
