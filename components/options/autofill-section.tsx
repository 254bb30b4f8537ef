import { useEffect, useId, useState } from 'react';
import { settingsItem } from '@/lib/storage/items';
import { SwitchField } from './switch-field';

/** Options: fill codes by themselves when exactly one account belongs to the page. */
export function AutofillSection() {
  const id = useId();
  const [autoFill, setAutoFill] = useState<boolean | null>(null);

  useEffect(() => {
    void settingsItem.getValue().then((s) => setAutoFill(s.autoFill));
    return settingsItem.watch((s) => setAutoFill(s.autoFill));
  }, []);

  async function toggle(next: boolean) {
    setAutoFill(next);
    await settingsItem.setValue({ ...(await settingsItem.getValue()), autoFill: next });
  }

  return (
    <section className="vault-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Auto-fill</h2>
      <SwitchField on={autoFill} onChange={(next) => void toggle(next)} describedBy={`${id}-note`}>
        Fill verification codes automatically
      </SwitchField>
      <p id={`${id}-note`} className="vault-note">
        {autoFill === false
          ? 'Codes are filled only when you pick an account: in the chip beside the field, the popup, the right-click menu or the keyboard shortcut.'
          : 'When exactly one unlocked account lists the page’s site, its code is filled as soon as the code field appears. With several matches, you pick one in the chip beside the field.'}
      </p>
    </section>
  );
}
