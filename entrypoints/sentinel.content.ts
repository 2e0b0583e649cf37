import '../assets/sentinel.css';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { hasNoticeHint } from '../core/declutter/notice-hint';
import { pageScriptsOff } from '../core/declutter/scripts-off';
import { detectArticle } from '../core/detect/is-article';
import { PLAYER_SELECTOR } from '../core/media/player-shells';
import { isBackgroundToTab, type TabToBackground } from '../core/messages';
import { validateSettings } from '../core/settings/settings';
import { siteSettingsKey, validateSiteSettings } from '../core/settings/site-settings';
import { getCleanupHook } from '../utils/cleanup-hook';
import { getReaderHook } from '../utils/reader-hook';

/** The longest the sentinel waits for the page to be idle before it looks anyway. */
const IDLE_TIMEOUT_MS = 300;
/** How long a page with its scripts on gets to start its players before empty shells count as dead. */
const PLAYER_WAIT_MS = 4000;

// On every http(s) page: detect, decide whether the page needs cleaning up, report, and own the
// toggle message. It uses the browser's own API (not the polyfill) and imports neither the reader
// nor the clean-up rules, to stay small: the background injects those where they are needed.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const send = (message: TabToBackground) => browser.runtime.sendMessage(message).catch(() => undefined);
    const cleanupHook = getCleanupHook();
    let injectingReader = false;
    browser.runtime.onMessage.addListener((message, sender) => {
      if (sender.id !== browser.runtime.id || !isBackgroundToTab(message)) return;
      if (message.type === 'legible/show-hidden') cleanupHook.actions?.showHidden();
      else if (message.type === 'legible/clean-up') cleanupHook.actions?.cleanUp();
      else {
        const reader = getReaderHook();
        if (reader) reader.toggle();
        else if (!injectingReader) {
          injectingReader = true;
          void send({ type: 'legible/inject-reader' }).finally(() => (injectingReader = false));
        }
      }
    });

    // Settings are read straight from storage: the sentinel skips the settings library's weight.
    const siteKey = siteSettingsKey(location.hostname);
    const stored: Record<string, unknown> = await browser.storage.sync.get(['settings', siteKey]).catch(() => ({}));
    const { settings } = validateSettings(stored.settings);
    const site = validateSiteSettings(stored[siteKey]);
    // The page's first frames come first: the sentinel waits for a quiet moment, within a bound.
    await new Promise((idle) => requestIdleCallback(idle, { timeout: IDLE_TIMEOUT_MS }));

    const started = performance.now();
    const verdict = detectArticle(document);
    cleanupHook.verdict = verdict;
    cleanupHook.siteCleanUp = site.cleanUp;
    const wanted = settings.declutter.enabled && site.cleanUp && (verdict.isArticle || settings.declutter.everywhere);
    const scriptsOff = wanted && pageScriptsOff(document);
    const textHint = wanted && hasNoticeHint(document.body?.textContent ?? '');
    // With page scripts off every part of the clean-up may apply; with them on, only notices in
    // the page's own text, and later any player whose script never came.
    const needed = scriptsOff || textHint;
    // What every page pays for Legible, readable by `npm run bench` from the page's timeline.
    performance.measure('legible:sentinel', { start: started, end: performance.now(), detail: { cleanUp: needed } });

    const report = () => {
      const counts = cleanupHook.cleanup?.counts() ?? { hiddenCount: 0, salvagedCount: 0 };
      void send({ type: 'legible/page-state', isArticle: verdict.isArticle, reason: verdict.reason, ...counts });
    };
    const cleanUp = (pass: 'first' | 'later') => {
      if (cleanupHook.cleanup) {
        if (pass === 'first') cleanupHook.cleanup.run();
        else cleanupHook.cleanup.runLater();
        report();
        return;
      }
      cleanupHook.request = { salvage: settings.declutter.salvageImages, pass, scriptsOff, textHint };
      cleanupHook.onDone = report;
      void send({ type: 'legible/inject-cleanup' });
    };
    cleanupHook.actions = {
      showHidden() {
        cleanupHook.cleanup?.undo();
        report();
      },
      cleanUp: () => cleanUp('first'),
    };
    report();
    if (needed) cleanUp('first');
    // Players are looked for only once the wait is over, not on the page's way in.
    if (wanted && !scriptsOff) {
      ctx.setTimeout(() => {
        if (document.querySelector(PLAYER_SELECTOR)) cleanUp('later');
      }, PLAYER_WAIT_MS);
    }
  },
});
