import { URGENT_SECONDS } from './countdown-thresholds';
import { useSecondsLeft } from './ticker';
import { i18n } from '#i18n';

/** Seconds left in the window, as a ring and a number. Re-renders alone, once a second. */
export function Countdown({ period }: { period: number }) {
  const left = useSecondsLeft(period);
  const urgent = left <= URGENT_SECONDS;
  return (
    <span className={urgent ? 'countdown urgent' : 'countdown'} title={i18n.t('account.secondsLeft', left)}>
      <svg viewBox="0 0 36 36" aria-hidden="true">
        <circle className="countdown-track" cx="18" cy="18" r="15.5" />
        <circle
          className="countdown-fill"
          cx="18"
          cy="18"
          r="15.5"
          pathLength={period}
          strokeDasharray={`${left} ${period}`}
        />
      </svg>
      <span className="countdown-text">{left}</span>
    </span>
  );
}
