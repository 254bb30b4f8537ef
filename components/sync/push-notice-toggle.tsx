import { useEffect, useState } from 'react';
import { skyvernNotifyItem } from '@/lib/storage/items';
import { SwitchField } from '../options/switch-field';

/** Options → Skyvern: the optional notification (with a Copy button) when a code is pushed. Off by default. */
export function PushNoticeToggle() {
  const [on, setOn] = useState<boolean | null>(null);
  useEffect(() => {
    void skyvernNotifyItem.getValue().then(setOn);
    return skyvernNotifyItem.watch(setOn);
  }, []);
  return (
    <SwitchField
      on={on}
      onChange={(next) => {
        setOn(next);
        void skyvernNotifyItem.setValue(next);
      }}
    >
      Notify me when a code is pushed
    </SwitchField>
  );
}
