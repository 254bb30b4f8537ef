/** The shortest master (or backup) password OTPilot accepts: the one minimum, used by the forms and the background. */
export const MIN_PASSWORD_LENGTH = 8;

/** A rough password strength estimate for the create form: bits from length and character variety. */
export type StrengthLabel = 'Too short' | 'Weak' | 'Fair' | 'Strong' | 'Very strong';

const COMMON = ['password', '123456', 'qwerty', 'letmein', 'welcome', 'admin', 'iloveyou', 'monkey', 'dragon'];

export function passwordStrength(password: string): { score: 0 | 1 | 2 | 3 | 4; label: StrengthLabel; bits: number } {
  if (password.length < MIN_PASSWORD_LENGTH) return { score: 0, label: 'Too short', bits: 0 };
  let pool = 0;
  if (/[a-z]/.test(password)) pool += 26;
  if (/[A-Z]/.test(password)) pool += 26;
  if (/[0-9]/.test(password)) pool += 10;
  if (/[^a-zA-Z0-9]/.test(password)) pool += 33;
  const distinct = new Set(password).size;
  let bits = Math.log2(Math.max(pool, 2)) * Math.min(password.length, distinct * 2);
  if (COMMON.some((w) => password.toLowerCase().includes(w))) bits -= 20;
  if (bits < 40) return { score: 1, label: 'Weak', bits };
  if (bits < 60) return { score: 2, label: 'Fair', bits };
  if (bits < 80) return { score: 3, label: 'Strong', bits };
  return { score: 4, label: 'Very strong', bits };
}
