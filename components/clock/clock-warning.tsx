import { driftWarning } from '@/lib/clock/drift';
import { i18n } from '#i18n';

/** "Your clock is 42 s fast: codes may be refused", when this computer's clock is more than 15 s off Skyvern's. */
export function ClockWarning({ offsetMs }: { offsetMs: number }) {
  const warning = driftWarning(offsetMs);
  if (!warning) return null;
  return (
    <p role="alert" className="clock-warning">
      {i18n.t('clock.fix', { warning })}
    </p>
  );
}
