import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addAccounts, deleteAccount, updateAccount } from './accounts';
import { MemoryIo, MemoryKeys, SimulatedCrash, slotsOpenedBy, TEST_COST, type Fault } from './memory-io';
import { VaultLockedError, VaultStore } from './store';
import type { Account } from './types';

type Edit =
  { kind: 'add'; secret: string } | { kind: 'edit'; pick: number; issuer: string } | { kind: 'delete'; pick: number };
type Step =
  | Edit
  | { kind: 'lock' }
  | { kind: 'unlock'; right: boolean }
  | { kind: 'crash'; fault: Fault; edit: Edit }
  | { kind: 'changePassword'; crash: Fault | null; late: boolean }
  | { kind: 'workerRestart' }
  | { kind: 'browserRestart' };

const fault = fc.constantFrom<Fault>('slot-fails', 'slot-torn', 'head-fails');
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), secret: fc.stringMatching(/^[A-Z2-7]{4,12}$/) }),
  fc.record({ kind: fc.constant('edit' as const), pick: fc.nat(), issuer: fc.string({ maxLength: 12 }) }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
);
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: editArb },
  { weight: 1, arbitrary: fc.constant({ kind: 'lock' as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('unlock' as const), right: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('crash' as const), fault, edit: editArb }) },
  {
    weight: 1,
    // late: the crash strikes the second write of its kind (the older slot's re-sealing), after the head flip.
    arbitrary: fc.record({ kind: fc.constant('changePassword' as const), crash: fc.option(fault), late: fc.boolean() }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'workerRestart' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'browserRestart' as const }) },
);

/** Applies an edit to a list of accounts (the same pure functions the background uses). */
function applyEdit(accounts: Account[], edit: Edit): Account[] {
  if (edit.kind === 'add') {
    const input = {
      issuer: 'I',
      accountName: 'A',
      secret: edit.secret,
      type: 'totp',
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
      counter: 0,
    } as const;
    return addAccounts(accounts, [input], 1).accounts;
  }
  const target = accounts[edit.pick % Math.max(accounts.length, 1)];
  if (!target) return accounts;
  if (edit.kind === 'edit') return updateAccount(accounts, target.id, { issuer: edit.issuer }, 2).accounts;
  return deleteAccount(accounts, target.id).accounts;
}

describe('vault against a model (property)', () => {
  it('loses nothing over 1,000 random add/edit/delete/lock/unlock/crash steps', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 1000, maxLength: 1000 }), async (steps) => {
        const io = new MemoryIo();
        const keys = new MemoryKeys();
        const open = () => new VaultStore(io, keys, { cost: TEST_COST, failDelayMs: 0 });
        let store = open();
        let password = 'password-0';
        /** Passwords that must open nothing: replaced ones, and new ones whose change was cut short before the head flip. */
        const retired: string[] = [];
        let model: Account[] = [];
        let unlocked = true;
        await store.create(password);

        const mutate = (edit: Edit) =>
          store.mutate((p) => {
            const accounts = applyEdit(p.accounts, edit);
            return { payload: { ...p, accounts }, result: accounts };
          });

        for (const [i, step] of steps.entries()) {
          switch (step.kind) {
            case 'add':
            case 'edit':
            case 'delete':
              if (unlocked) model = await mutate(step);
              else await expect(mutate(step)).rejects.toBeInstanceOf(VaultLockedError);
              break;
            case 'lock':
              await store.lock();
              unlocked = false;
              break;
            case 'unlock':
              expect(await store.unlock(step.right ? password : 'wrong')).toBe(step.right);
              unlocked ||= step.right;
              break;
            case 'crash':
              if (!unlocked) break;
              io.fault = step.fault;
              await expect(mutate(step.edit)).rejects.toBeInstanceOf(SimulatedCrash);
              io.fault = null;
              store = open(); // the worker died: a fresh one takes over
              break;
            case 'changePassword': {
              if (!unlocked) break;
              const next = `password-${i + 1}`;
              io.fault = step.crash;
              io.faultAfter = step.late ? 1 : 0;
              if (step.crash) {
                await expect(store.changePassword(password, next)).rejects.toBeInstanceOf(SimulatedCrash);
                store = open();
                if (step.late) [retired[retired.length], password] = [password, next];
                else retired.push(next);
              } else {
                expect(await store.changePassword(password, next)).toBe(true);
                retired.push(password);
                password = next;
              }
              io.fault = null;
              io.faultAfter = 0;
              expect(await store.state()).toBe('unlocked');
              for (const old of retired) expect(await slotsOpenedBy(io, old)).toEqual([]);
              break;
            }
            case 'workerRestart':
              store = open();
              break;
            case 'browserRestart':
              keys.key = null;
              store = open();
              unlocked = false;
              break;
          }
          expect(await store.state()).toBe(unlocked ? 'unlocked' : 'locked');
          if (unlocked) expect((await store.read())!.accounts).toEqual(model);
        }
        await store.lock();
        const final = open();
        expect(await final.unlock(password)).toBe(true);
        expect((await final.read())!.accounts).toEqual(model);
        for (const old of retired) expect(await final.unlock(old)).toBe(false);
        expect(await slotsOpenedBy(io, password)).toEqual(['a', 'b']);
      }),
      { numRuns: 5 },
    );
  }, 120_000);
});
