import { describe, expect, it } from 'vitest';
import { batchProgress, useBatchStore } from './batch-store';

describe('Google export batch progress', () => {
  it('says which QR this is and which are left', () => {
    expect(batchProgress(1, 3, [])).toBe('QR 2 of 3: then scan QR 1, 3.');
    expect(batchProgress(0, 3, [1])).toBe('QR 1 of 3: then scan QR 3.');
    expect(batchProgress(2, 3, [0, 1])).toBe('QR 3 of 3: the last of this export.');
  });

  it('remembers imported QR codes per batch', () => {
    useBatchStore.getState().batchQrImported(7, 2);
    useBatchStore.getState().batchQrImported(7, 0);
    useBatchStore.getState().batchQrImported(7, 2);
    expect(useBatchStore.getState().imported[7]).toEqual([0, 2]);
  });
});
