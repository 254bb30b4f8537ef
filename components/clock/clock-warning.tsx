import { driftWarning } from '@/lib/clock/drift';

/** "Your clock is 42 s fast: codes may be refused", when this computer's clock is more than 15 s off Skyvern's. */
export function ClockWarning({ offsetMs }: { offsetMs: number }) {
  const warning = driftWarning(offsetMs);
  if (!warning) return null;
  return (
    <p role="alert" className="clock-warning">
      {warning}. OTPilot's codes use Skyvern's time; set this computer's clock to fix it for other apps too.
    </p>
  );
}
