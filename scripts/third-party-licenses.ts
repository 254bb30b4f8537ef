import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** WXT's own packages whose code ends up in the bundle (wxt/browser, wxt/utils/*), though they are devDependencies. */
const BUNDLED_FROM_WXT = ['wxt', '@wxt-dev/browser', '@wxt-dev/storage'];
/** What a package's own licence file does not say. */
const ALSO_CONTAINS: Record<string, string> = {
  'zxing-wasm':
    'Its WebAssembly contains ZXing-C++ (https://github.com/zxing-cpp/zxing-cpp), Apache License 2.0, ' +
    "and zxing-wasm's own C++ glue (src/cpp), Apache License 2.0.",
};
const LICENSE_FILE = /^(licen[sc]e|copying|notice)(\.|$)/i;

interface LockPackage {
  version?: string;
  license?: string;
  dev?: boolean;
  repository?: unknown;
}

/**
 * THIRD_PARTY_LICENSES.txt for the packages: every production dependency (and its dependencies) and
 * WXT's runtime, with its licence text as the package ships it. The minified bundle keeps no licence
 * comments, and MIT, BSD and Apache all ask that their notices go along with the code.
 */
export function thirdPartyLicenses(root: string): string {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockPackage>;
  };
  const entries = Object.entries(lock.packages)
    .filter(([path]) => path.startsWith('node_modules/'))
    .map(([path, info]) => ({ path, name: path.slice(path.lastIndexOf('node_modules/') + 13), info }))
    .filter(({ name, info }) => !info.dev || BUNDLED_FROM_WXT.includes(name))
    .sort((a, b) => a.name.localeCompare(b.name));
  const sections = entries.map(({ path, name, info }) => {
    const dir = join(root, path);
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => LICENSE_FILE.test(f)) : [];
    const texts = files.map((f) => readFileSync(join(dir, f), 'utf8').trim());
    const extra = ALSO_CONTAINS[name] ? [ALSO_CONTAINS[name]] : [];
    const body =
      texts.length > 0 ? texts : [`(No licence file in the package; its declared licence is ${info.license}.)`];
    const license = (info.license ?? 'licence not declared').replace(/^\((.*)\)$/, '$1');
    return [`${name} ${info.version ?? ''} (${license})`, ...extra, '', ...body].join('\n');
  });
  return [
    'OTPilot bundles code from these packages (its production dependencies, a few of which only their own ' +
      "command-line tools use, and WXT's runtime). Their licences and notices follow.",
    ...sections.map((section) => `${'='.repeat(78)}\n${section}`),
    '',
  ].join('\n\n');
}
