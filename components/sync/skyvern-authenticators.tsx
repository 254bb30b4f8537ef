import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { ClockWarning } from '@/components/clock/clock-warning';
import { sendFromPage } from '@/lib/messaging/page-send';
import { authenticatorCodesQuery } from '@/lib/sync/authenticator-queries';
import type { SkyvernAuthenticatorCode } from '@/lib/sync/credential-codes';
import { copySkyvernCode } from './copy-code';
import { groupPushedCode } from './format';
import './sync.css';
import { i18n } from '#i18n';

function useSecondTick(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

function AuthenticatorRow(props: { code: SkyvernAuthenticatorCode; now: number; onAnnounce(m: string): void }) {
  const { code, now, onAnnounce } = props;
  const who = code.name || code.username;
  const left = Math.max(0, Math.ceil((code.validUntil - now) / 1000));

  async function fill() {
    const answer = await sendFromPage('skyvernFillAuthenticatorCode', { credentialId: code.credentialId }).catch(
      () => null,
    );
    if (answer?.ok) window.close();
    else
      onAnnounce(
        answer ? i18n.t('sync.fillFailedBecause', { who, error: answer.error }) : i18n.t('sync.fillFailed', { who }),
      );
  }

  return (
    <div className="row pushed-row" role="listitem" aria-label={i18n.t('sync.authFor', { who })}>
      <div className="row-main">
        <div className="row-names">
          <span className="row-issuer pushed-identifier" title={who}>
            {who}
          </span>
          <span className="row-account">
            {[code.username !== who ? code.username : '', code.site, i18n.t('sync.fromSkyvern')]
              .filter(Boolean)
              .join(' · ')}
          </span>
        </div>
        <button
          type="button"
          className="code-button"
          aria-label={i18n.t('sync.copy', { who })}
          disabled={left === 0}
          onClick={() => void copySkyvernCode(code.code, who, onAnnounce)}
        >
          <span className="code" data-testid="skyvern-authenticator-code">
            {groupPushedCode(code.code)}
          </span>
        </button>
      </div>
      <div className="row-side">
        <span className="skyvern-countdown" aria-label={i18n.t('sync.secondsLeft', [left])}>
          {left} s
        </span>
        {code.site ? (
          <button
            type="button"
            className="icon-button"
            aria-label={i18n.t('sync.fill', { who })}
            title={i18n.t('sync.fillOn', { site: code.site })}
            onClick={() => void fill()}
          >
            ⤓
          </button>
        ) : null}
      </div>
    </div>
  );
}

/**
 * "Skyvern authenticators": current codes of credentials whose authenticator secret is stored in Skyvern (the
 * secret never reaches the browser), beside the vault's own accounts; and the clock warning. Hidden without a key.
 */
export function SkyvernAuthenticators() {
  const id = useId();
  const { data } = useQuery(authenticatorCodesQuery());
  const now = useSecondTick();
  const [announcement, setAnnouncement] = useState('');
  if (!data) return null;
  const warning = <ClockWarning offsetMs={data.clockOffsetMs} />;
  // A failed call (a refused key, the server offline) is reported once, by "Pushed codes" below.
  if (!data.configured || data.codes.length === 0) return warning;
  return (
    <section className="pushed" aria-labelledby={`${id}-h`}>
      {warning}
      <h2 id={`${id}-h`} className="pushed-title">
        {i18n.t('sync.authTitle')} <span className="pushed-brand">Skyvern</span>
      </h2>
      <div role="list" aria-label={i18n.t('sync.authList')}>
        {data.codes.map((code) => (
          <AuthenticatorRow key={code.credentialId} code={code} now={now} onAnnounce={setAnnouncement} />
        ))}
      </div>
      <p role="status" className="pushed-status">
        {announcement}
      </p>
    </section>
  );
}
