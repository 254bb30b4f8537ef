import { lazy, Suspense, useEffect, useState } from 'react';

// The Skyvern section is its own chunk: nothing of it is in the popup's first bundle or first render.
const PushedCodes = lazy(() => import('./pushed-codes').then((m) => ({ default: m.PushedCodes })));
const SkyvernAuthenticators = lazy(() =>
  import('./skyvern-authenticators').then((m) => ({ default: m.SkyvernAuthenticators })),
);

/** The popup's mount point for "Pushed codes": loads the section once the accounts have painted. */
export function PushedCodesSlot() {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let idle: number | undefined;
    const frame = requestAnimationFrame(() => {
      idle = window.setTimeout(() => setReady(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(idle);
    };
  }, []);
  return ready ? (
    <Suspense fallback={null}>
      <SkyvernAuthenticators />
      <PushedCodes />
    </Suspense>
  ) : null;
}
