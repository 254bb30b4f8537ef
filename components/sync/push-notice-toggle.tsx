import { useEffect, useState } from 'react';
import { skyvernNotifyItem } from '@/lib/storage/items';

/** Options → Skyvern: the optional notification (with a Copy button) when a code is pushed. Off by default. */
export function PushNoticeToggle() {
  const [on, setOn] = useState<boolean | null>(null);
  useEffect(() => {
    void skyvernNotifyItem.getValue().then(setOn);
    return skyvernNotifyItem.watch(setOn);
  }, []);
  return (
    <div className="vault-field">
      <label>
        <input
          type="checkbox"
          role="switch"
          checked={on ?? false}
          disabled={on === null}
          onChange={(e) => {
            setOn(e.target.checked);
            void skyvernNotifyItem.setValue(e.target.checked);
          }}
        />{' '}
        Notify me when a code is pushed
      </label>
    </div>
  );
}
