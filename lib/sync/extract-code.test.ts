import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withCorpus } from '@/test/support/corpus-suite';
import { FIXTURES } from '@/test/support/paths';
import { extractCode } from './extract-code';

interface Message {
  id: number;
  message: string;
  expected_code: string | null;
  accepted_codes: string[];
}
const load = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Message[];

const found = (m: Message) => {
  const r = extractCode(m.message);
  return r?.kind === 'code' ? r.code : null;
};
const passes = (m: Message) => {
  const code = found(m);
  return m.expected_code === null ? code === null : code !== null && m.accepted_codes.includes(code);
};

/** Every message of a list: the code found is one of the accepted ones, or none where there is none. */
function messageSuite(name: string, messages: Message[]) {
  describe(`extractCode on ${name}`, () => {
    it.each(messages.map((m) => [m.id, m] as const))('message %i', (_id, m) => {
      const code = found(m);
      if (m.expected_code === null) expect(code).toBeNull();
      else expect(m.accepted_codes).toContain(code);
    });

    it('passes every message (pass rate)', () => {
      const passed = messages.filter(passes).length;
      console.warn(`extractCode: ${passed}/${messages.length} ${name}`);
      expect(passed).toBe(messages.length);
    });
  });
}

messageSuite('our own messages', load(join(FIXTURES, 'messages.json')));
withCorpus('messages/messages.json', 'extractCode on the message corpus', (file) =>
  messageSuite('the message corpus', load(file)),
);

describe('extractCode beyond the corpus', () => {
  it('finds a magic link in an e-mail without a code', () => {
    const body = `Hi!\n\nClick to sign in: https://app.example.com/auth/magic?token=abc123&x=1.\nUnsubscribe: https://example.com/unsubscribe\n\n© 2026 Example Inc.`;
    expect(extractCode(body)).toEqual({
      kind: 'magic_link',
      url: 'https://app.example.com/auth/magic?token=abc123&x=1',
    });
  });

  it('prefers the code when an e-mail has both', () => {
    const body = 'Your login code is 482913.\nOr open https://example.com/login/verify?t=1';
    expect(extractCode(body)).toEqual({ kind: 'code', code: '482913' });
  });

  it('reads HTML e-mail bodies', () => {
    const html =
      '<html><body><p>Your verification code:</p><p><b>731 904</b></p><p>It expires in 10 minutes.</p></body></html>';
    expect(extractCode(html)).toEqual({ kind: 'code', code: '731904' });
    const link = '<html><body><a href="https://id.example.org/signin?code=QWERTY">Sign in</a></body></html>';
    expect(extractCode(link)).toEqual({ kind: 'magic_link', url: 'https://id.example.org/signin?code=QWERTY' });
  });

  it('ignores numbers far from any code word in a long e-mail', () => {
    const body = `${'Thank you for your order. '.repeat(10)}Order number 55012345 ships on Monday.`;
    expect(extractCode(body)).toBeNull();
  });
});
