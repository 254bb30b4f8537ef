import type { WxtViteConfig } from 'wxt';

// WXT bundles its own Vite, whose types are not ours to import (as in popup-bundle.ts).
type Plugin = NonNullable<WxtViteConfig['plugins']>[number];

/** The id WXT's resolveVirtualModules plugin gives an unlisted script's entry (its wrapper module). */
const WXT_ENTRY = '\0virtual:wxt-unlisted-script-entrypoint?';

/**
 * WXT runs an unlisted script's main() inside a small runtime of its own (plugin init, a logger,
 * promise checks): about 0.1 ms of parsing and running per frame on a slow machine. The scripts
 * named here run in every frame of every page (the autofill gate, see bench/content.ts), so their
 * entry is only the call. The result is still the script's value, as `scripting.executeScript` reads
 * it. Should WXT rename its virtual module, this does nothing and WXT's own wrapper is used.
 */
export function bareUnlistedScripts(names: readonly string[]): Plugin {
  return {
    name: 'otpilot-bare-unlisted-scripts',
    enforce: 'pre',
    load(id: string) {
      if (!id.startsWith(WXT_ENTRY)) return null;
      const path = id.slice(WXT_ENTRY.length);
      if (!names.some((name) => path.endsWith(`/entrypoints/${name}.ts`))) return null;
      return `import definition from ${JSON.stringify(path)};\nexport default definition.main();\n`;
    },
  };
}
