import { useState } from 'react';
import { sendFromPage } from '@/lib/messaging/page-send';
import { parseOtpauthUri } from '@/lib/otp/otpauth';
import type { ParsedOtpauth } from '@/lib/otp/types';

/** Shows what an otpauth:// code holds and saves it only when the user presses Save. */
export function ConfirmAdd({ uri, onDone }: { uri: string; onDone?: () => void }) {
  const [state, setState] = useState<{ saving?: boolean; saved?: string; error?: string }>({});
  let parsed: ParsedOtpauth;
  try {
    parsed = parseOtpauthUri(uri);
  } catch (error) {
    return (
      <p role="alert" className="qr-error">
        This authenticator code cannot be used: {(error as Error).message}
      </p>
    );
  }
  const account = parsed;
  async function save() {
    setState({ saving: true });
    const answer = await sendFromPage('accountAdd', { account }).catch((err: Error) => ({
      ok: false as const,
      error: err.message,
    }));
    if (answer.ok) {
      setState({ saved: `Saved ${label(account)}.` });
      onDone?.();
    } else setState({ error: answer.error });
  }
  return (
    <section className="qr-confirm" aria-label="Confirm the new account">
      <h3>Add this account?</h3>
      <dl>
        <dt>Issuer</dt>
        <dd>{parsed.issuer || '—'}</dd>
        <dt>Account</dt>
        <dd>{parsed.accountName || '—'}</dd>
        <dt>Type</dt>
        <dd>
          {parsed.type.toUpperCase()}, {parsed.digits} digits, {parsed.algorithm}
          {parsed.type === 'hotp' ? `, counter ${parsed.counter}` : `, every ${parsed.period} s`}
        </dd>
      </dl>
      {state.saved ? (
        <p role="status">{state.saved}</p>
      ) : (
        <button type="button" onClick={() => void save()} disabled={state.saving}>
          Save
        </button>
      )}
      {state.error && <p role="alert">{state.error}</p>}
    </section>
  );
}

export function label(p: Pick<ParsedOtpauth, 'issuer' | 'accountName'>): string {
  return [p.issuer, p.accountName].filter(Boolean).join(': ') || 'the account';
}
