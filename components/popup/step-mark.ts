/**
 * Marks an intermediate step of the popup's start on the performance timeline, only when the page
 * was opened with `?steps` (bench:popup's breakdown runs). A mark is not free (each one is sent to the
 * browser process), so ordinary opens place only `otpilot:codes-visible`.
 */
const enabled = typeof location !== 'undefined' && new URLSearchParams(location.search).has('steps');

export function stepMark(name: string): void {
  if (enabled) performance.mark(`otpilot:${name}`);
}
