import { describe, expect, it } from 'vitest';
import { testAccount as account } from '@/lib/vault/account.test-support';
import { filterAccounts, hostOf, matchesHost, moveId, sortAccounts } from './sort';

describe('sorting', () => {
  it('puts the current site first, then pinned, then the user order', () => {
    const list = [
      account('a', { order: 0 }),
      account('b', { order: 1, pinned: true }),
      account('c', { order: 2, websites: ['github.com'] }),
      account('d', { order: 3 }),
    ];
    expect(sortAccounts(list, 'gist.github.com').map((a) => a.id)).toEqual(['c', 'b', 'a', 'd']);
    expect(sortAccounts(list, null).map((a) => a.id)).toEqual(['b', 'a', 'c', 'd']);
  });

  it('matches hosts and subdomains but not look-alikes', () => {
    const a = account('a', { websites: ['github.com'] });
    expect(matchesHost(a, 'github.com')).toBe(true);
    expect(matchesHost(a, 'api.github.com')).toBe(true);
    expect(matchesHost(a, 'evilgithub.com')).toBe(false);
    expect(matchesHost(a, null)).toBe(false);
  });

  it('reads hosts only from web pages', () => {
    expect(hostOf('https://github.com/login')).toBe('github.com');
    expect(hostOf('chrome-extension://abc/popup.html')).toBeNull();
    expect(hostOf(undefined)).toBeNull();
    expect(hostOf('not a url')).toBeNull();
  });
});

describe('search', () => {
  const list = [account('GitHub', { websites: ['github.com'] }), account('Acme', { accountName: 'ops' })];
  it('matches issuer, account and website, every word', () => {
    expect(filterAccounts(list, 'git').map((a) => a.id)).toEqual(['GitHub']);
    expect(filterAccounts(list, 'OPS').map((a) => a.id)).toEqual(['Acme']);
    expect(filterAccounts(list, 'github.com').map((a) => a.id)).toEqual(['GitHub']);
    expect(filterAccounts(list, 'acme git')).toEqual([]);
    expect(filterAccounts(list, '  ')).toHaveLength(2);
  });
});

describe('moveId', () => {
  it('moves an id to a new index', () => {
    expect(moveId(['a', 'b', 'c'], 'a', 2)).toEqual(['b', 'c', 'a']);
    expect(moveId(['a', 'b', 'c'], 'c', 0)).toEqual(['c', 'a', 'b']);
    expect(moveId(['a', 'b'], 'x', 0)).toEqual(['a', 'b']);
  });
});
