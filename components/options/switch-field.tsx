import type { ReactNode } from 'react';

/** An on/off setting: a checkbox with the switch role and its label; disabled until its value is read (null). */
export function SwitchField(props: {
  on: boolean | null;
  onChange: (on: boolean) => void;
  describedBy?: string;
  children: ReactNode;
}) {
  return (
    <div className="vault-field">
      <label>
        <input
          type="checkbox"
          role="switch"
          checked={props.on ?? false}
          disabled={props.on === null}
          aria-describedby={props.describedBy}
          onChange={(e) => props.onChange(e.target.checked)}
        />{' '}
        {props.children}
      </label>
    </div>
  );
}
