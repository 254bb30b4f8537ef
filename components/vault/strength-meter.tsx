import { passwordStrength } from '@/lib/vault/strength';
import { i18n } from '#i18n';

/** The words for `passwordStrength`'s scores 0–4. */
const STRENGTH_KEYS = [
  'vault.strengthTooShort',
  'vault.strengthWeak',
  'vault.strengthFair',
  'vault.strengthStrong',
  'vault.strengthVeryStrong',
] as const;

/** Says how strong a new master password is. */
export function StrengthMeter({ password, id }: { password: string; id: string }) {
  const { score } = passwordStrength(password);
  const label = i18n.t(STRENGTH_KEYS[score]);
  return (
    <p className="vault-strength" id={id}>
      <meter min={0} max={4} low={2} high={3} optimum={4} value={score} aria-label={i18n.t('vault.strengthMeter')} />{' '}
      <span>{i18n.t('vault.strength', { label: password ? label : '—' })}</span>
    </p>
  );
}
