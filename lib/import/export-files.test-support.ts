import { createCipheriv, pbkdf2Sync, randomBytes, scryptSync, type CipherGCMTypes } from 'node:crypto';
import { argon2id } from 'hash-wasm';
import { decodeBase32 } from '@/lib/otp/base32';
import type { ParsedOtpauth } from '@/lib/otp/types';
import { javaStringMap } from './java-string-map.test-support';

/**
 * Export files of every app OTPilot imports, written at test time from a few accounts (our own fixtures: the real
 * exports of the shared corpus are tested too where it is present). Encrypted ones are sealed the way each app seals
 * them, with PASSWORD.
 */
export const PASSWORD = 'correct horse battery staple';

export const TOTP: ParsedOtpauth = {
  type: 'totp',
  issuer: 'Example',
  accountName: 'alice@example.com',
  secret: 'JBSWY3DPEHPK3PXP',
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
  counter: 0,
};
export const TOTP_SHA256: ParsedOtpauth = {
  type: 'totp',
  issuer: 'Acme Co',
  accountName: 'bob',
  secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
  algorithm: 'SHA256',
  digits: 8,
  period: 60,
  counter: 0,
};
export const HOTP: ParsedOtpauth = {
  type: 'hotp',
  issuer: 'Bank',
  accountName: 'carol',
  secret: 'MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U',
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
  counter: 5,
};
export const ALL = [TOTP, TOTP_SHA256, HOTP];

const text = (s: string) => new TextEncoder().encode(s);
const json = (v: unknown) => text(JSON.stringify(v));
const signed = (bytes: Uint8Array) => Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
const secretBytes = (a: ParsedOtpauth) => decodeBase32(a.secret);
const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const prefs = (entries: [string, string][]) =>
  text(
    `<?xml version='1.0' encoding='utf-8' standalone='yes' ?>\n<map>\n${entries
      .map(([k, v]) => `    <string name="${xmlEscape(k)}">${xmlEscape(v)}</string>`)
      .join('\n')}\n</map>\n`,
  );
export const otpauthUri = (a: ParsedOtpauth) =>
  `otpauth://${a.type}/${encodeURIComponent(a.issuer)}:${encodeURIComponent(a.accountName)}?secret=${a.secret}` +
  `&issuer=${encodeURIComponent(a.issuer)}&algorithm=${a.algorithm}&digits=${a.digits}&period=${a.period}` +
  (a.type === 'hotp' ? `&counter=${a.counter}` : '');

/** AES-GCM as WebCrypto gives it: the ciphertext with its 16-byte tag appended. */
function gcm(key: Uint8Array, iv: Uint8Array, plain: Uint8Array, aad?: Uint8Array) {
  const c = createCipheriv(`aes-${key.length * 8}-gcm` as CipherGCMTypes, key, iv);
  if (aad) c.setAAD(aad);
  const body = Buffer.concat([c.update(plain), c.final()]);
  return { body: new Uint8Array(body), tag: new Uint8Array(c.getAuthTag()) };
}
const sealed = (g: { body: Uint8Array; tag: Uint8Array }) => Buffer.concat([g.body, g.tag]);
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');

const aegisDb = (accounts: ParsedOtpauth[]) => ({
  version: 2,
  entries: accounts.map((a, i) => ({
    type: a.type,
    uuid: `00000000-0000-4000-8000-00000000000${i}`,
    name: a.accountName,
    issuer: a.issuer,
    info: { secret: a.secret, algo: a.algorithm, digits: a.digits, period: a.period, counter: a.counter },
  })),
});

export function aegisPlain(accounts = ALL): Uint8Array {
  return json({ version: 1, header: { slots: null, params: null }, db: aegisDb(accounts) });
}

/** Aegis: a random master key sealed in a password slot (scrypt, then AES-GCM), the database sealed with it. */
export function aegisEncrypted(accounts = ALL): Uint8Array {
  const master = randomBytes(32);
  const salt = randomBytes(32);
  const slotParams = { n: 2 ** 15, r: 8, p: 1 };
  const derived = scryptSync(PASSWORD, salt, 32, { N: slotParams.n, r: 8, p: 1, maxmem: 64 * 2 ** 20 });
  const slotNonce = randomBytes(12);
  const slotKey = gcm(derived, slotNonce, master);
  const dbNonce = randomBytes(12);
  const db = gcm(master, dbNonce, json(aegisDb(accounts)));
  const slot = {
    type: 1,
    uuid: '11111111-1111-4111-8111-111111111111',
    key: hex(slotKey.body),
    key_params: { nonce: hex(slotNonce), tag: hex(slotKey.tag) },
    ...slotParams,
    salt: hex(salt),
  };
  return json({
    version: 1,
    header: { slots: [slot], params: { nonce: hex(dbNonce), tag: hex(db.tag) } },
    db: b64(db.body),
  });
}

