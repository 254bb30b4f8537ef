import { describe, expect, it } from 'vitest';
import type { Account } from '@/lib/vault/types';
import { hostMatches, hostOf, matchingAccounts } from './match';

const account = (id: string, websites: string[]) => ({ id, websites }) as Account;

describe('hostMatches', () => {
  it('matches the host and its subdomains, ignoring the port', () => {
    expect(hostMatches('github.com', 'github.com')).toBe(true);
    expect(hostMatches('gist.github.com', 'github.com')).toBe(true);
    expect(hostMatches(hostOf('https://github.com:8443/login')!, 'https://github.com/')).toBe(true);
  });
  it('never matches look-alikes or parents', () => {
    expect(hostMatches('evilgithub.com', 'github.com')).toBe(false);
    expect(hostMatches('github.com.evil.io', 'github.com')).toBe(false);
    expect(hostMatches('github.com', 'gist.github.com')).toBe(false);
  });
  it('matches IP addresses and localhost only exactly', () => {
    expect(hostMatches('127.0.0.1', '127.0.0.1')).toBe(true);
    expect(hostMatches('127.0.0.1', '127.0.0.1:3000')).toBe(true);
    expect(hostMatches('1.127.0.0.1', '127.0.0.1')).toBe(false);
    expect(hostMatches('a.localhost', 'localhost')).toBe(false);
  });
});

describe('matchingAccounts', () => {
  it('checks the frame host and the tab host', () => {
    const accounts = [account('a', ['example.com']), account('b', ['auth.provider.net']), account('c', [])];
    expect(matchingAccounts(accounts, ['login.example.com', null]).map((a) => a.id)).toEqual(['a']);
    expect(matchingAccounts(accounts, ['auth.provider.net', 'example.com']).map((a) => a.id)).toEqual(['a', 'b']);
    expect(hostOf('chrome://extensions')).toBeNull();
  });
});
