import { describe, expect, it } from 'vitest';
import { linkFitsSite, mayFillItself, typedIdentifier, TYPED_FOR_MS, withoutTie, withTie } from './ties';

const BANK = 'https://bank.test';
const T = 1_800_000_000_000;

describe('mayFillItself', () => {
  const ties = [{ identifier: 'Me@Example.com', origin: BANK, at: T }];

  it('fills by itself only on a tied site, e-mails compared without case', () => {
    expect(mayFillItself('me@example.com', BANK, ties, [], T)).toBe(true);
    expect(mayFillItself('me@example.com', 'https://evil.test', ties, [], T)).toBe(false);
    expect(mayFillItself('me@example.com', 'http://bank.test', ties, [], T)).toBe(false);
    expect(mayFillItself('+14155550100', BANK, ties, [], T)).toBe(false);
  });

  it('or on the site where the identifier was just typed', () => {
    const typed = [{ identifier: '+14155550100', origin: 'https://shop.test', at: T }];
    expect(mayFillItself('+14155550100', 'https://shop.test', [], typed, T + 60_000)).toBe(true);
    expect(mayFillItself('+14155550100', 'https://shop.test', [], typed, T + TYPED_FOR_MS)).toBe(false);
    expect(mayFillItself('+14155550100', BANK, [], typed, T)).toBe(false);
  });
});

describe('ties', () => {
  it('are added once, newest first, and removed', () => {
    const one = withTie([], { identifier: 'a@x.test', origin: BANK, at: 1 });
    const again = withTie(one, { identifier: 'A@X.test', origin: BANK, at: 2 });
    expect(again).toEqual([{ identifier: 'A@X.test', origin: BANK, at: 2 }]);
    expect(withoutTie(again, 'a@x.test', BANK)).toEqual([]);
  });

  it('a typed value counts only when it is a watched identifier', () => {
    expect(typedIdentifier('  ME@example.COM ', ['me@example.com', '+1 415'])).toBe('me@example.com');
    expect(typedIdentifier('someone@else.test', ['me@example.com'])).toBeNull();
    expect(typedIdentifier('+1415', ['+1 415'])).toBeNull(); // not an e-mail: exactly as sent
  });
});

describe('linkFitsSite', () => {
  it('offers a magic link only on the site it points to', () => {
    expect(linkFitsSite('https://bank.test/magic?t=1', BANK)).toBe(true);
    expect(linkFitsSite('https://www.bank.test/magic', BANK)).toBe(true);
    expect(linkFitsSite('https://login.bank.test/magic', BANK)).toBe(true);
    expect(linkFitsSite('https://bank.test.evil.test/magic', BANK)).toBe(false);
    expect(linkFitsSite('http://bank.test/magic', BANK)).toBe(false);
    expect(linkFitsSite('javascript:alert(1)', BANK)).toBe(false);
  });
});