const twoFasServices = (accounts: ParsedOtpauth[]) =>
  accounts.map((a) => ({
    name: a.issuer,
    secret: a.secret,
    otp: {
      account: a.accountName,
      issuer: a.issuer,
      digits: a.digits,
      period: a.period,
      algorithm: a.algorithm,
      tokenType: a.type.toUpperCase(),
      counter: a.counter,
    },
  }));

export function twoFasPlain(accounts = ALL): Uint8Array {
  return json({ services: twoFasServices(accounts), schemaVersion: 4, appVersionCode: 5000000 });
}

/** 2FAS: "data:salt:iv" in base64, PBKDF2-SHA256 (10,000 rounds) and AES-GCM. */
export function twoFasEncrypted(accounts = ALL): Uint8Array {
  const salt = randomBytes(256);
  const iv = randomBytes(12);
  const key = pbkdf2Sync(PASSWORD, salt, 10_000, 32, 'sha256');
  const data = sealed(gcm(key, iv, json(twoFasServices(accounts))));
  return json({ services: [], schemaVersion: 4, servicesEncrypted: [data, salt, iv].map(b64).join(':') });
}

export function bitwardenCsv(accounts = ALL): Uint8Array {
  const rows = accounts.map((a) => `,,login,${a.issuer},,,,${a.accountName},,${otpauthUri(a)}`);
  return text(
    ['folder,favorite,type,name,notes,fields,login_uri,login_username,login_password,login_totp', ...rows].join('\n'),
  );
}

export function bitwardenJson(accounts = ALL): Uint8Array {
  const items = accounts.map((a, i) => ({
    id: `item-${i}`,
    type: 1,
    name: a.issuer,
    login: { username: a.accountName, totp: otpauthUri(a) },
  }));
  return json({ encrypted: false, folders: [], items });
}

const andOtpEntries = (accounts: ParsedOtpauth[]) =>
  accounts.map((a) => ({
    secret: a.secret,
    issuer: a.issuer,
    label: a.accountName,
    digits: a.digits,
    type: a.type.toUpperCase(),
    algorithm: a.algorithm,
    thumbnail: 'Default',
    last_used: 0,
    used_frequency: 0,
    period: a.period,
    counter: a.counter,
    tags: [],
  }));

export const andOtpPlain = (accounts = ALL) => json(andOtpEntries(accounts));

/** andOTP's current encrypted format: rounds (4 bytes), salt (12), IV (12), AES-GCM with PBKDF2-SHA1. */
export function andOtpEncrypted(accounts = ALL): Uint8Array {
  const rounds = 140_000;
  const salt = randomBytes(12);
  const iv = randomBytes(12);
  const key = pbkdf2Sync(PASSWORD, salt, rounds, 32, 'sha1');
  const head = Buffer.alloc(4);
  head.writeUInt32BE(rounds);
  return new Uint8Array(Buffer.concat([head, salt, iv, sealed(gcm(key, iv, json(andOtpEntries(accounts))))]));
}

const stratumBackup = (accounts: ParsedOtpauth[]) => ({
  Authenticators: accounts.map((a) => ({
    Type: a.type === 'hotp' ? 1 : 2,
    Icon: null,
    Issuer: a.issuer,
    Username: a.accountName,
    Secret: a.secret,
    Pin: null,
    Algorithm: ['SHA1', 'SHA256', 'SHA512'].indexOf(a.algorithm),
    Digits: a.digits,
    Period: a.period,
    Counter: a.counter,
    CopyCount: 0,
    Ranking: 0,
  })),
  Categories: [],
  AuthenticatorCategories: [],
  CustomIcons: [],
});

export const stratumPlain = (accounts = ALL) => json(stratumBackup(accounts));

