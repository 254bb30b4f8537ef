import { describe, expect, it } from 'vitest';
import { identifierWarnings, phoneDigits } from './identifier-warnings';

describe('identifier warnings', () => {
  it('warns about spaces in anything but an e-mail address', () => {
    expect(identifierWarnings(['+1 415 555 0100'])).toEqual([
      '“+1 415 555 0100” has spaces: Skyvern matches it exactly as written, spaces included.',
    ]);
    expect(identifierWarnings(['me@example.com', '+14155550100', 'user_1'])).toEqual([]);
  });

  it('warns when one phone number is written two ways, with or without its country code', () => {
    const warning = identifierWarnings(['+14155550100', '(415) 555-0100']).at(-1);
    expect(warning).toContain('“+14155550100” and “(415) 555-0100” look like one phone number written two ways');
    expect(identifierWarnings(['+14155550100', '+14155550199'])).toEqual([]);
  });

  it('reads phone digits only from what looks like a phone number', () => {
    expect(phoneDigits('+44 20 7946 0958')).toBe('442079460958');
    expect(phoneDigits('user_4155550100')).toBeNull();
    expect(phoneDigits('1234@x.io')).toBeNull();
  });
});
