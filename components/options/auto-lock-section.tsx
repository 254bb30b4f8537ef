import { useEffect, useId, useState } from 'react';
import { settingsItem } from '@/lib/storage/items';

/** Options: minutes of inactivity before the vault locks itself (0: never). */
export function AutoLockSection() {
  const id = useId();
  const [minutes, setMinutes] = useState<string>('');
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void settingsItem.getValue().then((s) => setMinutes(String(s.autoLockMinutes)));
    return settingsItem.watch((s) => setMinutes(String(s.autoLockMinutes)));
  }, []);

  async function save(value: string) {
    setMinutes(value);
    setSaved(false);
    const n = Number(value);
    if (value === '' || !Number.isInteger(n) || n < 0 || n > 1440) return;
    await settingsItem.setValue({ ...(await settingsItem.getValue()), autoLockMinutes: n });
    setSaved(true);
  }

  const n = Number(minutes);
  const invalid = minutes !== '' && (!Number.isInteger(n) || n < 0 || n > 1440);
  return (
    <section className="vault-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Auto-lock</h2>
      <div className="vault-field">
        <label htmlFor={id}>Lock after idle minutes</label>
        <input
          id={id}
          type="number"
          min={0}
          max={1440}
          step={1}
          value={minutes}
          onChange={(e) => void save(e.target.value)}
        />
      </div>
      <p className={invalid ? 'vault-error' : 'vault-note'} role={invalid ? 'alert' : undefined}>
        {invalid
          ? 'Enter a whole number of minutes from 0 to 1440.'
          : n === 0 && minutes !== ''
            ? 'The vault locks only when you lock it or restart the browser.'
            : `The vault locks after ${minutes || '…'} minutes without use, and whenever the browser restarts.`}
        {saved && !invalid ? ' Saved.' : ''}
      </p>
    </section>
  );
}
