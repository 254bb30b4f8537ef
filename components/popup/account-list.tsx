import { useVirtualizer } from '@tanstack/react-virtual';
import { stepMark } from './step-mark';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Account } from '@/lib/vault/types';
import { AccountRow, type RowNav } from './account-row';
import { observeRectLazily, scrollWithoutMountWrite } from './no-forced-layout';
import { rowsVisible } from './codes-visible';
import { LIST_MAX_HEIGHT as MAX_HEIGHT, ROW_HEIGHT } from './list-geometry';
import { moveId } from './sort';
import { reorder } from './row-actions';
import { i18n } from '#i18n';

interface Props {
  accounts: readonly Account[];
  /** The accounts whose websites match the active tab. */
  siteIds: ReadonlySet<string>;
  canReorder: boolean;
}

/** The accounts, virtualised (only rows on screen exist), with keyboard and drag reordering. */
export function AccountList({ accounts, siteIds, canReorder }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The first render draws only the rows on screen; the rows just below follow after the first paint.
  const [overscan, setOverscan] = useState(0);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setOverscan(4));
    return () => cancelAnimationFrame(frame);
  }, []);
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; rows are memoised by hand.
  const virtualizer = useVirtualizer({
    count: accounts.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan,
    initialRect: { width: 376, height: MAX_HEIGHT },
    getItemKey: (i) => accounts[i]!.id,
    observeElementRect: observeRectLazily,
    scrollToFn: useState(scrollWithoutMountWrite)[0],
  });
  const items = virtualizer.getVirtualItems();

  const latest = useRef({ accounts, canReorder, virtualizer });
  useLayoutEffect(() => {
    latest.current = { accounts, canReorder, virtualizer };
  });

  useLayoutEffect(() => {
    stepMark('list-committed');
    // From the virtualiser's own state: reading the element's scroll position here would force a layout mid-render.
    const { scrollOffset, scrollRect } = latest.current.virtualizer;
    const bottom = (scrollOffset ?? 0) + (scrollRect?.height ?? MAX_HEIGHT);
    const visible = items.filter((it) => it.start < bottom);
    rowsVisible(visible.map((it) => accounts[it.index]!.id));
  }, [items, accounts]);

  // The row to focus once it is rendered where it belongs (after a scroll or a reorder moved it).
  const pendingFocus = useRef<string | null>(null);
  const applyFocus = useCallback(() => {
    const id = pendingFocus.current;
    const el = id && scrollRef.current?.querySelector<HTMLElement>(`[data-account-id="${CSS.escape(id)}"]`);
    if (!el) return;
    const index = latest.current.accounts.findIndex((a) => a.id === id);
    if (el.dataset.rowIndex !== String(index)) return;
    pendingFocus.current = null;
    el.focus();
  }, []);
  useLayoutEffect(applyFocus);

  const focusRow = useCallback(
    (index: number, id: string) => {
      latest.current.virtualizer.scrollToIndex(index, { align: 'auto' });
      pendingFocus.current = id;
      requestAnimationFrame(applyFocus);
    },
    [applyFocus],
  );

  const dragged = useRef<string | null>(null);
  const nav = useMemo<RowNav>(
    () => ({
      onKey(event, index) {
        const { accounts: list, canReorder: can } = latest.current;
        const last = list.length - 1;
        const key = event.key;
        if (event.altKey && (key === 'ArrowUp' || key === 'ArrowDown')) {
          event.preventDefault();
          if (!can) return;
          const to = key === 'ArrowUp' ? index - 1 : index + 1;
          if (to < 0 || to > last) return;
          const id = list[index]!.id;
          void reorder(
            moveId(
              list.map((a) => a.id),
              id,
              to,
            ),
          );
          focusRow(to, id);
          return;
        }
        const target =
          key === 'ArrowDown'
            ? index + 1
            : key === 'ArrowUp'
              ? index - 1
              : key === 'Home'
                ? 0
                : key === 'End'
                  ? last
                  : -2;
        if (target === -2) return;
        event.preventDefault();
        if (target >= 0 && target <= last) focusRow(target, list[target]!.id);
        else if (target < 0) document.querySelector<HTMLElement>('#account-search')?.focus();
      },
      onDragStart(event, id) {
        dragged.current = id;
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', id);
      },
      onDrop(event, index) {
        event.preventDefault();
        const { accounts: list, canReorder: can } = latest.current;
        const id = dragged.current ?? event.dataTransfer.getData('text/plain');
        dragged.current = null;
        if (!can || !id) return;
        void reorder(
          moveId(
            list.map((a) => a.id),
            id,
            index,
          ),
        );
      },
    }),
    [focusRow],
  );

  return (
    <div
      className="list-scroll"
      ref={scrollRef}
      role="list"
      aria-label={i18n.t('popup.accounts')}
      style={{ height: Math.min(MAX_HEIGHT, virtualizer.getTotalSize()) }}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((it) => {
          const account = accounts[it.index]!;
          return (
            <div
              key={it.key}
              className="row-slot"
              style={{ transform: `translateY(${it.start}px)`, height: ROW_HEIGHT }}
            >
              <AccountRow
                account={account}
                index={it.index}
                matchesSite={siteIds.has(account.id)}
                canReorder={canReorder}
                nav={nav}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}
