import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { useVaultStatus } from '@/components/vault/use-vault-status';
import '@/components/vault/vault.css';
import { sendFromPage } from '@/lib/messaging/page-send';
import { asFailure } from '@/lib/messaging/result';
import { skyvernSettingsItem } from '@/lib/storage/items';
import { checkBaseUrl, DEFAULT_BASE_URL, originPattern, parseIdentifiers } from '@/lib/sync/settings';
import { IdentifierSites } from './identifier-sites';
import { PushNoticeToggle } from './push-notice-toggle';
import { SkyvernKeyField } from './skyvern-key-field';
import { SkyvernTies } from './skyvern-ties';

type Note = { ok: boolean; text: string } | null;

const parsedIdentifiers = (typed: string) => {
  const ids = parseIdentifiers(typed);
  return ids.ok ? ids.value : [];
};

/** Asks for the API's origin: call synchronously inside the click (the browser wants a user gesture). */
function requestAccess(baseUrl: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(baseUrl)] }).catch(() => false);
}

/**
 * Options: Skyvern sync. The API key goes into the vault (encrypted), never shown again; the base URL and
 * identifiers are plain settings. Save asks for access to the API's origin; nothing typed is lost on error.
 */
export function SkyvernSection() {
  const id = useId();
  const { state } = useVaultStatus();
  const [baseUrl, setBaseUrl] = useState('');
  const [identifiers, setIdentifiers] = useState('');
  const [apiKey, setApiKey] = useState('');
  const [keySaved, setKeySaved] = useState(false);
  const [note, setNote] = useState<Note>(null);
  const [busy, setBusy] = useState(false);
  const [refresh, setRefresh] = useState(0);
  const unlocked = state === 'unlocked';

  useEffect(() => {
    void skyvernSettingsItem.getValue().then((s) => {
      setBaseUrl(s.baseUrl);
      setIdentifiers(s.identifiers.join(', '));
    });
  }, []);
  useEffect(() => {
    if (state === 'loading') return;
    void sendFromPage('syncState', undefined).then(
      (s) => setKeySaved(s.keySaved),
      () => undefined,
    );
  }, [state]);

  /** Checks the form; answers the cleaned values, or shows why not. */
  function checked() {
    const url = checkBaseUrl(baseUrl);
    if (!url.ok) return (setNote({ ok: false, text: url.error }), null);
    const ids = parseIdentifiers(identifiers);
    if (!ids.ok) return (setNote({ ok: false, text: ids.error }), null);
    return { baseUrl: url.value, identifiers: ids.value };
  }

  async function run(task: () => Promise<Note>) {
    setBusy(true);
    setNote(null);
    setNote(await task().catch((e: unknown) => ({ ok: false, text: asFailure(e).error })));
    setBusy(false);
    setRefresh((n) => n + 1);
  }

  function save() {
    const values = checked();
    if (!values) return;
    const access = requestAccess(values.baseUrl);
    void run(async () => {
      await skyvernSettingsItem.setValue(values);
      setBaseUrl(values.baseUrl);
      const key = apiKey.trim();
      if (key) {
        if (!unlocked) {
          const why = state === 'empty' ? 'Create your vault in the toolbar popup' : 'Unlock OTPilot';
          return { ok: false, text: `${why} to save the API key (the URL and identifiers are saved).` };
        }
        const answer = await sendFromPage('vaultSetApiKey', { apiKey: key }).catch(asFailure);
        if (!answer.ok) return { ok: false, text: `The API key was not saved: ${answer.error}` };
        setApiKey('');
        setKeySaved(true);
      }
      if (!(await access)) {
        return {
          ok: false,
          text: `Saved, but OTPilot may not contact ${new URL(values.baseUrl).origin} until you allow it: choose Save again.`,
        };
      }
      return { ok: true, text: 'Skyvern settings saved.' };
    });
  }

  function test() {
    const values = checked();
    if (!values) return;
    const access = requestAccess(values.baseUrl);
    void run(async () => {
      if (!(await access))
        return { ok: false, text: `OTPilot was not allowed to contact ${new URL(values.baseUrl).origin}.` };
      const answer = await sendFromPage('syncTest', { baseUrl: values.baseUrl, apiKey: apiKey.trim() || undefined });
      return answer.ok ? { ok: true, text: answer.message } : { ok: false, text: answer.error };
    });
  }

  function removeKey() {
    void run(async () => {
      if (!unlocked) return { ok: false, text: 'Unlock OTPilot to remove the API key.' };
      const answer = await sendFromPage('vaultSetApiKey', { apiKey: null }).catch(asFailure);
      if (!answer.ok) return { ok: false, text: answer.error };
      setKeySaved(false);
      return { ok: true, text: 'API key removed.' };
    });
  }

  return (
    <section className="vault-section" aria-labelledby={`${id}-h`} aria-busy={busy}>
      <h2 id={`${id}-h`}>Skyvern</h2>
      <p className="vault-note">
        Codes and sign-in links your e-mail or SMS forwarding pushes to Skyvern show in the popup, and fill the page
        that waits for them.
      </p>
      <SkyvernKeyField value={apiKey} onChange={setApiKey} saved={keySaved} busy={busy} onRemove={removeKey} />
      <div className="vault-field">
        <label htmlFor={`${id}-url`}>Skyvern base URL</label>
        <input
          id={`${id}-url`}
          type="url"
          inputMode="url"
          spellCheck={false}
          value={baseUrl}
          placeholder={DEFAULT_BASE_URL}
          onChange={(e) => setBaseUrl(e.target.value)}
        />
      </div>
      <div className="vault-field">
        <label htmlFor={`${id}-ids`}>TOTP identifiers</label>
        <input
          id={`${id}-ids`}
          type="text"
          spellCheck={false}
          value={identifiers}
          placeholder="Optional: you@example.com, +14155550100"
          aria-describedby={`${id}-ids-note`}
          onChange={(e) => setIdentifiers(e.target.value)}
        />
        <span id={`${id}-ids-note`} className="vault-note">
          Only codes for these identifiers (comma separated). Empty: every code of your Skyvern organisation.
        </span>
      </div>
      <PushNoticeToggle />
      <IdentifierSites
        watched={parsedIdentifiers(identifiers)}
        keySaved={keySaved}
        refresh={refresh}
        onUse={(ids) => setIdentifiers(ids.join(', '))}
      />
      {note ? (
        <p role={note.ok ? 'status' : 'alert'} className={note.ok ? 'vault-note' : 'vault-error'}>
          {note.text}
        </p>
      ) : null}
      <div>
        <button type="button" disabled={busy} onClick={save}>
          Save Skyvern settings
        </button>{' '}
        <button type="button" disabled={busy} onClick={test}>
          Test connection
        </button>
      </div>
      <SkyvernTies />
    </section>
  );
}
