import { describe, expect, it } from 'vitest';
import { classifyQrText } from './classify';

describe('classifyQrText', () => {
  it('recognises account links whatever their case', () => {
    expect(classifyQrText('otpauth://totp/A?secret=JBSWY3DPEHPK3PXP').kind).toBe('otpauth');
    expect(classifyQrText('OTPAUTH://hotp/A?secret=JBSWY3DPEHPK3PXP&counter=1').kind).toBe('otpauth');
  });

  it('recognises Google Authenticator exports', () => {
    expect(classifyQrText('otpauth-migration://offline?data=CjMK').kind).toBe('migration');
  });

  it('keeps anything else as it is', () => {
    expect(classifyQrText('NOT A otpauth-migration:// URL')).toEqual({
      kind: 'other',
      text: 'NOT A otpauth-migration:// URL',
    });
    expect(classifyQrText('https://example.com/otpauth://').kind).toBe('other');
  });
});
