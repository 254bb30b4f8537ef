import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Account } from '@/lib/vault/types';
import { fillForUser } from './user-actions';

const accounts: Account[] = [];
const deliverCode = vi.fn(async () => true);
const openPopup = vi.fn(async () => true);
/** What the tab's frames reported (none here: the menu names its frame, the shortcut falls back to the top). */
const tabFills = { tabId: 7, frames: [], autoFills: [], rejections: 0 };

vi.mock('@/lib/vault/service', () => ({ getUnlockedAccounts: async () => (accounts.length ? accounts : null) }));
vi.mock('./code', () => ({ codeForFill: async (a: Account) => `code-${a.id}` }));
vi.mock('./deliver', () => ({ deliverCode: (...args: unknown[]) => deliverCode(...(args as [])) }));
vi.mock('./open-popup', () => ({ openPopup: (...args: unknown[]) => openPopup(...(args as [])) }));
vi.mock('./frames', () => ({ readTab: async () => tabFills }));

const account = (id: string, websites: string[]) => ({ id, websites }) as Account;
const tab = { id: 7, windowId: 3, url: 'https://login.example.com/2fa' } as Parameters<typeof fillForUser>[0];

beforeEach(() => {
  accounts.length = 0;
  deliverCode.mockClear();
  openPopup.mockClear();
});

describe('fillForUser (context menu and shortcut)', () => {
  it('fills the one matching account into the frame that was right-clicked', async () => {
    accounts.push(account('a', ['example.com']), account('b', ['other.org']));
    await fillForUser(tab, 4, 'https://login.example.com/frame');
    expect(deliverCode).toHaveBeenCalledWith(expect.objectContaining({ tabId: 7, code: 'code-a', frameId: 4 }));
    expect(openPopup).not.toHaveBeenCalled();
  });

  it('matches the frame host too (a sign-in frame from another site)', async () => {
    accounts.push(account('idp', ['auth.provider.net']));
    await fillForUser(tab, 2, 'https://auth.provider.net/otp');
    expect(deliverCode).toHaveBeenCalledWith(expect.objectContaining({ tabId: 7, code: 'code-idp', frameId: 2 }));
  });

  it('opens the popup to choose when several accounts match, and to unlock when locked', async () => {
    accounts.push(account('a', ['example.com']), account('b', ['login.example.com']));
    await fillForUser(tab);
    accounts.length = 0;
    await fillForUser(tab);
    expect(deliverCode).not.toHaveBeenCalled();
    expect(openPopup).toHaveBeenCalledTimes(2);
    expect(openPopup).toHaveBeenCalledWith(3);
  });
});
