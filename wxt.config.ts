import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { compileHint } from './tools/compile-hint';
import { readerableAsModule } from './tools/readerable-as-module';
import { BUNDLED_FONT_FACES } from './utils/bundled-font-faces';

const require = createRequire(import.meta.url);

// Legible ships MV3 to both browsers. The gecko id is fixed so Firefox keeps settings across updates.
export const GECKO_ID = 'legible@legible-reader.org';

export default defineConfig({
  // Imports are written out, so every file says where its names come from.
  imports: false,
  manifestVersion: 3,
  vite: () => ({ plugins: [readerableAsModule(), compileHint(['sentinel.js'])] }),
  // The sources zip Firefox's reviewers rebuild from: what `npm ci && npm run build` needs.
  zip: { excludeSources: ['artifacts/**', 'tests/**', 'bench/**', '.ci/**', 'docs/**', 'store/**'] },
  hooks: {
    // The reader's bundled font, copied from its npm package rather than kept in the repository.
    'build:publicAssets'(wxt, files) {
      for (const face of BUNDLED_FONT_FACES) files.push({ absoluteSrc: require.resolve(face.source), relativeDest: face.file });
      // The privacy statement, which the options page links to, read where Legible is installed.
      files.push({ absoluteSrc: resolve('PRIVACY.md'), relativeDest: 'privacy.txt' });
      // Chrome names Norwegian "no"; Firefox's Norwegian is "nb" and would fall back to English.
      if (wxt.config.browser === 'firefox')
        files.push({ absoluteSrc: resolve('public/_locales/no/messages.json'), relativeDest: '_locales/nb/messages.json' });
    },
  },
  manifest: ({ browser }) => ({
    // In the browser's language, as the stores list it.
    name: '__MSG_extensionName__',
    description: '__MSG_extensionDescription__',
    default_locale: 'en',
    // declarativeNetRequestWithHostAccess: Referer and Origin on the background's own request to a
    // player service that refuses others (Vimeo, Brightcove); it warns of nothing the host access does not.
    permissions: ['storage', 'scripting', 'contextMenus', 'declarativeNetRequestWithHostAccess'],
    // Every http(s) page: the sentinel runs there, and the background fetches caption files
    // from whatever host a page's clip names.
    host_permissions: ['http://*/*', 'https://*/*'],
    // The sentinel (entrypoints/sentinel/), and public/sentinel.css: the one rule that hides what
    // it marks, so removing the attribute shows an element again.
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['sentinel.js'], css: ['sentinel.css'], run_at: 'document_idle' }],
    // The reader reads its font's bytes from the page's side; nothing else is exposed to pages. In
    // Chrome only at an address that changes each session, so no page can tell Legible is
    // installed by fetching a font from its fixed id; Firefox's address is random per install already.
    web_accessible_resources: [
      { resources: ['fonts/*.woff2'], matches: ['http://*/*', 'https://*/*'], ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) },
    ],
    action: { default_title: 'Legible', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' } },
    commands: {
      'toggle-reader': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandToggleReader__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // 140 is the first Firefox that reads data_collection_permissions (the stores require it).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '120' }),
  }),
});
