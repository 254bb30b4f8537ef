import { describe, expect, it } from 'vitest';
import { testAccount as account } from '@/lib/vault/account.test-support';
import { filterAccounts, moveId, sortAccounts } from './sort';

describe('sorting', () => {
  it('puts the current site first, then pinned, then the user order', () => {
    const list = [
      account('a', { order: 0 }),
      account('b', { order: 1, pinned: true }),
      account('c', { order: 2, websites: ['github.com'] }),
      account('d', { order: 3 }),
    ];
    // The background says which accounts match the tab (lib/sites, tested there).
    expect(sortAccounts(list, new Set(['c'])).map((a) => a.id)).toEqual(['c', 'b', 'a', 'd']);
    expect(sortAccounts(list, null).map((a) => a.id)).toEqual(['b', 'a', 'c', 'd']);
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
