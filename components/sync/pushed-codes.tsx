import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { PushedCodesError, pushedCodesQuery } from '@/lib/sync/queries';
import { latestPerIdentifier } from './format';
import { PushedCodeRow } from './pushed-code-row';
import './sync.css';
import { i18n } from '#i18n';

function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/**
 * "Pushed codes": codes and magic links that e-mail/SMS forwarding pushed to Skyvern, newest first,
 * asked for about every second while the popup is open (less often while Skyvern fails). Hidden entirely when no Skyvern API key is saved.
 */
export function PushedCodes() {
  const id = useId();
  const { data, error } = useQuery(pushedCodesQuery());
  const now = useNow(5_000);
  const [announcement, setAnnouncement] = useState('');
  if (data?.configured === false || (!data && !error)) return null;
  const codes = data?.configured ? latestPerIdentifier(data.codes, now) : [];
  return (
    <section className="pushed" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="pushed-title">
        {i18n.t('sync.pushedTitle')} <span className="pushed-brand">Skyvern</span>
      </h2>
      {error ? (
        <p role="alert" className="pushed-error">
          {error instanceof PushedCodesError && error.offline
            ? i18n.t('sync.offline', { error: error.message })
            : error.message}
        </p>
      ) : null}
      {codes.length === 0 && !error ? <p className="muted pushed-empty">{i18n.t('sync.noneRecent')}</p> : null}
      {codes.length > 0 ? (
        <div role="list" aria-label={i18n.t('sync.pushedTitle')}>
          {codes.map((code) => (
            <PushedCodeRow key={code.id} code={code} now={now} onAnnounce={setAnnouncement} />
          ))}
        </div>
      ) : null}
      <p role="status" className="pushed-status">
        {announcement}
      </p>
    </section>
  );
}
