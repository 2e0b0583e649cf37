import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests (happy-dom) and integration tests (Node, a real local HTTP server). The background,
// reader and options import webextension-polyfill, which only loads inside an extension: tests
// get WXT's fake browser in its place.
export default defineConfig({
  plugins: [WxtVitest()],
  resolve: {
    alias: [{ find: /^webextension-polyfill$/, replacement: fileURLToPath(new URL('./tests/support/fake-polyfill.ts', import.meta.url)) }],
  },
  test: {
    environment: 'happy-dom',
    // Unit tests never reach the network: frames in parsed fixtures (youtube.com…) stay unloaded.
    environmentOptions: { happyDOM: { settings: { disableIframePageLoading: true } } },
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.ts', 'tests/security/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    setupFiles: ['tests/support/popover-for-happy-dom.ts'],
  },
});
