import { describe, expect, it } from 'vitest';
import { mayFillCredentialOn } from './credential-fill';

describe('where a Skyvern-stored authenticator code may be filled', () => {
  it('on the site the credential was tested on, or a subdomain of it', () => {
    expect(mayFillCredentialOn('https://acme.test/login', 'https://acme.test/2fa')).toBe(true);
    expect(mayFillCredentialOn('https://acme.test/login', 'https://sso.acme.test/verify')).toBe(true);
  });

  it('nowhere else, and nowhere without a tested URL', () => {
    expect(mayFillCredentialOn('https://acme.test/login', 'https://evil.test/acme.test')).toBe(false);
    expect(mayFillCredentialOn('https://acme.test/login', 'https://acme.test.evil.test/')).toBe(false);
    expect(mayFillCredentialOn(null, 'https://acme.test/')).toBe(false);
    expect(mayFillCredentialOn('https://acme.test/login', 'chrome://extensions')).toBe(false);
  });
});
