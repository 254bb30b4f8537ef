import { browser } from 'wxt/browser';
import { handle } from '@/lib/messaging/handle';
import type { Failure } from '@/lib/messaging/result';
import { vaultMetaItem, settingsItem } from '@/lib/storage/items';
import * as edits from './accounts';
import { once } from './answered';
import { cancelAutoLock, listenForAutoLock, scheduleAutoLock } from './auto-lock';
import { BackupError, backupFileName, openBackup, sealBackup, sealBackupWithPassword } from './backup';
import { newKdfParams } from './kdf';
import { emptyPayload } from './payload';
import { VaultDamagedError } from './record';
import { advanceHotp, notifyVaultChanged, setApiKey, vault } from './service';
import { VaultLockedError } from './store';
import { clockOffset } from '@/lib/clock/now';
import { firstRows } from './first-codes';
import { MIN_PASSWORD_LENGTH } from './strength';
import { FIRST_ROWS, inUserOrder } from './display-order';
import { originOf } from '@/lib/sites/match';
import { i18n } from '#i18n';

/** The origin of the tab the popup opens over (readable after the toolbar click's activeTab grant), or null. */
async function activeOrigin(): Promise<string | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true }).catch(() => []);
  return originOf(tab?.url);
}

function failure(error: unknown): Failure {
  if (error instanceof VaultDamagedError) return { ok: false, error: i18n.t('vault.damagedRestore') };
  if (error instanceof VaultLockedError) return { ok: false, error: i18n.t('vault.isLocked') };
  if (error instanceof Error && error.name !== 'Error') return { ok: false, error: error.message };
  console.error('vault operation failed', error instanceof Error ? error.name : 'unknown');
  return { ok: false, error: error instanceof Error ? error.message : i18n.t('common.failed') };
}

/** Runs a vault operation (for an extension page: `handle` let no other sender in), turns errors into a `Failure`. */
function guarded<T>(task: () => Promise<T>): Promise<T | Failure> {
  return task().then(
    (value) => value,
    (error: unknown) => failure(error),
  );
}

/** An edit of the accounts: commits, restarts the idle timer and tells everyone. */
async function edit<T>(apply: (p: ReturnType<typeof emptyPayload>) => { accounts: typeof p.accounts; result: T }) {
  const result = await vault.mutate((p) => {
    const r = apply(p);
    return { payload: { ...p, accounts: r.accounts }, result: r.result };
  });
  void scheduleAutoLock();
  void notifyVaultChanged();
  return result;
}

