import { describe, expect, it } from 'vitest';
import { sectionFromHash, sectionTitle, SECTIONS } from './section-ids';

describe('sectionFromHash', () => {
  it('reads every section from its hash', () => {
    for (const { id } of SECTIONS) expect(sectionFromHash(`#${id}`)).toBe(id);
  });

  it('answers Accounts for no hash or an unknown one', () => {
    expect(sectionFromHash('')).toBe('accounts');
    expect(sectionFromHash('#')).toBe('accounts');
    expect(sectionFromHash('#nowhere')).toBe('accounts');
  });

  it('takes a hash as people type it', () => {
    expect(sectionFromHash('#Skyvern')).toBe('skyvern');
    expect(sectionFromHash('import-export')).toBe('import-export');
  });
});

describe('sectionTitle', () => {
  it('names the sections as the navigation shows them', () => {
    expect(SECTIONS.map((s) => sectionTitle(s.id))).toEqual([
      'Accounts',
      'Import & export',
      'Security',
      'Auto-fill',
      'Skyvern',
    ]);
  });
});
