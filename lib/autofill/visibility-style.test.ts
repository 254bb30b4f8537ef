import { describe, expect, it } from 'vitest';
import { colorAlpha, filterOpacity, harmlessFilter } from './visibility-style';

describe('computed style readers', () => {
  it.each([
    ['rgb(0, 0, 0)', 1],
    ['rgba(0, 0, 0, 0)', 0],
    ['rgba(255, 255, 255, 0.5)', 0.5],
    ['transparent', 0],
    ['rgb(1 2 3 / 0.25)', 0.25],
    ['color(srgb 1 0 0 / 50%)', 0.5],
    ['oklch(0.5 0.1 120)', 1],
  ])('colorAlpha(%s) = %d', (color, alpha) => {
    expect(colorAlpha(color)).toBeCloseTo(alpha);
  });

  it.each([
    ['none', 1],
    ['opacity(0)', 0],
    ['opacity(0.5) blur(2px) opacity(50%)', 0.25],
    ['grayscale(1)', 1],
  ])('filterOpacity(%s) = %d', (filter, opacity) => {
    expect(filterOpacity(filter)).toBeCloseTo(opacity);
  });

  it.each([
    ['none', true],
    ['grayscale(1)', true],
    ['grayscale(1) sepia(0.3)', true],
    ['opacity(0.99)', false],
    ['blur(8px)', false],
    ['brightness(0)', false],
    ['grayscale(1) contrast(0)', false],
  ])('harmlessFilter(%s) = %s', (filter, harmless) => {
    expect(harmlessFilter(filter)).toBe(harmless);
  });
});
