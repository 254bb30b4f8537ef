import { useEffect, useState } from 'react';
import { qrScansItem } from '@/lib/storage/items';
import type { PendingScan } from '@/lib/qr/pending-scan';
import type { ScanOutcome } from '@/lib/qr/scan-image';
import { REGION_PROMPT, runPendingScan, scanSelectedRegion } from '@/lib/qr/scan-sources';
import { browser } from 'wxt/browser';
import { ScanResults } from './scan-results';
import './qr.css';

type View =
  | { step: 'loading' }
  | { step: 'selecting'; afterNone: boolean }
  | { step: 'done'; outcome: ScanOutcome; canSelect: boolean };

/** The small window a context-menu scan opens: decodes, falls back to a dragged area, then confirms. */
export function ScanApp({ scanId }: { scanId: string }) {
  const [view, setView] = useState<View>({ step: 'loading' });
  const [scan, setScan] = useState<PendingScan | null>(null);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const found = (await qrScansItem.getValue()).find((s) => s.id === scanId);
      if (cancelled) return;
      if (!found) {
        setView({
          step: 'done',
          outcome: { kind: 'error', message: 'This scan has expired. Start it again.' },
          canSelect: false,
        });
        return;
      }
      setScan(found);
      // A page capture can show secrets: keep it no longer than this window needs it.
      await qrScansItem.setValue((await qrScansItem.getValue()).filter((s) => s.id !== scanId));
      const outcome = await runPendingScan(found);
      if (cancelled) return;
      if (outcome.kind === 'none' && found.source === 'page') {
        await selectRegion(found, setView, true);
      } else setView({ step: 'done', outcome, canSelect: found.source !== 'error' && found.tabId !== undefined });
    })();
    return () => {
      cancelled = true;
    };
  }, [scanId]);

  return (
    <main className="scan-app">
      <header className="app-header">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <h1>Scan QR code</h1>
      </header>
      {view.step === 'loading' && <p role="status">Scanning…</p>}
      {view.step === 'selecting' && (
        <p role="status">
          {view.afterNone ? 'No QR code was found on the visible page. ' : ''}
          {REGION_PROMPT} on the page.
        </p>
      )}
      {view.step === 'done' && (
        <>
          <ScanResults outcome={view.outcome} />
          {view.canSelect && scan && scan.source !== 'error' && (
            <button type="button" onClick={() => void selectRegion(scan, setView, false)}>
              Select an area of the page
            </button>
          )}
        </>
      )}
    </main>
  );
}

async function selectRegion(
  scan: Exclude<PendingScan, { source: 'error' }>,
  setView: (v: View) => void,
  afterNone: boolean,
) {
  setView({ step: 'selecting', afterNone });
  let outcome: ScanOutcome | null;
  try {
    if (scan.tabId === undefined) throw new Error('the tab is gone');
    const windowId = scan.source === 'page' ? scan.windowId : (await browser.tabs.get(scan.tabId)).windowId;
    outcome = await scanSelectedRegion(scan.tabId, windowId);
  } catch (error) {
    outcome = { kind: 'error', message: `The page could not be captured again (${(error as Error).message}).` };
  }
  const me = await browser.windows.getCurrent();
  if (me.id !== undefined) await browser.windows.update(me.id, { focused: true });
  setView({
    step: 'done',
    outcome: outcome ?? { kind: 'none', message: 'No area was selected.' },
    canSelect: true,
  });
}
