import { describe, expect, it } from 'vitest';
import {
  hostOf,
  matchesOrigin,
  matchingAccounts,
  originOf,
  parseWebsite,
  siteName,
  siteOf,
  websiteMatches,
} from './match';

describe('websiteMatches', () => {
  it.each([
    // [website entry, page URL, matches]
    // the host and its subdomains; any port when the entry names none
    ['github.com', 'https://github.com/login', true],
    ['github.com', 'https://gist.github.com/', true],
    ['https://github.com/', 'https://github.com:8443/login', true],
    ['GitHub.com.', 'https://github.com/', true],
    // never look-alikes or parents
    ['github.com', 'https://evilgithub.com/', false],
    ['github.com', 'https://github.com.evil.io/', false],
    ['github.com', 'https://github.com.evil.example/', false],
    ['gist.github.com', 'https://github.com/', false],
    ['bank.test', 'https://bank.test.evil.test/', false],
    ['bank.test', 'https://evilbank.test/', false],
    // no scheme means https: an https account never fills an http page...
    ['github.com', 'http://github.com/', false],
    ['https://github.com', 'http://github.com/', false],
    ['bank.test', 'http://bank.test:8080/', false],
    // ...unless the account lists that http address (that host, not its subdomains)...
    ['http://intranet.example', 'http://intranet.example/', true],
    ['http://intranet.example', 'http://a.intranet.example/', false],
    ['http://intranet.example', 'https://intranet.example/', true],
    // ...or the page is on this computer or the local network
    ['127.0.0.1', 'http://127.0.0.1:5173/', true],
    ['localhost', 'http://localhost:3000/', true],
    ['192.168.1.5', 'http://192.168.1.5/', true],
    ['nas.local', 'http://nas.local/', true],
    ['10.evil.example', 'http://10.evil.example/', false],
    // a port named in the entry must match
    ['127.0.0.1:3000', 'http://127.0.0.1:3000/', true],
    ['127.0.0.1:3000', 'http://127.0.0.1:3001/', false],
    ['github.com:443', 'https://github.com/', true],
    ['github.com:443', 'https://github.com:8443/', false],
    ['https://bank.test:8443/login', 'https://bank.test:8443/2fa', true],
    // IP addresses and localhost only exactly
    ['127.0.0.1', 'http://127.0.0.1/', true],
    ['127.0.0.1', 'http://1.127.0.0.1/', false],
    ['localhost', 'http://a.localhost/', false],
    ['[::1]', 'http://[::1]:8000/', true],
    // an entry that is itself a public suffix matches only exactly (private suffixes included)
    ['github.io', 'https://octo.github.io/', false],
    ['github.io', 'https://github.io/', true],
    ['co.uk', 'https://bank.co.uk/', false],
    ['octo.github.io', 'https://octo.github.io/', true],
    ['octo.github.io', 'https://docs.octo.github.io/', true],
    ['octo.github.io', 'https://other.github.io/', false],
    ['bank.co.uk', 'https://login.bank.co.uk/', true],
    // not web addresses
    ['ftp://github.com', 'https://github.com/', false],
    ['', 'https://github.com/', false],
    ['github.com', 'chrome://extensions', false],
    ['github.com', 'not a url', false],
  ])('%s vs %s: %s', (website, page, expected) => {
    expect(websiteMatches(website, page)).toBe(expected);
  });
});

describe('parseWebsite', () => {
  it.each([
    ['github.com', { scheme: 'https', host: 'github.com', port: null }],
    ['http://intranet.example:8080/x', { scheme: 'http', host: 'intranet.example', port: '8080' }],
    ['https://github.com:443', { scheme: 'https', host: 'github.com', port: '443' }],
    ['user@github.com:8443', { scheme: 'https', host: 'github.com', port: '8443' }],
    ['ftp://github.com', null],
    ['  ', null],
  ])('%s', (website, expected) => expect(parseWebsite(website)).toEqual(expected));
});

describe('origins and sites', () => {
  it.each([
    ['https://Login.Bank.example:443/2fa', 'https://login.bank.example', 'login.bank.example', 'https://bank.example'],
    ['http://127.0.0.1:5173/', 'http://127.0.0.1:5173', '127.0.0.1', 'http://127.0.0.1'],
    ['https://octo.github.io/', 'https://octo.github.io', 'octo.github.io', 'https://octo.github.io'],
    ['https://pay.bank.co.uk/', 'https://pay.bank.co.uk', 'pay.bank.co.uk', 'https://bank.co.uk'],
    ['chrome-extension://abc/popup.html', null, null, null],
    [undefined, null, null, null],
  ])('%s', (url, origin, host, site) => {
    expect(originOf(url)).toBe(origin);
    expect(hostOf(url)).toBe(host);
    expect(siteOf(url)).toBe(site);
  });

  it('names a site by its registrable domain', () => {
    expect(siteName('https://login.bank.test:8443/')).toBe('bank.test');
    expect(siteName('http://127.0.0.1:3000/')).toBe('127.0.0.1');
  });
});

describe('matchingAccounts', () => {
  const account = (id: string, websites: string[]) => ({ id, websites });
  const accounts = [account('a', ['example.com']), account('b', ['auth.provider.net']), account('c', [])];

  it('checks every website of every account against the one origin', () => {
    expect(matchingAccounts(accounts, 'https://login.example.com').map((a) => a.id)).toEqual(['a']);
    expect(matchingAccounts(accounts, 'https://auth.provider.net/otp').map((a) => a.id)).toEqual(['b']);
    expect(matchingAccounts(accounts, 'http://login.example.com')).toEqual([]);
    expect(matchingAccounts(accounts, null)).toEqual([]);
  });

  it('matchesOrigin: hosts and subdomains, not look-alikes (moved from the popup’s sort.test)', () => {
    const a = account('a', ['github.com']);
    expect(matchesOrigin(a, 'https://github.com')).toBe(true);
    expect(matchesOrigin(a, 'https://api.github.com')).toBe(true);
    expect(matchesOrigin(a, 'https://evilgithub.com')).toBe(false);
    expect(matchesOrigin(a, null)).toBe(false);
    expect(hostOf('https://github.com/login')).toBe('github.com');
    expect(hostOf('not a url')).toBeNull();
  });

  it('matchesOrigin: an account without websites matches nothing', () => {
    expect(matchesOrigin(account('c', []), 'https://example.com')).toBe(false);
    expect(matchesOrigin(account('a', ['example.com', 'example.org']), 'https://www.example.org')).toBe(true);
  });
});
