import { useSyncExternalStore } from 'react';
import { sectionFromHash, type SectionId } from './sections/section-ids';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The section the URL's hash names; follows links, typed hashes, back and forward. */
export function useHashSection(): SectionId {
  return useSyncExternalStore(subscribe, () => sectionFromHash(window.location.hash));
}
