import { create } from 'zustand';

/** Which QR codes of each Google Authenticator export batch were imported while this page is open. */
interface BatchState {
  imported: Record<number, number[]>;
  batchQrImported(batchId: number, index: number): void;
}

export const useBatchStore = create<BatchState>()((set) => ({
  imported: {},
  batchQrImported: (batchId, index) =>
    set((s) => ({
      imported: {
        ...s.imported,
        [batchId]: [...new Set([...(s.imported[batchId] ?? []), index])].sort((a, b) => a - b),
      },
    })),
}));

/** "QR 2 of 3" and what is left of the batch, for the import list. */
export function batchProgress(index: number, size: number, imported: number[]): string {
  const done = new Set(imported);
  const left = Array.from({ length: size }, (_, i) => i).filter((i) => !done.has(i) && i !== index);
  const base = `QR ${index + 1} of ${size}`;
  if (left.length === 0) return `${base}: the last of this export.`;
  return `${base}: then scan QR ${left.map((i) => i + 1).join(', ')}.`;
}
