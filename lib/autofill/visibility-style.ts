/** Reading computed style values for the visibility checks (pure, so that they can be tested alone). */

/** The alpha of a computed colour: `rgba(0, 0, 0, 0)`, `rgb(1 2 3 / 0.5)`, `transparent`, `color(srgb 1 0 0 / 50%)`. */
export function colorAlpha(color: string): number {
  const value = color.trim().toLowerCase();
  if (value === 'transparent' || value === '') return 0;
  const slash = /\/\s*([\d.]+)(%?)\s*\)$/.exec(value);
  if (slash) return Number(slash[1]) / (slash[2] ? 100 : 1);
  const rgba = /^rgba\(\s*[^,]+,[^,]+,[^,]+,\s*([\d.]+)(%?)\s*\)$/.exec(value);
  if (rgba) return Number(rgba[1]) / (rgba[2] ? 100 : 1);
  return 1;
}

/** The product of every `opacity()` in a computed `filter` (`none` → 1). */
export function filterOpacity(filter: string): number {
  let product = 1;
  for (const match of filter.matchAll(/opacity\(\s*([\d.]+)(%?)\s*\)/g)) {
    product *= Number(match[1]) / (match[2] ? 100 : 1);
  }
  return Math.min(product, 1);
}

/** Filters that change colours but leave everything readable (a grey "mourning" page). */
const HARMLESS_FILTER = /^(?:(?:grayscale|sepia|hue-rotate|saturate)\([^)]*\)\s*)+$/;

/** True when a computed `filter` cannot hide or blur what is under it. */
export function harmlessFilter(filter: string): boolean {
  return filter === 'none' || HARMLESS_FILTER.test(filter.trim());
}
