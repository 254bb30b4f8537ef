import { describe, expect, it } from 'vitest';
import { CODE_CONTEXT, CONTEXT_NEGATIVE, HARD_NEGATIVE, OTHER_AUTOCOMPLETE, OTHER_CODE, STRONG_TEXT } from './keywords';

describe('what a page says about a field', () => {
  it('a code of N digits or characters asks for a code; an account number of 12 digits does not', () => {
    expect(STRONG_TEXT.test('enter the 6-digit code')).toBe(true);
    expect(STRONG_TEXT.test("we've sent a 6-character code to you")).toBe(true);
    expect(STRONG_TEXT.test('account id (12 digits) or account alias')).toBe(false);
  });

  it('reads Russian sign-in confirmations', () => {
    expect(STRONG_TEXT.test('подтверждение входа')).toBe(true);
    expect(STRONG_TEXT.test('мы отправили sms с кодом на номер')).toBe(true);
    expect(STRONG_TEXT.test('введите код из письма')).toBe(true);
  });

  it('a PIN counts under verification, two-factor or sign-in words, not under a profile lock', () => {
    expect(CODE_CONTEXT.test('two-factor authentication open your app')).toBe(true);
    expect(CODE_CONTEXT.test("let's do a quick security check")).toBe(true);
    expect(CODE_CONTEXT.test('enter your pin to access this profile.')).toBe(false);
  });

  it('booking pages and other kinds of code are not one-time codes', () => {
    expect(CONTEXT_NEGATIVE.test('manage your booking change seats')).toBe(true);
    expect(CONTEXT_NEGATIVE.test('booking.com sign in')).toBe(false);
    expect(OTHER_CODE.test('error code')).toBe(true);
    expect(OTHER_CODE.test('verification code')).toBe(false);
    expect(HARD_NEGATIVE.test('sort code')).toBe(true);
  });

  it('autocomplete tokens of card, address or password data rule a field out', () => {
    expect(OTHER_AUTOCOMPLETE.test('cc-csc')).toBe(true);
    expect(OTHER_AUTOCOMPLETE.test('section-billing postal-code')).toBe(true);
    expect(OTHER_AUTOCOMPLETE.test('one-time-code')).toBe(false);
    expect(OTHER_AUTOCOMPLETE.test('off')).toBe(false);
  });
});
