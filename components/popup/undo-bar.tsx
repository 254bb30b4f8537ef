import { usePopupStore } from './popup-store';
import { undoDelete } from './row-actions';
import { i18n } from '#i18n';

/** The live region (copied, saved, deleted…) and, after a delete, its Undo. */
export function UndoBar() {
  const announcement = usePopupStore((s) => s.announcement);
  const deleted = usePopupStore((s) => s.deleted);
  return (
    <div className="status-bar">
      <p role="status" aria-live="polite" className="status-text">
        {announcement}
      </p>
      {deleted ? (
        <button type="button" className="ghost-button" onClick={() => undoDelete(deleted)}>
          {i18n.t('popup.undo')}
        </button>
      ) : null}
    </div>
  );
}
