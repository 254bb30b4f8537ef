import { defineConfig } from 'wxt';
import { SITE_ORIGINS } from './lib/site-access/origins';
import { thirdPartyLicenses } from './scripts/third-party-licenses';
import { GATE_FILE } from './modules/content-gate/index';

/**
 * Firefox's add-on id (fixed, so that storage and granted permissions survive updates), the oldest
 * Firefox (desktop 140, Android 142) that knows every key, and what leaves the device: nothing is
 * collected; the only requests are the user's own Skyvern API calls with the user's key (README "Privacy").
 */
const FIREFOX_SETTINGS = {
  gecko: {
    id: 'otpilot@otpilot.app',
    strict_min_version: '140.0',
    data_collection_permissions: { required: ['none'] },
  },
  gecko_android: { strict_min_version: '142.0' },
};

// One build serves the e2e suite, `npm start` and the benchmarks. WXT_OUT_DIR lets
// parallel builds (several benchmarks, several developers) keep out of each other's way.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  imports: false,
  webExt: { disabled: true },
  hooks: {
    // The bundle keeps no licence comments: the notices of what it contains ship beside it.
    'build:publicAssets': (wxt, files) => {
      files.push({ relativeDest: 'THIRD_PARTY_LICENSES.txt', contents: thirdPartyLicenses(wxt.config.root) });
    },
  },
  vite: () => ({
    build: { sourcemap: !!process.env.SOURCEMAP },
  }),
  // `wxt build -b firefox` gives MV3 too (WXT's default for Firefox is MV2).
  manifestVersion: 3,
  // Firefox's review asks for the sources: `wxt zip -b firefox` packs them; corpora and outputs stay out.
  zip: { excludeSources: ['.output/**', 'test-results/**', 'playwright-report/**', 'docs/screenshots/**'] },
  // One manifest for both browsers; what differs is told by `browser` (see "Firefox" in the README).
  manifest: ({ browser }) => ({
    name: 'OTPilot',
    // The UI's words live in locales/*.yml (@wxt-dev/i18n); the browser's language picks one.
    default_locale: 'en',
    description: 'Two-factor codes, kept encrypted and filled for you.',
    ...(browser === 'firefox' ? { browser_specific_settings: FIREFOX_SETTINGS } : { minimum_chrome_version: '120' }),
    // Firefox has no offscreen documents: its background page clears the clipboard itself.
    permissions: [
      'storage',
      'contextMenus',
      'activeTab',
      'alarms',
      'clipboardWrite',
      'clipboardRead',
      'offscreen',
      'scripting',
      'notifications',
    ].filter((permission) => browser !== 'firefox' || permission !== 'offscreen'),
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: 'OTPilot' },
    // The content script is a tiny gate (lib/autofill/gate.ts, bundled by modules/content-gate.ts); it loads the detector
    // only into frames that may hold a code field. use_dynamic_url keeps pages from probing for it
    // (Chrome; Firefox does not know the key, and its moz-extension:// host is random per install anyway).
    content_scripts: [{ matches: SITE_ORIGINS, all_frames: true, run_at: 'document_idle', js: [GATE_FILE] }],
    web_accessible_resources: [
      {
        resources: ['autofill-main.js'],
        matches: SITE_ORIGINS,
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    commands: {
      'fill-code': {
        suggested_key: { default: 'Ctrl+Shift+L', mac: 'Command+Shift+L' },
        description: 'Fill the verification code on this page',
      },
    },
  }),
});