function checkNewPassword(password: unknown, which = 'The master password'): void {
  if (typeof password !== 'string' || password.length < MIN_PASSWORD_LENGTH) {
    throw new edits.AccountError(`${which} needs at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
}

async function lockNow(): Promise<void> {
  await vault.lock();
  await cancelAutoLock();
  await notifyVaultChanged();
}

/** Registers the background's answers to the vault messages. Call once, synchronously, at worker start. */
export function registerVaultHandlers(): void {
  // Chrome lets content scripts read storage.session unless told not to; Firefox never exposes it to
  // them and has no setAccessLevel (README "Firefox").
  if (!import.meta.env.FIREFOX) void browser.storage.session.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
  listenForAutoLock(lockNow);
  settingsItem.watch(() => void vault.state().then((s) => (s === 'unlocked' ? scheduleAutoLock() : undefined)));

  handle('vaultStatus', () =>
    guarded(async () => ({ state: await vault.state() })).then((r) =>
      'state' in r ? r : { state: 'damaged' as const },
    ),
  );
  handle('vaultCreate', ({ data }) =>
    once('vaultCreate', data, () =>
      guarded(async () => {
        checkNewPassword(data?.password);
        await vault.create(data.password);
        await scheduleAutoLock();
        await notifyVaultChanged();
        return { ok: true as const };
      }),
    ),
  );
  handle('vaultUnlock', ({ data }) =>
    guarded(async () => {
      if (typeof data?.password !== 'string' || !data.password)
        return { ok: false as const, error: i18n.t('vault.enterPassword') };
      if (!(await vault.unlock(data.password))) return { ok: false as const, error: i18n.t('vault.wrongPassword') };
      await scheduleAutoLock();
      await notifyVaultChanged();
      return { ok: true as const };
    }),
  );
  handle('vaultLock', async () => {
    await lockNow();
    return { ok: true as const };
  });
  handle('vaultChangePassword', ({ data }) =>
    once('vaultChangePassword', data, () =>
      guarded(async () => {
        checkNewPassword(data?.next);
        if (!(await vault.changePassword(String(data.current ?? ''), data.next))) {
          return { ok: false as const, error: 'The current master password is wrong.' };
        }
        await notifyVaultChanged();
        return { ok: true as const };
      }),
    ),
  );
  handle('vaultAccounts', () =>
    guarded(async () => {
      const payload = await vault.read();
      if (!payload) throw new VaultLockedError();
      const all = payload.accounts;
      // The tab's origin orders the rows only if an account names a website (otherwise it is not looked up);
      // the first codes are computed while it is.
      const originLookup = all.some((a) => a.websites.length > 0) ? activeOrigin() : undefined;
      const { codes, siteIds } = await firstRows(all, originLookup ?? null, FIRST_ROWS);
      const accounts = inUserOrder(all);
      return { ok: true as const, accounts, codes, siteIds, total: all.length, clockOffsetMs: clockOffset() };
    }),
  );
  handle('accountAdd', ({ data }) =>
    once('accountAdd', data, (unfinished) =>
      guarded(async () => {
        const account = await edit((p) => {
          // A replay whose first run stopped before answering finds the account that run added.
          const earlier = unfinished ? p.accounts.find((a) => edits.isDuplicate(a, data.account)) : undefined;
          if (earlier) return { accounts: p.accounts, result: earlier };
          const r = edits.addAccounts(p.accounts, [data.account], vault.now());
          if (!r.added[0]) throw new edits.AccountError(`${r.skipped[0]} is already in the vault.`);
          return { accounts: r.accounts, result: r.added[0] };
        });
        return { ok: true as const, account };
      }),
    ),
  );
  handle('accountsImport', ({ data }) =>
    once('accountsImport', data, () =>
      guarded(async () => {
        const r = await edit((p) => {
          const r = edits.addAccounts(p.accounts, data.accounts ?? [], vault.now());
          return { accounts: r.accounts, result: { added: r.added.length, skipped: r.skipped } };
        });
        return { ok: true as const, ...r };
      }),
    ),
  );
  handle('accountUpdate', ({ data }) =>
    guarded(async () => {
      const account = await edit((p) => {
        const r = edits.updateAccount(p.accounts, data.id, data.patch ?? {}, vault.now());
        return { accounts: r.accounts, result: r.account };
      });
      return { ok: true as const, account };
    }),
  );
  handle('accountDelete', ({ data }) =>
    once('accountDelete', data, () =>
      guarded(async () => {
        const account = await edit((p) => {
          const r = edits.deleteAccount(p.accounts, data.id);
          return { accounts: r.accounts, result: r.account };
        });
        return { ok: true as const, account };
      }),
    ),
  );
  handle('accountRestore', ({ data }) =>
    once('accountRestore', data, () =>
      guarded(async () => {
        await edit((p) => ({ accounts: edits.restoreAccount(p.accounts, data.account), result: undefined }));
        return { ok: true as const };
      }),
    ),
  );
  handle('accountsReorder', ({ data }) =>
    guarded(async () => {
      await edit((p) => ({
        accounts: edits.reorderAccounts(p.accounts, data.ids ?? [], vault.now()),
        result: undefined,
      }));
      return { ok: true as const };
    }),
  );
  handle('hotpAdvance', ({ data }) =>
    once('hotpAdvance', data, () =>
      guarded(async () => {
        const account = await advanceHotp(data.id);
        void scheduleAutoLock();
        return { ok: true as const, account };
      }),
    ),
  );
  handle('vaultTouch', async () => {
    if ((await vault.state()) === 'unlocked') await scheduleAutoLock();
    return { ok: true as const };
  });
  handle('vaultCanRollBack', () =>
    guarded(async () => ({ available: await vault.canRollBack() })).then((r) =>
      'available' in r ? r : { available: false },
    ),
  );
  handle('vaultRollBack', ({ data }) =>
    once('vaultRollBack', data, () =>
      guarded(async () => {
        if (!(await vault.rollBack())) return { ok: false as const, error: 'No earlier version is intact.' };
        await notifyVaultChanged();
        return { ok: true as const };
      }),
    ),
  );
  handle('vaultSetApiKey', ({ data }) =>
    guarded(async () => {
      await setApiKey(typeof data?.apiKey === 'string' ? data.apiKey : null);
      return { ok: true as const };
    }),
  );
  handle('backupExport', ({ data }) =>
    guarded(async () => {
      if (data?.password) checkNewPassword(data.password, 'The backup password');
      const payload = await vault.read();
      const master = await vault.masterKey();
      if (!payload || !master) throw new VaultLockedError();
      const now = vault.now();
      const json = data?.password
        ? await sealBackupWithPassword(payload.accounts, data.password, newKdfParams(vault.kdfCost), now)
        : await sealBackup(payload.accounts, master.key, master.kdf, now);
      await vaultMetaItem.setValue({ lastBackupAt: now });
      return { ok: true as const, fileName: backupFileName(now), json };
    }),
  );
  handle('backupRestore', ({ data }) =>
    once('backupRestore', data, () =>
      guarded(async () => {
        const state = await vault.state();
        if (state === 'locked') throw new VaultLockedError();
        const creating = state === 'empty' || state === 'damaged';
        if (creating && String(data?.password ?? '').length < MIN_PASSWORD_LENGTH) {
          throw new BackupError(
            `This backup's password is shorter than ${MIN_PASSWORD_LENGTH} characters, too short for a master password. Create a vault first, then restore the backup into it.`,
          );
        }
        const accounts = await openBackup(String(data?.json ?? ''), String(data?.password ?? ''));
        // No vault (or a damaged one, which is set aside untouched): the backup's password becomes the master password.
        if (creating) await vault.create(data.password);
        const r = await edit((p) => {
          const r = edits.addAccounts(p.accounts, accounts, vault.now());
          return { accounts: r.accounts, result: { added: r.added.length, skipped: r.skipped } };
        });
        return { ok: true as const, ...r };
      }),
    ),
  );
}
