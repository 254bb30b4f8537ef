import { browser } from 'wxt/browser';
import { sendFromPage } from '@/lib/messaging/page-send';
import type { PushedCode } from '@/lib/sync/recent';
import { copySkyvernCode } from './copy-code';
import { ageLabel, groupPushedCode, linkHost } from './format';
import { i18n } from '#i18n';

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
    else
      onAnnounce(
        answer ? i18n.t('sync.fillFailedBecause', { who, error: answer.error }) : i18n.t('sync.fillFailed', { who }),
      );
  }

  async function open() {
    if (!/^https?:\/\//i.test(code.value)) return onAnnounce(i18n.t('sync.httpOnly'));
    await browser.tabs.create({ url: code.value });
  }

  return (
    <div
      className="row pushed-row"
      role="listitem"
      aria-label={code.kind === 'code' ? i18n.t('sync.codeFor', { who }) : i18n.t('sync.linkFor', { who })}
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
            aria-label={i18n.t('sync.copy', { who })}
            onClick={() => void copySkyvernCode(code.value, who, onAnnounce)}
          >
            <span className="code" data-testid="pushed-code">
              {groupPushedCode(code.value)}
            </span>
          </button>
        ) : (
          <span className="pushed-link" title={code.value}>
            {i18n.t('sync.linkTo', { host: linkHost(code.value) })}
          </span>
        )}
      </div>
      <div className="row-side">
        {code.kind === 'code' ? (
          <button
            type="button"
            className="icon-button"
            aria-label={i18n.t('sync.fill', { who })}
            title={i18n.t('account.fillHere')}
            onClick={() => void fill()}
          >
            ⤓
          </button>
        ) : (
          <button
            type="button"
            className="small-button"
            aria-label={i18n.t('sync.openLink', { who })}
            onClick={() => void open()}
          >
            {i18n.t('common.open')}
          </button>
        )}
      </div>
    </div>
  );
}
