import { browser } from 'wxt/browser';
import { sendFromPage } from '@/lib/messaging/page-send';
import type { PushedCode } from '@/lib/sync/recent';
import { copySkyvernCode } from './copy-code';
import { ageLabel, groupPushedCode, linkHost } from './format';

interface Props {
  code: PushedCode;
  now: number;
  onAnnounce(message: string): void;
}

/** One pushed code (copy, fill) or magic link (open in a new tab, only when asked). */
export function PushedCodeRow({ code, now, onAnnounce }: Props) {
  const who = code.identifier;
  const meta = [code.source, ageLabel(code.createdAt, now)].filter(Boolean).join(' · ');

  async function fill() {
    const answer = await sendFromPage('syncFillActiveTab', { id: code.id }).catch(() => null);
    if (answer?.ok) window.close();
    else onAnnounce(`Could not fill the Skyvern code for ${who}${answer ? `: ${answer.error}` : '.'}`);
  }

  async function open() {
    if (!/^https?:\/\//i.test(code.value)) return onAnnounce('OTPilot opens only http(s) links.');
    await browser.tabs.create({ url: code.value });
  }

  return (
    <div
      className="row pushed-row"
      role="listitem"
      aria-label={`${code.kind === 'code' ? 'Code' : 'Magic link'} for ${who}`}
    >
      <div className="row-main">
        <div className="row-names">
          <span className="row-issuer pushed-identifier" title={who}>
            {who}
          </span>
          <span className="row-account">{meta}</span>
        </div>
        {code.kind === 'code' ? (
          <button
            type="button"
            className="code-button"
            aria-label={`Copy Skyvern code for ${who}`}
            onClick={() => void copySkyvernCode(code.value, who, onAnnounce)}
          >
            <span className="code" data-testid="pushed-code">
              {groupPushedCode(code.value)}
            </span>
          </button>
        ) : (
          <span className="pushed-link" title={code.value}>
            Magic link to {linkHost(code.value)}
          </span>
        )}
      </div>
      <div className="row-side">
        {code.kind === 'code' ? (
          <button
            type="button"
            className="icon-button"
            aria-label={`Fill Skyvern code for ${who}`}
            title="Fill on this page"
            onClick={() => void fill()}
          >
            ⤓
          </button>
        ) : (
          <button
            type="button"
            className="small-button"
            aria-label={`Open magic link for ${who}`}
            onClick={() => void open()}
          >
            Open
          </button>
        )}
      </div>
    </div>
  );
}
