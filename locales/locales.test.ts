import { describe, expect, it } from 'vitest';
import { getMessageFrom, localeMessages } from '@/test/support/unit-i18n';

const en = localeMessages('en');
const de = localeMessages('de');
/** `$1`…`$9` and `{name}`: what the code fills in, which every translation must keep. */
const placeholders = (message: string) => [...message.matchAll(/\$[1-9]|\{[A-Za-z0-9_]+\}/g)].map((m) => m[0]).sort();

describe('locales', () => {
  it('German has exactly the English keys', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });

  it('every message keeps the placeholders and plural forms of its English', () => {
    for (const key of Object.keys(en)) {
      expect({ key, placeholders: placeholders(de[key] ?? '') }).toEqual({ key, placeholders: placeholders(en[key]) });
      expect({ key, forms: (de[key] ?? '').split(' | ').length }).toEqual({ key, forms: en[key].split(' | ').length });
    }
  });

  it('no message is empty', () => {
    for (const [locale, messages] of Object.entries({ en, de })) {
      for (const [key, message] of Object.entries(messages)) {
        for (const form of message.split(' | '))
          expect({ locale, key, form: form.trim() === '' }).toEqual({ locale, key, form: false });
      }
    }
  });

  it('unit tests read English', () => {
    expect(getMessageFrom(en)('popup_options')).toBe('Options');
  });
});
