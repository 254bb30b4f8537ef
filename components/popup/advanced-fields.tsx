import type { OtpAlgorithm, OtpType } from '@/lib/vault/types';

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
      <summary>Advanced (type, algorithm, digits, period)</summary>
      <div className="advanced-grid">
        <label>
          Type
          <select value={value.type} onChange={(e) => set({ type: e.target.value as OtpType })}>
            <option value="totp">Time-based (TOTP)</option>
            <option value="hotp">Counter-based (HOTP)</option>
            <option value="steam">Steam</option>
          </select>
        </label>
        <label>
          Algorithm
          <select value={value.algorithm} onChange={(e) => set({ algorithm: e.target.value as OtpAlgorithm })}>
            <option>SHA1</option>
            <option>SHA256</option>
            <option>SHA512</option>
          </select>
        </label>
        <label>
          Digits
          <select value={value.digits} onChange={(e) => set({ digits: Number(e.target.value) })}>
            <option value={6}>6</option>
            <option value={7}>7</option>
            <option value={8}>8</option>
          </select>
        </label>
        <label>
          Period (s)
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
