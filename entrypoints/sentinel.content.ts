import '../assets/sentinel.css';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { declutter } from '../core/declutter/declutter';
import { detectArticle } from '../core/detect/is-article';
import { isBackgroundToTab, type TabToBackground } from '../core/messages';
import { validateSettings } from '../core/settings/settings';
import { getReaderHook } from '../utils/reader-hook';

/** The longest the sentinel waits for the page to be idle before it cleans up anyway. */
const IDLE_TIMEOUT_MS = 300;

// On every http(s) page: detect, declutter, report, and own the toggle message. It uses the
// browser's own API (not the polyfill) and never imports the reader, to stay small.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const send = (message: TabToBackground) => browser.runtime.sendMessage(message).catch(() => undefined);
    let injecting = false;
    browser.runtime.onMessage.addListener((message, sender) => {
      if (sender.id !== browser.runtime.id || !isBackgroundToTab(message)) return;
      const reader = getReaderHook();
      if (reader) reader.toggle();
      else if (!injecting) {
        injecting = true;
        void send({ type: 'legible/inject-reader' }).finally(() => (injecting = false));
      }
    });

    // Settings are read straight from storage: the sentinel skips the settings library's weight.
    const stored = await browser.storage.sync.get('settings').catch(() => ({}));
    const { settings } = validateSettings((stored as { settings?: unknown }).settings);
    // The page's first frames come first: the clean-up waits for a quiet moment, within a bound.
    await new Promise((idle) => requestIdleCallback(idle, { timeout: IDLE_TIMEOUT_MS }));
    const started = performance.now();
    const verdict = detectArticle(document);
    const hidden = settings.declutter.enabled && verdict.isArticle ? declutter(document, { signal: ctx.signal }).hidden : [];
    // What every page pays for Legible, readable by `npm run bench` from the page's timeline.
    performance.measure('legible:sentinel', { start: started, end: performance.now() });
    void send({ type: 'legible/page-state', isArticle: verdict.isArticle, hiddenCount: hidden.length });
  },
});
