import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withCorpus } from '@/test/support/corpus-suite';
import { FIXTURES } from '@/test/support/paths';
import { decodeBase32 } from './base32';
import { generateCode } from './generate';
import { OtpauthError, parseOtpauthUri } from './otpauth';
import { parseSecretOrUri } from './parse-input';
import type { ParsedOtpauth } from './types';

interface UriCase {
  source: string;
  uri: string;
  valid: boolean;
  expect?: Record<string, unknown>;
  note?: string;
}
const load = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { cases: UriCase[] }).cases;

/** Where apps disagree, what OTPilot does instead of the source app (see the report / README). */
const DECISIONS: Record<string, { accept?: Partial<ParsedOtpauth>; reject?: OtpauthError['code'] }> = {
  // Google Authenticator refuses an empty or blank label; Bitwarden accepts it. A working secret should not be lost
  // for want of a name: we accept it with an empty account name (the user can name it).
  'otpauth://totp/?secret=CQAHUXJ2VWDI7WFF': { accept: { accountName: '', issuer: '' } },
  'otpauth://totp/    ?secret=CQAHUXJ2VWDI7WFF': { accept: { accountName: '', issuer: '' } },
  // GA keeps counters in 32 bits; 2^35 is still an exact JS number, so we keep it.
  'otpauth://hotp/?secret=CQAHUXJ2VWDI7WFF&counter=34359738368': { accept: { counter: 34359738368 } },
  // 2^64-1 cannot be held exactly in a number (the vault's counter type): refuse it clearly rather than drift.
  'otpauth://hotp/L%C3%A9on?algorithm=SHA256&digits=8&counter=18446744073709551615&secret=AAAQEAYEAUDAOCAJBIFQYDIOB4': {
    reject: 'bad-counter',
  },
  // KeePassXC clamps the period to 24 h; that silently gives wrong codes, so we keep the period as given.
  'otpauth://totp/ACME%20Co:john@example.com?secret=HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ&issuer=ACME%20Co&algorithm=SHA512&digits=6&period=90000':
    { accept: { period: 90000, issuer: 'ACME Co', accountName: 'john@example.com' } },
};

const hex = (secret: string) => Buffer.from(decodeBase32(secret)).toString('hex');
const nul = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** What the URI itself says (for cases whose expected fields "are in the URI itself"). */
function selfDescribed(uri: string): Partial<ParsedOtpauth> {
  const [, type = '', label = '', query = ''] = /^otpauth:\/\/(\w+)\/([^?]*)\?(.*)$/.exec(uri) ?? [];
  const q = new URLSearchParams(query);
  const [issuer, account] = decodeURIComponent(label).split(':');
  const out: Partial<ParsedOtpauth> = {
    type: type as ParsedOtpauth['type'],
    issuer: q.get('issuer') ?? issuer,
    accountName: account,
  };
  out.secret = q.get('secret') ?? '';
  out.algorithm = q.get('algorithm') as ParsedOtpauth['algorithm'];
  out.digits = Number(q.get('digits'));
  if (q.has('period')) out.period = Number(q.get('period'));
  if (q.has('counter')) out.counter = Number(q.get('counter'));
  return out;
}

function checkExpect(p: ParsedOtpauth, e: Record<string, unknown>): Promise<void>[] {
  for (const key of ['type', 'secret', 'algorithm', 'digits', 'period', 'counter'] as const) {
    if (key in e) expect(p[key], key).toBe(e[key]);
  }
  if ('account' in e) expect(p.accountName).toBe(e.account);
  if ('issuer' in e) expect(p.issuer).toBe(nul(e.issuer));
  if ('secret_hex' in e) expect(hex(p.secret)).toBe(e.secret_hex);
  if ('label_raw' in e) {
    const label = String(e.label_raw);
    const colon = label.indexOf(':');
    expect(p.issuer).toBe(nul(e.issuer_param) || (colon >= 0 ? label.slice(0, colon) : ''));
    expect(p.accountName).toBe(label.slice(colon + 1).trim());
  }
  // OneTimePassword keeps "issuer:name" as the account when the issuer parameter differs; we follow the issuer
  // parameter (Google's spec, Bitwarden) and drop the label prefix, so the account is just the name.
  if ('account_startswith' in e) expect(p.accountName).toBe(String(e.account_endswith));
  return Object.entries(e)
    .filter(([k]) => k.startsWith('code_at_'))
    .map(async ([k, code]) => expect(await generateCode(p, Number(k.slice(8)) * 1000)).toBe(code));
}

/** Every case of a list parses as it says (or is refused), with OTPilot's decisions where apps disagree. */
function uriCases(name: string, cases: UriCase[]) {
  describe(name, () => {
    it.each(cases.map((c) => [c.uri, c] as const))('%s', async (uri, c) => {
      const decision = DECISIONS[uri];
      if (decision?.reject || (!decision && !c.valid)) {
        expect(() => parseOtpauthUri(uri)).toThrow(OtpauthError);
        if (decision?.reject)
          expect(() => parseOtpauthUri(uri)).toThrow(expect.objectContaining({ code: decision.reject }));
        expect(() => parseSecretOrUri(uri)).toThrow(OtpauthError);
        return;
      }
      const p = parseOtpauthUri(uri);
      expect(parseSecretOrUri(uri)).toEqual(p);
      if (decision?.accept) expect(p).toMatchObject(decision.accept);
      else if (c.expect) await Promise.all(checkExpect(p, c.expect));
      else expect(p).toMatchObject(selfDescribed(uri));
    });
  });
}

uriCases(
  'our own otpauth cases (test/fixtures/otpauth/uri-cases.json)',
  load(join(FIXTURES, 'otpauth/uri-cases.json')),
);
withCorpus('otpauth/uri-cases.json', 'otpauth/uri-cases.json', (file) =>
  uriCases('otpauth/uri-cases.json', load(file)),
);

describe('otpauth errors', () => {
  it('names the problem with a typed code', () => {
    const code = (uri: string) => {
      try {
        parseOtpauthUri(uri);
      } catch (e) {
        return e instanceof OtpauthError ? `${e.code}: ${e.message}` : 'other';
      }
      return 'ok';
    };
    expect(code('otpauth://totp/9.99.99.999?secret2=unused')).toMatch(/^missing-secret: The link has no secret/);
    expect(code('otpauth://totp/x?secret=')).toMatch(/^missing-secret: The link has an empty secret/);
    expect(code('otpauth://totp/x?secret=CQ1HUXJ2VWDI8WFF')).toMatch(/^bad-secret: .*"1" at position 3/);
    expect(code('totp/9.99.99.999?secret=CQAH')).toMatch(/^not-otpauth/);
    expect(code('otpauth://bad/x?secret=CQAH')).toMatch(/^bad-type: .*"bad"/);
    expect(code('otpauth:///x?secret=CQAH')).toMatch(/^bad-type/);
    expect(code('otpauth://totp/x?secret=CQAH&digits=2')).toMatch(/^bad-digits: .*"2"/);
    expect(code('otpauth://totp/x?secret=CQAH&period=0')).toMatch(/^bad-period/);
    expect(code('otpauth://totp/x?secret=CQAH&period=30&period=60')).toMatch(/^bad-period: .*more than once/);
    expect(code('otpauth://totp/x?secret=CQAH&algorithm=MD5')).toMatch(/^bad-algorithm: .*"MD5"/);
    expect(code('otpauth://hotp/x?secret=CQAH&counter=1.5')).toMatch(/^bad-counter/);
    expect(code('otpauth://totp/%E0%A4%A?secret=CQAH')).toMatch(/^bad-uri: .*%-escape/);
  });
});
