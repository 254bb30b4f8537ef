/**
 * Split a decoded label (`Issuer:account`) given the `issuer` parameter, if any.
 * - The issuer parameter wins over the label prefix (Google's Key URI format; Bitwarden, Aegis).
 * - With an issuer parameter, a label prefix equal to it, or any other prefix, is dropped from the account name.
 * - Spaces around both parts are trimmed.
 */
export function splitLabel(label: string, issuerParam: string | null): { issuer: string; accountName: string } {
  const param = issuerParam?.trim() ?? '';
  if (param && label.startsWith(`${param}:`)) {
    return { issuer: param, accountName: label.slice(param.length + 1).trim() };
  }
  const colon = label.indexOf(':');
  if (colon < 0) return { issuer: param, accountName: label.trim() };
  return { issuer: param || label.slice(0, colon).trim(), accountName: label.slice(colon + 1).trim() };
}

/** Replace lone UTF-16 surrogates (which cannot be percent-encoded or stored as UTF-8) with U+FFFD. */
export function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/**
 * How an account is named to the user everywhere (buttons, the chip, import previews, skipped entries):
 * "Issuer (account)", or whichever half exists, or `unnamed`.
 */
export function accountLabel(issuer: string, accountName: string, unnamed = 'Unnamed account'): string {
  if (issuer && accountName) return `${issuer} (${accountName})`;
  return issuer || accountName || unnamed;
}
