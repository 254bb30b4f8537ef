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
    // WXT builds its single-file scripts (content and unlisted scripts) with inlined dynamic imports: no manual chunks there.
    outputOptions: (options: { inlineDynamicImports?: boolean }) =>
      options.inlineDynamicImports ? null : { ...options, manualChunks: manualChunks() },
  };
}

function manualChunks(): GetManualChunk {
  let plan: { core: Set<string>; worker: Set<string> } | undefined;
  return (id, meta) => {
    plan ??= chunkPlan(meta);
    if (!plan.core.has(id)) return undefined;
    // What the background shares with the popup goes to its own chunk: the worker must not load the UI.
    return plan.worker.has(id) ? 'shared' : 'popup-core';
  };
}

/**
 * `core`: what the popup's entry reaches statically, minus the popup's own entry module (main.tsx, behind
 * Vite's HTML proxy), which stays in the popup's entry chunk. `worker`: what the background service worker
 * reaches (it is built in the same pass, as an ES module).
 */
function chunkPlan({ getModuleIds, getModuleInfo }: ManualChunkMeta): { core: Set<string>; worker: Set<string> } {
  const entries = [...getModuleIds()].filter((id) => getModuleInfo(id)?.isEntry);
  const popup = entries.find((id) => /[\\/]entrypoints[\\/]popup[\\/]index\.html$/.test(id));
  const core = popup ? staticallyReachable(popup, getModuleInfo) : new Set<string>();
  for (const id of core) if (id === popup || /[\\/]entrypoints[\\/]popup[\\/]/.test(id)) core.delete(id);
  const workers = entries.filter((id) => !id.endsWith('.html'));
  const worker = new Set(workers.flatMap((id) => [...staticallyReachable(id, getModuleInfo)]));
  return { core, worker };
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
