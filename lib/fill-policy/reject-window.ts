/**
 * A sign that the site refused an automatic fill (the field came back empty, a new code field came, the
 * tab asked again) counts only this soon after the fill. Its own file: the content script watches for
 * those signs as long, without loading the policy (and its Public Suffix List).
 */
export const REJECT_WINDOW_MS = 15_000;
