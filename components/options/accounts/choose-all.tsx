import { useEffect, useRef } from 'react';
import { useExportSelection } from '@/components/export/export-selection';
import { plural } from '@/components/plural';
import type { Account } from '@/lib/vault/types';

/** "Select all" (the accounts shown), how many are chosen for export, and where to export them. */
export function ChooseAll({ shown, chosen }: { shown: readonly Account[]; chosen: ReadonlySet<string> }) {
  const allSet = useExportSelection((s) => s.allSet);
  const ref = useRef<HTMLInputElement>(null);
  const chosenShown = shown.filter((a) => chosen.has(a.id)).length;
  const all = chosenShown === shown.length;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = chosenShown > 0 && !all;
  }, [chosenShown, all]);
  return (
    <div className="choose-all">
      <label className="check">
        <input
          ref={ref}
          type="checkbox"
          checked={all}
          onChange={(e) =>
            allSet(
              shown.map((a) => a.id),
              e.target.checked,
            )
          }
        />{' '}
        Select all
      </label>
      <span className="spacer" />
      {chosen.size > 0 ? (
        <p className="muted choose-all-count">
          {plural(chosen.size, 'account')} chosen for export · <a href="#import-export">Export them</a> ·{' '}
          <button type="button" className="link-button" onClick={() => allSet([...chosen], false)}>
            Clear choice
          </button>
        </p>
      ) : (
        <p className="muted choose-all-count">Choose accounts to export only those.</p>
      )}
    </div>
  );
}
