/** The options page's sections, in the navigation's order; each has its own URL (`options.html#id`). */
export const SECTIONS = [
  { id: 'accounts', title: 'Accounts' },
  { id: 'import-export', title: 'Import & export' },
  { id: 'security', title: 'Security' },
  { id: 'autofill', title: 'Auto-fill' },
  { id: 'skyvern', title: 'Skyvern' },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];

export const DEFAULT_SECTION: SectionId = 'accounts';

/** The section a URL hash names (`#skyvern`, `skyvern`); none or an unknown one: Accounts. */
export function sectionFromHash(hash: string): SectionId {
  const id = decodeURIComponent(hash.replace(/^#/, '')).trim().toLowerCase();
  return SECTIONS.find((s) => s.id === id)?.id ?? DEFAULT_SECTION;
}

export function sectionTitle(id: SectionId): string {
  return SECTIONS.find((s) => s.id === id)!.title;
}

/** The id of a section's heading, which gets focus when the user picks the section in the navigation. */
export const sectionHeadingId = (id: SectionId) => `section-${id}-title`;
