import { useId, useState, type FormEvent } from 'react';

interface Props {
  busy: boolean;
  /** Called with the pasted text (as UTF-8 bytes, read like a file) when the user asks to read it. */
  onRead(text: string): void;
}

/**
 * Options, import: the text alternative to "Import file": an otpauth:// list, Google Authenticator migration links or
 * any supported JSON export, pasted. It goes through the same readers, preview and "Import N accounts" button.
 */
export function PasteTextField({ busy, onRead }: Props) {
  const id = useId();
  const [text, setText] = useState('');

  function submit(e: FormEvent) {
    e.preventDefault();
    if (text.trim()) onRead(text);
  }

  return (
    <form className="vault-field" onSubmit={submit} aria-busy={busy}>
      <label htmlFor={`${id}-text`}>Paste text to import</label>
      <textarea
        id={`${id}-text`}
        rows={4}
        spellCheck={false}
        autoComplete="off"
        placeholder="otpauth://totp/…, otpauth-migration://…, or an export's JSON"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit" disabled={busy || !text.trim()}>
        Read pasted text
      </button>
    </form>
  );
}
