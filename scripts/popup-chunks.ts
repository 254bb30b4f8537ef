import type { WxtViteConfig } from 'wxt';

// The parts of Rollup's manualChunks API used here (WXT bundles its own Vite, whose types are not ours to import).
type Plugin = NonNullable<WxtViteConfig['plugins']>[number];
interface ManualChunkMeta {
  getModuleIds(): IterableIterator<string>;
  getModuleInfo(id: string): { isEntry: boolean; importedIds: readonly string[] } | null;
}
type GetManualChunk = (id: string, meta: ManualChunkMeta) => string | undefined;

/**
 * Rollup `manualChunks` for the extension pages: everything the popup needs before its first render,
 * except its own entry module, goes into one `popup-core` chunk. The popup then loads two scripts
 * instead of seven (each extension resource is a round trip through the browser process, a few ms
 * on the popup's critical path). Modules the popup imports lazily (forms, vault gate, QR) and
 * modules the offscreen document needs (it stays small) keep Rollup's own chunking.
 */
export function popupChunks(): Plugin {
  return {
    name: 'otpilot-popup-chunks',
    // WXT builds single-file entrypoints (background, content scripts) with inlined dynamic imports, where manual chunks are not allowed.
    outputOptions: (options: { inlineDynamicImports?: boolean }) =>
      options.inlineDynamicImports ? null : { ...options, manualChunks: manualChunks() },
  };
}

function manualChunks(): GetManualChunk {
  let core: Set<string> | undefined;
  return (id, meta) => {
    core ??= coreModules(meta);
    return core.has(id) ? 'popup-core' : undefined;
  };
}

function coreModules({ getModuleIds, getModuleInfo }: ManualChunkMeta): Set<string> {
  const entries = [...getModuleIds()].filter((id) => getModuleInfo(id)?.isEntry);

  const popup = entries.find((id) => /[\\/]entrypoints[\\/]popup[\\/]index\.html$/.test(id));
  if (!popup) return new Set();
  const fromPopup = staticallyReachable(popup, getModuleInfo);
  const fromOffscreen = entries
    .filter((id) => /[\\/]entrypoints[\\/]offscreen[\\/]/.test(id))
    .flatMap((id) => [...staticallyReachable(id, getModuleInfo)]);
  const popupEntryCode = new Set(getModuleInfo(popup)?.importedIds ?? []);
  for (const id of [popup, ...popupEntryCode, ...fromOffscreen]) fromPopup.delete(id);
  // The entry's own module (main.tsx via Vite's HTML proxy) stays in the popup's entry chunk.
  for (const proxy of popupEntryCode)
    for (const id of getModuleInfo(proxy)?.importedIds ?? []) {
      if (/[\\/]entrypoints[\\/]popup[\\/]/.test(id)) fromPopup.delete(id);
    }
  return fromPopup;
}

function staticallyReachable(entry: string, info: ManualChunkMeta['getModuleInfo']): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const next of info(id)?.importedIds ?? []) stack.push(next);
  }
  return seen;
}
