import { describe, expect, it } from 'vitest';
import { afterSend, sendChoices, sendResultText } from './send-menu';

describe('"Send to Skyvern" choices', () => {
  it('offers the watched identifiers, the last used first, then those of the page', () => {
    expect(sendChoices(['a@x.io', 'b@x.io', '+1555'], ['B@x.io'], ['+1555'])).toEqual(['B@x.io', '+1555', 'a@x.io']);
    expect(sendChoices(['a@x.io'], ['gone@x.io'])).toEqual(['a@x.io']);
  });

  it('remembers the last used first, each once', () => {
    expect(afterSend(['a@x.io', 'b@x.io'], 'B@X.io')).toEqual(['B@X.io', 'a@x.io']);
  });

  it('says what was stored either way', () => {
    expect(sendResultText('a@x.io', { code: '123456', otp_type: 'totp' })).toBe(
      'Code 123456 sent to Skyvern for a@x.io.',
    );
    expect(sendResultText('a@x.io', { code: '', otp_type: null })).toContain('found no code or link');
  });
});
