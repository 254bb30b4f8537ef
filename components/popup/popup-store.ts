import { create } from 'zustand';
import type { Account } from '@/lib/vault/types';

export type PopupView = { kind: 'list' } | { kind: 'add' } | { kind: 'edit'; id: string };

/** The phishing guard's question: the account's code was asked for on a site none of its websites match. */
export interface FillGuard {
  account: Account;
  /** "GitHub (octo)". */
  label: string;
  /** The page's host, as the question names it. */
  host: string;
  /** The frame's origin the background chose (sent back to confirm that very frame). */
  origin: string;
  /** What "add this site" adds to the account's websites. */
  website: string;
}

interface PopupState {
  view: PopupView;
  search: string;
  /** Last message for the live region ("Copied", "Deleted", errors). */
  announcement: string;
  /** A just-deleted account that "Undo" can put back. */
  deleted: Account | null;
  /** The row that has keyboard focus (index in the shown list). */
  activeIndex: number;
  /** "… is not a website of …. Fill anyway?", while asked. */
  guard: FillGuard | null;
}

interface PopupActions {
  addOpened(): void;
  editOpened(id: string): void;
  listShown(): void;
  searchChanged(search: string): void;
  announced(message: string): void;
  accountDeleted(account: Account): void;
  undoUsed(): void;
  rowFocused(index: number): void;
  guardAsked(guard: FillGuard | null): void;
}

export const usePopupStore = create<PopupState & PopupActions>()((set) => ({
  view: { kind: 'list' },
  search: '',
  announcement: '',
  deleted: null,
  activeIndex: 0,
  guard: null,
  addOpened: () => set({ view: { kind: 'add' } }),
  editOpened: (id) => set({ view: { kind: 'edit', id } }),
  listShown: () => set({ view: { kind: 'list' } }),
  searchChanged: (search) => set({ search, activeIndex: 0 }),
  announced: (announcement) => set({ announcement }),
  accountDeleted: (account) => set({ deleted: account, view: { kind: 'list' } }),
  undoUsed: () => set({ deleted: null }),
  rowFocused: (activeIndex) => set({ activeIndex }),
  guardAsked: (guard) => set({ guard }),
}));
