import { useEffect, useId, useState } from 'react';
import { ClockWarning } from '@/components/clock/clock-warning';
import { sendFromPage } from '@/lib/messaging/page-send';
import { skyvernIdentifierSitesItem } from '@/lib/storage/items';
import type { SkyvernCredential } from '@/lib/sync/credentials-schema';
import { identifierSites } from '@/lib/sync/identifier-sites';
import { identifierWarnings } from '@/lib/sync/identifier-warnings';

interface Props {
  /** The identifiers typed in "TOTP identifiers" (parsed). */
  watched: string[];
  keySaved: boolean;
  /** Changes after each save or test, to ask Skyvern again. */
  refresh: number;
  /** Puts identifiers into the "TOTP identifiers" field. */
  onUse(identifiers: string[]): void;
}

/**
 * Options: which TOTP identifier signs in to which site, from Skyvern's credentials (when the key may list them),
 * with the user's corrections; warnings about identifiers Skyvern would not match; the clock warning.
 */
export function IdentifierSites({ watched, keySaved, refresh, onUse }: Props) {
  const id = useId();
  const [credentials, setCredentials] = useState<SkyvernCredential[]>([]);
  const [listError, setListError] = useState<string | null>(null);
  const [corrections, setCorrections] = useState<Record<string, string>>({});
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [offsetMs, setOffsetMs] = useState(0);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void skyvernIdentifierSitesItem.getValue().then(setCorrections);
    void sendFromPage('skyvernClock', undefined).then(
      (c) => setOffsetMs(c.offsetMs),
      () => undefined,
    );
    if (!keySaved) return;
    void sendFromPage('skyvernCredentials', undefined).then(
      (answer) => {
        if (!answer.configured) return;
        if (answer.ok) {
          setCredentials(answer.credentials);
          setListError(null);
        } else setListError(answer.error);
        void sendFromPage('skyvernClock', undefined).then(
          (c) => setOffsetMs(c.offsetMs),
          () => undefined,
        );
      },
      () => undefined,
    );
  }, [keySaved, refresh]);

  const entries = identifierSites(credentials, corrections, watched);
  const fromSkyvern = entries.filter((e) => e.credentialName !== null).map((e) => e.identifier);
  const warnings = identifierWarnings(entries.map((e) => e.identifier));
  const siteOf = (identifier: string, site: string | null) => drafts[identifier] ?? site ?? '';

  async function saveSites() {
    const next = { ...corrections };
    for (const e of entries) {
      const draft = drafts[e.identifier];
      if (draft !== undefined && draft.trim() !== (e.site ?? '')) next[e.identifier] = draft.trim();
    }
    await skyvernIdentifierSitesItem.setValue(next);
    setCorrections(next);
    setDrafts({});
    setSaved(true);
  }

  return (
    <div className="identifier-sites" aria-labelledby={`${id}-h`} role="group">
      <ClockWarning offsetMs={offsetMs} />
      {warnings.map((w) => (
        <p key={w} role="alert" className="vault-error">
          {w}
        </p>
      ))}
      {listError ? (
        <p className="vault-note">Skyvern did not list its credentials ({listError}); identifiers are used as typed.</p>
      ) : null}
      {entries.length > 0 ? (
        <>
          <h3 id={`${id}-h`}>Identifiers and sites</h3>
          {entries.map((e) => (
            <div className="vault-field" key={e.identifier}>
              <label htmlFor={`${id}-${e.identifier}`}>Site for {e.identifier}</label>
              <input
                id={`${id}-${e.identifier}`}
                type="text"
                spellCheck={false}
                placeholder="example.com"
                value={siteOf(e.identifier, e.site)}
                onChange={(event) => {
                  setSaved(false);
                  setDrafts({ ...drafts, [e.identifier]: event.target.value });
                }}
              />
              <span className="vault-note">
                {e.corrected
                  ? 'Set by you.'
                  : e.credentialName
                    ? `From the Skyvern credential “${e.credentialName}”${e.site ? '' : ' (no login page tested yet)'}.`
                    : 'Watched; Skyvern has no credential with it.'}
              </span>
            </div>
          ))}
          <div>
            <button type="button" onClick={() => void saveSites()}>
              Save identifier sites
            </button>{' '}
            {fromSkyvern.some((i) => !watched.includes(i)) ? (
              <button type="button" onClick={() => onUse([...new Set([...watched, ...fromSkyvern])])}>
                Watch Skyvern's identifiers
              </button>
            ) : null}
          </div>
          {saved ? (
            <p role="status" className="vault-note">
              Identifier sites saved.
            </p>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
