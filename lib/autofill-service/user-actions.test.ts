import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Account } from '@/lib/vault/types';
import { fillForUser } from './user-actions';

const accounts: Account[] = [];
const sendCodeToTab = vi.fn(async () => true);
const openPopup = vi.fn(async () => true);

vi.mock('@/lib/vault/service', () => ({ getUnlockedAccounts: async () => (accounts.length ? accounts : null) }));
vi.mock('./code', () => ({ codeForFill: async (a: Account) => `code-${a.id}` }));
vi.mock('./tab-fill', () => ({
  sendCodeToTab: (...args: unknown[]) => sendCodeToTab(...(args as [])),
  openPopup: (...args: unknown[]) => openPopup(...(args as [])),
}));

const account = (id: string, websites: string[]) => ({ id, websites }) as Account;
const tab = { id: 7, windowId: 3, url: 'https://login.example.com/2fa' } as Parameters<typeof fillForUser>[0];

beforeEach(() => {
  accounts.length = 0;
  sendCodeToTab.mockClear();
  openPopup.mockClear();
});

describe('fillForUser (context menu and shortcut)', () => {
  it('fills the one matching account into the frame that was right-clicked', async () => {
    accounts.push(account('a', ['example.com']), account('b', ['other.org']));
    await fillForUser(tab, 4, 'https://login.example.com/frame');
    expect(sendCodeToTab).toHaveBeenCalledWith(7, 'code-a', 4);
    expect(openPopup).not.toHaveBeenCalled();
  });

  it('matches the frame host too (a sign-in frame from another site)', async () => {
    accounts.push(account('idp', ['auth.provider.net']));
    await fillForUser(tab, 2, 'https://auth.provider.net/otp');
    expect(sendCodeToTab).toHaveBeenCalledWith(7, 'code-idp', 2);
  });

  it('opens the popup to choose when several accounts match, and to unlock when locked', async () => {
    accounts.push(account('a', ['example.com']), account('b', ['login.example.com']));
    await fillForUser(tab);
    accounts.length = 0;
    await fillForUser(tab);
    expect(sendCodeToTab).not.toHaveBeenCalled();
    expect(openPopup).toHaveBeenCalledTimes(2);
    expect(openPopup).toHaveBeenCalledWith(3);
  });
});
