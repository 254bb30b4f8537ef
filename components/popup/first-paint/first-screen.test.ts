import { describe, expect, it } from 'vitest';
import { testAccount as account } from '@/lib/vault/account.test-support';
import { firstScreenHtml, type FirstScreen } from './first-screen';

const screen = (over: Partial<FirstScreen>): FirstScreen => ({
  accounts: [],
  codes: [],
  siteIds: [],
  optionsUrl: 'chrome-extension://id/options.html',
  nowMs: 1_000_000_000_000, // 20 s left in a 30 s window
  ...over,
});

describe('the first paint', () => {
  it('draws the rows on screen with their codes, as an inert picture', () => {
    const accounts = Array.from({ length: 12 }, (_, i) => account(`a${i}`));
    const html = firstScreenHtml(screen({ accounts, codes: [{ id: 'a0', at: 0, code: '123456' }] }));
    expect(html.startsWith('<main class="popup" inert="">')).toBe(true);
    expect(html.match(/class="row-slot"/g)).toHaveLength(7); // 440 px of 68 px rows
    expect(html).toContain('<span class="code">123 456</span>');
    expect(html).toContain('<span class="code">··· ···</span>'); // a row without a code yet
    expect(html).toContain(`height: ${12 * 68}px`);
    expect(html).not.toContain('next-code'); // 20 s left
  });

  it('escapes every name, and draws only https and data: image icons', () => {
    const html = firstScreenHtml(
      screen({
        accounts: [
          account('x', { issuer: '<img src=x onerror=alert(1)>', accountName: `"a" & 'b'` }),
          account('y', { icon: 'https://example.com/i.png" onload="alert(1)' }),
          account('z', { icon: 'javascript:alert(1)' }),
        ],
      }),
    );
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&quot;a&quot; &amp; &#39;b&#39;');
    expect(html).toContain('src="https://example.com/i.png&quot; onload=&quot;alert(1)"');
    expect(html).not.toContain('javascript:');
  });

  it('marks the site’s accounts, long codes, HOTP and the last ten seconds as the app does', () => {
    const html = firstScreenHtml(
      screen({
        accounts: [
          account('site', { websites: ['github.com'] }),
          account('long', { digits: 8 }),
          account('counter', { type: 'hotp' }),
        ],
        codes: [{ id: 'long', at: 0, code: '12345678' }],
        siteIds: ['site'],
        nowMs: 1_000_000_015_000, // 5 s left
      }),
    );
    expect(html).toContain('<div class="row row-match">');
    expect(html).toContain('<span class="code code-long">1234 5678</span>');
    expect(html).toContain('>Next code</button>');
    expect(html.match(/class="next-code"/g)).toHaveLength(2); // not for HOTP
    expect(html).toContain('class="countdown urgent"');
  });
});
