import * as z from 'zod/mini';

/**
 * One entry of `GET /v1/credentials` (Skyvern's CredentialResponse): `credential` holds, for a password
 * credential, `username`, `totp_type` (authenticator | email | text | passkey | none) and `totp_identifier`
 * (the e-mail address or phone number its codes are pushed for); `tested_url` is the login page the credential
 * was tested on. Credit cards and secrets have other `credential` fields and are skipped by OTPilot.
 */
const credentialSchema = z.object({
  credential_id: z.string().check(z.minLength(1)),
  name: z.string(),
  credential_type: z.string(),
  credential: z.object({
    username: z.optional(z.string()),
    totp_type: z.nullish(z.string()),
    totp_identifier: z.nullish(z.string()),
  }),
  tested_url: z.nullish(z.string()),
});

/** `GET /v1/credentials/{id}/totp-code`. */
const totpCodeSchema = z.object({ code: z.string().check(z.minLength(1)), seconds_remaining: z.number() });

/** A Skyvern credential as OTPilot's pages see it (no secret ever comes from the server). */
export interface SkyvernCredential {
  id: string;
  name: string;
  username: string;
  totpType: string;
  totpIdentifier: string | null;
  testedUrl: string | null;
}

export function parseCredentials(json: unknown): SkyvernCredential[] | null {
  if (!Array.isArray(json)) return null;
  return json.flatMap((item) => {
    const parsed = credentialSchema.safeParse(item);
    if (!parsed.success || parsed.data.credential_type.toLowerCase() !== 'password') return [];
    const { credential_id, name, credential, tested_url } = parsed.data;
    return [
      {
        id: credential_id,
        name,
        username: credential.username ?? '',
        totpType: credential.totp_type ?? 'none',
        totpIdentifier: credential.totp_identifier || null,
        testedUrl: tested_url || null,
      },
    ];
  });
}

export function parseTotpCode(json: unknown): { code: string; secondsRemaining: number } | null {
  const parsed = totpCodeSchema.safeParse(json);
  return parsed.success ? { code: parsed.data.code, secondsRemaining: parsed.data.seconds_remaining } : null;
}