/** Stratum's current encrypted backup: header, salt (16), IV (12), AES-GCM with Argon2id (3 passes, 64 MiB, 4 lanes). */
export async function stratumEncrypted(accounts = ALL): Promise<Uint8Array> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = await argon2id({
    password: PASSWORD,
    salt,
    iterations: 3,
    parallelism: 4,
    memorySize: 65536,
    hashLength: 32,
    outputType: 'binary',
  });
  const body = sealed(gcm(key, iv, json(stratumBackup(accounts))));
  return new Uint8Array(Buffer.concat([Buffer.from('AUTHENTICATORPRO'), salt, iv, body]));
}

export function proton(accounts = ALL): Uint8Array {
  return json({
    version: 1,
    entries: accounts.map((a, i) => ({
      id: `e${i}`,
      content: { uri: otpauthUri(a), entry_type: 'Totp', name: a.accountName },
      note: null,
    })),
  });
}

const freeOtpToken = (a: ParsedOtpauth) => ({
  algo: a.algorithm,
  counter: a.counter,
  digits: a.digits,
  issuerExt: a.issuer,
  issuerInt: a.issuer,
  label: a.accountName,
  period: a.period,
  secret: signed(secretBytes(a)),
  type: a.type.toUpperCase(),
});

export const freeOtpPlusJson = (accounts = ALL) =>
  json({ tokenOrder: accounts.map((a) => `${a.issuer}:${a.accountName}`), tokens: accounts.map(freeOtpToken) });

export const freeOtpTokensXml = (accounts = ALL) =>
  prefs([
    ...accounts.map((a): [string, string] => [`${a.issuer}:${a.accountName}`, JSON.stringify(freeOtpToken(a))]),
    ['tokenOrder', JSON.stringify(accounts.map((a) => `${a.issuer}:${a.accountName}`))],
  ]);

/** FreeOTP 2: a master key sealed with PBKDF2 of the password; each token's key sealed with the master key. */
export function freeOtp2(accounts = ALL): Uint8Array {
  const encryptedKey = (key: Uint8Array, plain: Uint8Array, token: string) => {
    const iv = randomBytes(12);
    const params = [0x30, 17, 0x04, 12, ...iv, 0x02, 1, 128];
    return {
      mCipher: 'AES/GCM/NoPadding',
      mCipherText: signed(sealed(gcm(key, iv, plain, text(token)))),
      mParameters: signed(Uint8Array.from(params)),
      mToken: token,
    };
  };
  const master = randomBytes(32);
  const salt = randomBytes(32);
  const derived = pbkdf2Sync(PASSWORD, salt, 100_000, 32, 'sha512');
  const masterKey = {
    mAlgorithm: 'PBKDF2withHmacSHA512',
    mEncryptedKey: encryptedKey(derived, master, 'AES'),
    mIterations: 100_000,
    mSalt: signed(salt),
  };
  const entries: [string, string][] = [['masterKey', JSON.stringify(masterKey)]];
  accounts.forEach((a, i) => {
    const id = `2c4b7f0e-0000-4000-8000-00000000000${i}`;
    const { secret: _secret, ...token } = freeOtpToken(a);
    entries.push([
      id,
      JSON.stringify({ key: JSON.stringify(encryptedKey(master, secretBytes(a), `Hmac${a.algorithm}`)) }),
    ]);
    entries.push([`${id}-token`, JSON.stringify(token)]);
  });
  return javaStringMap(entries);
}

export function steamMaFile(accountName = 'gaben'): Uint8Array {
  return json({
    shared_secret: b64(secretBytes(TOTP)),
    account_name: accountName,
    serial_number: '1',
    revocation_code: 'R0000',
  });
}

export function duo(accounts = [TOTP, HOTP]): Uint8Array {
  return json(
    accounts.map((a, i) => ({
      version: 1,
      accountType: 'OtpAccount',
      name: a.accountName,
      otpGenerator: { otpSecret: a.secret, ...(a.type === 'hotp' ? { counter: a.counter } : {}) },
      pkey: `k${i}`,
    })),
  );
}

export function authyPlain(accounts = [TOTP]): Uint8Array {
  const tokens = accounts.map((a) => ({
    decryptedSecret: a.secret,
    originalName: `${a.issuer}:${a.accountName}`,
    originalIssuer: a.issuer,
    digits: a.digits,
    name: `${a.issuer} - ${a.accountName}`,
  }));
  return prefs([['com.authy.storage.tokens.authenticator.key', JSON.stringify(tokens)]]);
}

export const otpauthList = (accounts = ALL) => text(`${accounts.map(otpauthUri).join('\n')}\n`);
