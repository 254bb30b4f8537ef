import { create } from 'zustand';

/**
 * Which accounts the user has chosen to export (UI state of the options page: the accounts view's check boxes,
 * read by the exports). No choice means every account.
 */
interface ExportSelection {
  chosen: readonly string[];
  toggled(id: string, on: boolean): void;
  allSet(ids: readonly string[], on: boolean): void;
  /** Keeps only the ids still in the vault (after a delete, or when another page changed it). */
  pruned(existing: readonly string[]): void;
}

export const useExportSelection = create<ExportSelection>()((set) => ({
  chosen: [],
  toggled: (id, on) =>
    set(({ chosen }) => ({
      chosen: on ? (chosen.includes(id) ? chosen : [...chosen, id]) : chosen.filter((c) => c !== id),
    })),
  allSet: (ids, on) =>
    set(({ chosen }) => ({
      chosen: on ? [...chosen, ...ids.filter((id) => !chosen.includes(id))] : chosen.filter((c) => !ids.includes(c)),
    })),
  pruned: (existing) =>
    set(({ chosen }) => {
      const kept = chosen.filter((id) => existing.includes(id));
      return kept.length === chosen.length ? {} : { chosen: kept };
    }),
}));

/** The ids of the accounts chosen for export (empty: none chosen, so every account goes). */
export const useChosenIds = (): readonly string[] => useExportSelection((s) => s.chosen);

/** The accounts to export: the chosen ones when some are chosen, else all of them. */
export function onlyChosen<T extends { id: string }>(accounts: readonly T[], ids: readonly string[]): T[] {
  if (ids.length === 0) return [...accounts];
  const wanted = new Set(ids);
  return accounts.filter((a) => wanted.has(a.id));
}
