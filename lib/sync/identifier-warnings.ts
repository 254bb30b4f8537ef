/**
 * What to tell the user about the identifiers they watch. Skyvern matches an e-mail address trimmed and without
 * case, anything else exactly as written: "+1 415 555 0100" and "+14155550100" are two identifiers to it, and a
 * space typed by mistake makes codes go unseen.
 */

const isEmail = (s: string) => /^[^@\s]+@[^@\s]+$/.test(s.trim());

/** The digits of something written like a phone number ("+1 (415) 555-0100" → "14155550100"), else null. */
export function phoneDigits(identifier: string): string | null {
  if (isEmail(identifier) || !/^\+?[\d\s().-]+$/.test(identifier.trim())) return null;
  const digits = identifier.replace(/\D/g, '');
  return digits.length >= 7 ? digits : null;
}

/** Same number, up to a country code of 1 to 3 digits written in one and not the other. */
function samePhone(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.endsWith(short) && long.length - short.length <= 3;
}

export function identifierWarnings(identifiers: readonly string[]): string[] {
  const warnings: string[] = [];
  for (const id of identifiers) {
    if (!isEmail(id) && /\s/.test(id)) {
      warnings.push(`“${id}” has spaces: Skyvern matches it exactly as written, spaces included.`);
    }
  }
  const phones = [...new Set(identifiers)].flatMap((id) => {
    const digits = phoneDigits(id);
    return digits ? [{ id, digits }] : [];
  });
  for (let i = 0; i < phones.length; i++) {
    for (let j = i + 1; j < phones.length; j++) {
      if (phones[i]!.id !== phones[j]!.id && samePhone(phones[i]!.digits, phones[j]!.digits)) {
        warnings.push(
          `“${phones[i]!.id}” and “${phones[j]!.id}” look like one phone number written two ways: Skyvern treats them as two identifiers. Write it the way your forwarding sends it.`,
        );
      }
    }
  }
  return warnings;
}
