import { create } from 'zustand';
import type { Account } from '@/lib/vault/types';

export type PopupView = { kind: 'list' } | { kind: 'add' } | { kind: 'edit'; id: string };

interface PopupState {
  view: PopupView;
  search: string;
  /** Last message for the live region ("Copied", "Deleted", errors). */
  announcement: string;
  /** A just-deleted account that "Undo" can put back. */
  deleted: Account | null;
  /** The row that has keyboard focus (index in the shown list). */
  activeIndex: number;
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
}

export const usePopupStore = create<PopupState & PopupActions>()((set) => ({
  view: { kind: 'list' },
  search: '',
  announcement: '',
  deleted: null,
  activeIndex: 0,
  addOpened: () => set({ view: { kind: 'add' } }),
  editOpened: (id) => set({ view: { kind: 'edit', id } }),
  listShown: () => set({ view: { kind: 'list' } }),
  searchChanged: (search) => set({ search, activeIndex: 0 }),
  announced: (announcement) => set({ announcement }),
  accountDeleted: (account) => set({ deleted: account, view: { kind: 'list' } }),
  undoUsed: () => set({ deleted: null }),
  rowFocused: (activeIndex) => set({ activeIndex }),
}));
