import { DIGIT_CHOICES, OTP_ALGORITHMS } from '@/lib/otp/account-rules';
import type { OtpAlgorithm, OtpType } from '@/lib/otp/types';
import { i18n } from '#i18n';

export interface Advanced {
  type: OtpType;
  algorithm: OtpAlgorithm;
  digits: number;
  period: number;
}

export const DEFAULT_ADVANCED: Advanced = { type: 'totp', algorithm: 'SHA1', digits: 6, period: 30 };

/** Type, algorithm, digits and period for a secret typed by hand (an otpauth:// link brings its own). */
export function AdvancedFields({ value, onChange }: { value: Advanced; onChange(next: Advanced): void }) {
  const set = (patch: Partial<Advanced>) => onChange({ ...value, ...patch });
  return (
    <details className="advanced">
      <summary>{i18n.t('form.advanced')}</summary>
      <div className="advanced-grid">
        <label>
          {i18n.t('form.type')}
          <select value={value.type} onChange={(e) => set({ type: e.target.value as OtpType })}>
            <option value="totp">{i18n.t('form.totp')}</option>
            <option value="hotp">{i18n.t('form.hotp')}</option>
            <option value="steam">{i18n.t('form.steam')}</option>
          </select>
        </label>
        <label>
          {i18n.t('form.algorithm')}
          <select value={value.algorithm} onChange={(e) => set({ algorithm: e.target.value as OtpAlgorithm })}>
            {OTP_ALGORITHMS.map((a) => (
              <option key={a}>{a}</option>
            ))}
          </select>
        </label>
        <label>
          {i18n.t('form.digits')}
          <select value={value.digits} onChange={(e) => set({ digits: Number(e.target.value) })}>
            {DIGIT_CHOICES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <label>
          {i18n.t('form.period')}
          <input
            type="number"
            min={1}
            max={300}
            value={value.period}
            onChange={(e) => set({ period: Math.max(1, Number(e.target.value) || 30) })}
          />
        </label>
      </div>
    </details>
  );
}
