import { generateCode } from '../../lib/otp/generate';
import { normalizeSecret } from '../../lib/otp/base32';

/**
 * Credentials as Skyvern keeps them (`skyvern/forge/sdk/schemas/credentials.py`), password type only: the
 * secret never leaves the server; `GET /v1/credentials` answers the public part, `…/totp-code` the current code.
 */
export type TotpType = 'authenticator' | 'email' | 'text' | 'passkey' | 'none';

export interface StoredCredential {
  credential_id: string;
  organization_id: string;
  name: string;
  username: string;
  totp_type: TotpType;
  /** The e-mail address or phone number its pushed codes arrive for (email/text 2FA). */
  totp_identifier: string | null;
  /** The login page the credential was tested on. */
  tested_url: string | null;
  /** Base32 authenticator secret (totp_type "authenticator" only). */
  totp_secret: string | null;
}

export type NewCredential = Partial<Omit<StoredCredential, 'credential_id' | 'organization_id'>> & {
  name: string;
  username: string;
};

/** The shape of one entry of `GET /v1/credentials` (CredentialResponse, password credential). */
export function credentialResponse(c: StoredCredential) {
  return {
    credential_id: c.credential_id,
    credential: {
      username: c.username,
      totp_type: c.totp_type,
      ...(c.totp_identifier !== null ? { totp_identifier: c.totp_identifier } : {}),
    },
    credential_type: 'password',
    name: c.name,
    vault_type: 'bitwarden',
    ...(c.tested_url !== null ? { tested_url: c.tested_url } : {}),
  };
}

export class CredentialStore {
  private rows: StoredCredential[] = [];
  private nextId = 1;

  add(organizationId: string, input: NewCredential): StoredCredential {
    const secret = input.totp_secret ? normalizeSecret(input.totp_secret) : null;
    const row: StoredCredential = {
      credential_id: `cred_${String(this.nextId++).padStart(6, '0')}`,
      organization_id: organizationId,
      name: input.name,
      username: input.username,
      totp_type: input.totp_type ?? (secret ? 'authenticator' : 'none'),
      totp_identifier: input.totp_identifier ?? null,
      tested_url: input.tested_url ?? null,
      totp_secret: secret,
    };
    this.rows.push(row);
    return row;
  }

  /** One page, oldest first (the real route pages with `page` from 1 and `page_size`, default 10). */
  page(organizationId: string, page: number, pageSize: number): StoredCredential[] {
    return this.rows.filter((r) => r.organization_id === organizationId).slice((page - 1) * pageSize, page * pageSize);
  }

  get(organizationId: string, id: string): StoredCredential | undefined {
    return this.rows.find((r) => r.organization_id === organizationId && r.credential_id === id);
  }
}

/** The current code of an authenticator credential at the server's time, and the whole seconds left in it. */
export async function currentCode(secret: string, nowMs: number): Promise<{ code: string; seconds_remaining: number }> {
  const code = await generateCode(
    { type: 'totp', secret, algorithm: 'SHA1', digits: 6, period: 30, counter: 0 },
    nowMs,
  );
  return { code, seconds_remaining: 30 - (Math.floor(nowMs / 1000) % 30) };
}
