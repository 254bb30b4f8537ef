import { useEffect, useId, useState } from 'react';
import { skyvernTiesItem } from '@/lib/storage/items';
import { withoutTie, type IdentifierTie } from '@/lib/sync/ties';

/**
 * Options: which sites a code sent to an identifier fills by itself (made by one click on the chip's
 * "Use code sent to …" on that site), each with a way to remove it. Other sites only offer the code.
 */
export function SkyvernTies() {
  const id = useId();
  const [ties, setTies] = useState<IdentifierTie[]>([]);
  useEffect(() => {
    void skyvernTiesItem.getValue().then(setTies);
    return skyvernTiesItem.watch((next) => setTies(next ?? []));
  }, []);

  async function remove(tie: IdentifierTie) {
    await skyvernTiesItem.setValue(withoutTie(await skyvernTiesItem.getValue(), tie.identifier, tie.origin));
  }

  return (
    <div className="vault-field" aria-labelledby={`${id}-h`} role="group">
      <h3 id={`${id}-h`}>Sites that fill pushed codes by themselves</h3>
      {ties.length === 0 ? (
        <p className="vault-note">
          None yet. On a page that waits for a code, choose “Use code sent to …” once: later codes sent to that
          identifier fill that site by themselves.
        </p>
      ) : (
        <ul aria-label="Sites tied to identifiers">
          {ties.map((tie) => (
            <li key={`${tie.identifier} ${tie.origin}`}>
              {tie.identifier} → {tie.origin}{' '}
              <button
                type="button"
                aria-label={`Remove ${tie.origin} for ${tie.identifier}`}
                onClick={() => void remove(tie)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
