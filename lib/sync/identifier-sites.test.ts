import { describe, expect, it } from 'vitest';
import type { SkyvernCredential } from './credentials-schema';
import { identifierSites, identifiersForPage } from './identifier-sites';

const credential = (over: Partial<SkyvernCredential>): SkyvernCredential => ({
  id: 'cred_1',
  name: 'Acme',
  username: 'me',
  totpType: 'email',
  totpIdentifier: 'me@acme.test',
  testedUrl: 'https://login.acme.test/signin',
  ...over,
});

describe('which identifier belongs to which site', () => {
  it("takes Skyvern's credentials, the user's corrections over them, and the watched rest", () => {
    const entries = identifierSites(
      [credential({}), credential({ id: 'cred_2', name: 'Shop', totpIdentifier: '+14155550100', testedUrl: null })],
      { 'ME@acme.test': 'acme.test', '+14155550100': 'https://shop.test/login' },
      ['me@acme.test', 'ops@x.test'],
    );
    expect(entries).toEqual([
      { identifier: 'me@acme.test', site: 'acme.test', credentialName: 'Acme', corrected: true },
      { identifier: '+14155550100', site: 'shop.test', credentialName: 'Shop', corrected: true },
      { identifier: 'ops@x.test', site: null, credentialName: null, corrected: false },
    ]);
  });

  it('finds the identifiers of a page by its site (subdomains included, nothing for other sites)', () => {
    const entries = identifierSites([credential({})], {});
    expect(entries[0]!.site).toBe('login.acme.test');
    expect(identifiersForPage(entries, 'https://login.acme.test/2fa')).toEqual(['me@acme.test']);
    expect(identifiersForPage(entries, 'https://evil.test/')).toEqual([]);
  });
});
