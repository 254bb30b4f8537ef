import { describe, expect, it, vi } from 'vitest';
import { definedOnFirstUse } from './defined-on-first-use';

describe('definedOnFirstUse', () => {
  it('defines the item on first use, once, and keeps its methods bound to it', async () => {
    const define = vi.fn(() => ({
      key: 'local:x',
      value: 1,
      getValue() {
        return Promise.resolve(this.value);
      },
    }));
    const item = definedOnFirstUse(define);
    expect(define).not.toHaveBeenCalled();
    const { getValue } = item;
    expect(await getValue()).toBe(1);
    expect(item.key).toBe('local:x');
    expect(define).toHaveBeenCalledTimes(1);
  });
});
