import { useId } from 'react';

interface Props {
  value: string;
  onChange(value: string): void;
  saved: boolean;
  busy: boolean;
  onRemove(): void;
}

/** The API key input: a password field that never shows the saved key, only that one is saved. */
export function SkyvernKeyField({ value, onChange, saved, busy, onRemove }: Props) {
  const id = useId();
  return (
    <div className="vault-field">
      <label htmlFor={id}>Skyvern API key</label>
      <input
        id={id}
        type="password"
        autoComplete="off"
        spellCheck={false}
        value={value}
        placeholder={saved ? 'Saved — type a new key to replace it' : 'From app.skyvern.com → Settings'}
        aria-describedby={`${id}-state`}
        onChange={(e) => onChange(e.target.value)}
      />
      <span id={`${id}-state`} className="vault-note">
        {saved ? 'An API key is saved, encrypted in your vault.' : 'No API key saved.'}{' '}
        {saved ? (
          <button type="button" disabled={busy} onClick={onRemove}>
            Remove API key
          </button>
        ) : null}
      </span>
    </div>
  );
}
