import { useId } from 'react';

/** A labelled password input (the label is its accessible name). */
export function PasswordField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  autoComplete: 'current-password' | 'new-password';
  autoFocus?: boolean;
  describedBy?: string;
}) {
  const id = useId();
  return (
    <div className="vault-field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="password"
        value={props.value}
        autoComplete={props.autoComplete}
        autoFocus={props.autoFocus}
        aria-describedby={props.describedBy}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </div>
  );
}
