import { useEffect, useId, useRef, useState } from 'react';
import { usePopupStore, type FillGuard } from './popup-store';
import { fillCode } from './row-actions';
import { i18n } from '#i18n';
import { SLOT, withElement } from '@/components/with-element';

/**
 * The phishing guard: "github.com.evil.example is not a website of GitHub (octo). Fill anyway?", asked
 * before a code goes to a site none of the account's websites match. Cancel is the default (focused) button;
 * "Fill anyway" fills that one frame; the site can be added to the account's websites on the way.
 */
export function FillGuardDialog() {
  const guard = usePopupStore((s) => s.guard);
  return guard ? <GuardDialog key={`${guard.account.id} ${guard.origin}`} guard={guard} /> : null;
}

function GuardDialog({ guard }: { guard: FillGuard }) {
  const close = () => usePopupStore.getState().guardAsked(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const [addSite, setAddSite] = useState(false);
  const titleId = useId();
  useEffect(() => {
    dialog.current?.showModal();
    cancel.current?.focus();
  }, []);
  const fill = () => {
    close();
    void fillCode(guard.account, { origin: guard.origin, ...(addSite && { website: guard.website }) });
  };
  return (
    <dialog ref={dialog} className="fill-guard" role="alertdialog" aria-labelledby={titleId} onClose={close}>
      <p id={titleId}>
        {withElement(i18n.t('guard.question', { host: SLOT, label: guard.label }), <strong>{guard.host}</strong>)}
      </p>
      <label className="fill-guard-add">
        <input type="checkbox" checked={addSite} onChange={(e) => setAddSite(e.target.checked)} />
        {i18n.t('guard.addSite', { website: guard.website, label: guard.label })}
      </label>
      <div className="fill-guard-buttons">
        <button ref={cancel} type="button" className="primary-button" autoFocus onClick={close}>
          {i18n.t('common.cancel')}
        </button>
        <button type="button" className="ghost-button" onClick={fill}>
          {i18n.t('guard.fillAnyway')}
        </button>
      </div>
    </dialog>
  );
}
