import { useEffect, useRef } from 'react';
import { usePopupStore } from './popup-store';
import { i18n } from '#i18n';

/** Type-to-search. `/` anywhere focuses it; ArrowDown moves to the first row. */
export function SearchBox() {
  const search = usePopupStore((s) => s.search);
  const searchChanged = usePopupStore((s) => s.searchChanged);
  const ref = useRef<HTMLInputElement>(null);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const t = e.target as HTMLElement;
      const typing = t.closest('input, textarea, select, [contenteditable]');
      if (e.key === '/' && !typing) {
        e.preventDefault();
        ref.current?.focus();
        ref.current?.select();
      }
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <input
      ref={ref}
      id="account-search"
      className="search"
      type="search"
      placeholder={i18n.t('popup.searchPlaceholder')}
      aria-label={i18n.t('popup.searchLabel')}
      aria-keyshortcuts="/"
      autoComplete="off"
      spellCheck={false}
      value={search}
      onChange={(e) => searchChanged(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'ArrowDown' || (e.key === 'Enter' && search)) {
          const first = document.querySelector<HTMLElement>('[data-row-index="0"]');
          if (first) {
            e.preventDefault();
            first.focus();
          }
        } else if (e.key === 'Escape' && search) {
          e.preventDefault();
          searchChanged('');
        }
      }}
    />
  );
}
