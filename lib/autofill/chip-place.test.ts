import { describe, expect, it } from 'vitest';
import { chipPosition } from './chip-place';

const field = (left: number, top: number, width = 120, height = 24) => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});
const inside = (at: { left: number; top: number }, chip: { width: number; height: number }, view: typeof wide) =>
  at.left >= 0 && at.top >= 0 && at.left + chip.width <= view.width && at.top + chip.height <= view.height;

const wide = { width: 1280, height: 720 };
const chip = { width: 200, height: 30 };

describe('chipPosition', () => {
  it('puts the chip beside its field when there is room', () => {
    expect(chipPosition(field(100, 50), chip, wide)).toEqual({ left: 226, top: 50 });
  });

  it('goes below the field at the right edge of the frame, inside it', () => {
    const at = chipPosition(field(1100, 50), chip, wide);
    expect(at.top).toBe(80);
    expect(inside(at, chip, wide)).toBe(true);
  });

  it('goes above a field at the bottom right corner', () => {
    const at = chipPosition(field(1100, 690, 120, 24), chip, wide);
    expect(at.top).toBe(690 - 6 - 30);
    expect(inside(at, chip, wide)).toBe(true);
  });

  it('stays inside a 200×80 frame, over the field if it must', () => {
    const small = { width: 200, height: 80 };
    const compact = { width: 196, height: 46 };
    for (const top of [4, 20, 40])
      expect(inside(chipPosition(field(4, top, 150, 22), compact, small), compact, small)).toBe(true);
  });

  it('follows a field scrolled out of sight instead of sticking to the frame edge', () => {
    expect(chipPosition(field(100, -200), chip, wide)).toEqual({ left: 226, top: -200 });
  });

  it('keeps clear of another frame beside the field (a frame partly covered hides its fields)', () => {
    const frame = { left: 300, top: 8, right: 700, bottom: 170 };
    const at = chipPosition(field(120, 150, 176, 20), chip, wide, [frame]);
    const box = { left: at.left, top: at.top, right: at.left + chip.width, bottom: at.top + chip.height };
    expect(box.left < frame.right && frame.left < box.right && box.top < frame.bottom && frame.top < box.bottom).toBe(
      false,
    );
    expect(at).toEqual({ left: 120, top: 176 });
  });
});
