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
 * except its own entry module, goes into one `popup-core` chunk. The popup then loads three scripts
 * instead of eight (each extension resource is a round trip through the browser process, a few ms
 * on the popup's critical path). Modules the popup imports lazily (forms, vault gate, QR) keep
 * Rollup's own chunking. Other pages that share modules with the popup (options, scan window, the
 * offscreen clipboard document) import them from popup-core too: one larger file, loaded rarely.
 * Modules the background shares with the popup go to a `shared` chunk, so the worker never loads UI code.
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
  let worker: Set<string> | undefined;
  return (id, meta) => {
    core ??= coreModules(meta);
    worker ??= workerModules(meta);
    if (!core.has(id)) return undefined;
    // What the background shares with the popup goes to its own chunk: the worker must not load the UI.
    return worker.has(id) ? 'shared' : 'popup-core';
  };
}

/** Modules the background service worker uses (it is built in the same pass, as an ES module). */
function workerModules({ getModuleIds, getModuleInfo }: ManualChunkMeta): Set<string> {
  const entries = [...getModuleIds()].filter((id) => getModuleInfo(id)?.isEntry && !id.endsWith('.html'));
  return new Set(entries.flatMap((id) => [...staticallyReachable(id, getModuleInfo)]));
}

function coreModules({ getModuleIds, getModuleInfo }: ManualChunkMeta): Set<string> {
  const entries = [...getModuleIds()].filter((id) => getModuleInfo(id)?.isEntry);

  const popup = entries.find((id) => /[\\/]entrypoints[\\/]popup[\\/]index\.html$/.test(id));
  if (!popup) return new Set();
  const fromPopup = staticallyReachable(popup, getModuleInfo);
  // The popup's own entry module (main.tsx, behind Vite's HTML proxy) stays in the popup's entry chunk.
  for (const id of fromPopup) if (id === popup || /[\\/]entrypoints[\\/]popup[\\/]/.test(id)) fromPopup.delete(id);
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

/**
 * Puts the popup's stylesheet into popup.html as a `<style>` element: one request fewer on the popup's
 * critical path (the extension pages' CSP restricts scripts, not styles). Other pages keep the link.
 */
export function inlinePopupCss(): Plugin {
  return {
    name: 'otpilot-inline-popup-css',
    transformIndexHtml: {
      order: 'post',
      handler(html: string, ctx: { path: string; bundle?: Record<string, { type: string; source?: unknown }> }) {
        if (!/(^|\/)popup(\/index)?\.html$/.test(ctx.path) || !ctx.bundle) return html;
        return html.replace(/<link rel="stylesheet"[^>]*href="\/?([^"]+\.css)"[^>]*>/g, (tag, file: string) => {
          const source = ctx.bundle![file]?.source;
          return typeof source === 'string' ? `<style>${source}</style>` : tag;
        });
      },
    },
  };
}
