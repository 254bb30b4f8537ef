import { passwordStrength } from '@/lib/vault/strength';

/** Says how strong a new master password is. */
export function StrengthMeter({ password, id }: { password: string; id: string }) {
  const { score, label } = passwordStrength(password);
  return (
    <p className="vault-strength" id={id}>
      <meter min={0} max={4} low={2} high={3} optimum={4} value={score} aria-label="Password strength" />{' '}
      <span>Strength: {password ? label : '—'}</span>
    </p>
  );
}
