import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ROOT } from './paths';

/** The `messages.json` the build writes for `locales/<locale>.yml`: key (dots as underscores) → message. */
export function localeMessages(locale: string): Record<string, string> {
  const text = readFileSync(join(ROOT, 'locales', `${locale}.yml`), 'utf8');
  const messages = generateChromeMessages(parseMessagesText(text, 'YAML'));
  return Object.fromEntries(Object.entries(messages).map(([key, value]) => [key, value.message]));
}

/** `browser.i18n.getMessage` as Chromium answers it: `$1`…`$9` substituted, `$$` a dollar, "" when unknown. */
export function getMessageFrom(messages: Record<string, string>) {
  return (key: string, substitutions?: string | string[]): string => {
    const subs = substitutions === undefined ? [] : ([] as string[]).concat(substitutions);
    const message = messages[key] ?? '';
    return message.replace(/\$(\$|[1-9])/g, (_, which: string) =>
      which === '$' ? '$' : (subs[Number(which) - 1] ?? ''),
    );
  };
}

// Unit tests run in English: the fake browser answers from locales/en.yml (its own getMessage throws).
fakeBrowser.i18n.getMessage = getMessageFrom(localeMessages('en')) as typeof fakeBrowser.i18n.getMessage;
