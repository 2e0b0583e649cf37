import { browser } from 'wxt/browser';
import { createPageCleanup, type PageCleanup, type PendingNotices } from '../../core/cleanup/page-cleanup';
import { PLAYER_WAIT_MS, wantsCleanup, wantsLaterLook } from '../../core/cleanup/cleanup-policy';
import { createStepPacer } from '../../core/cleanup/step-pacer';
import { detectArticle } from '../../core/detect/is-article';
import { isBackgroundToTab, type TabToBackground, type TabToBackgroundReply } from '../../core/messages';
import { getCleanupHook } from '../../utils/cleanup-hook';
import { getReaderHook } from '../../utils/reader-hook';

/** The longest the sentinel waits for the page to be idle before it looks anyway. */
const IDLE_TIMEOUT_MS = 300;
/** A task of the sentinel's this long gives the page the main thread before the next step. */
const STEP_BUDGET_MS = 4;
/** The longest a step of the first pass then waits for the page to be idle. */
const STEP_TIMEOUT_MS = 50;

/**
 * Detects the article, cleans the page up where that is wanted, reports to the background, and
 * owns the toggle message. It uses the browser's own API (not the polyfill) and leaves the reader
 * and the phrase table to the background, to stay small: every page pays for it.
 */
export async function watchPage(): Promise<void> {
  const send = <T extends TabToBackground>(message: T) =>
    (browser.runtime.sendMessage(message) as Promise<TabToBackgroundReply[T['type']]>).catch(() => undefined);
  const hook = getCleanupHook();
  let injectingReader = false;
  browser.runtime.onMessage.addListener((message, sender) => {
    if (sender.id !== browser.runtime.id || !isBackgroundToTab(message)) return;
    if (message.type === 'legible/show-hidden') hook.actions?.showHidden();
    else if (message.type === 'legible/clean-up') hook.actions?.cleanUp();
    else {
      // Where the bench starts an opening's parts from (the reader measures the rest).
      performance.mark('legible:toggle');
      const reader = getReaderHook();
      const fromKeyboard = message.fromKeyboard === true;
      if (reader) reader.toggle({ fromKeyboard });
      else if (!injectingReader) {
        injectingReader = true;
        void send({ type: 'legible/inject-reader', ...(fromKeyboard ? { fromKeyboard } : {}) }).finally(() => (injectingReader = false));
      }
    }
  });

  // The background reads the settings (the sentinel skips their code) while the page's first
  // frames come first: the sentinel waits for a quiet moment, within a bound.
  const [settings] = await Promise.all([send({ type: 'legible/page-settings' }), idleMoment(IDLE_TIMEOUT_MS)]);
  // A second idle moment: the first comes as the page's first paint goes to the raster threads,
  // and on a machine of two cores the sentinel would share them with it.
  await idleMoment(IDLE_TIMEOUT_MS);

  // Where a step of the first pass took long, the next is a task of its own, so that no one task
  // is long: the page gets the main thread between them (its notices stay a moment longer).
  const started = performance.now();
  const pacer = createStepPacer(STEP_BUDGET_MS, () => idleMoment(STEP_TIMEOUT_MS));

  const verdict = detectArticle(document);
  hook.verdict = verdict;
  hook.siteCleanUp = settings?.siteCleanUp;
  const wanted = wantsCleanup(settings, verdict.isArticle);
  // With page scripts off every rule may apply; with them on, only notices in the page's own
  // text, and later any player whose script never came.
  const pageCleanup = (): PageCleanup =>
    (hook.cleanup ??= createPageCleanup(document, { salvage: settings?.cleanup.salvageImages ?? true }));

  const report = () => {
    const counts = hook.cleanup?.counts() ?? { hiddenCount: 0, salvagedCount: 0 };
    void send({ type: 'legible/page-state', isArticle: verdict.isArticle, reason: verdict.reason, ...counts });
  };
  const judgeNotices = async (pending: PendingNotices) => {
    const reply = await send({ type: 'legible/judge-notices', pageLang: pending.pageLang, lines: pending.lines });
    if (!reply) return;
    const judged = performance.now();
    pending.finish(reply.noticeLayers);
    report();
    performance.measure('legible:sentinel-notices', { start: judged, end: performance.now(), detail: hook.cleanup?.figures() });
  };
  const afterFirstPass = (pending: PendingNotices | undefined) => {
    report();
    if (pending) void judgeNotices(pending);
    return pending !== undefined;
  };
  hook.actions = {
    showHidden() {
      hook.cleanup?.undo();
      report();
    },
    cleanUp: () => afterFirstPass(pageCleanup().run()),
  };

  let judging = false;
  if (wanted) {
    await pacer.pause();
    judging = afterFirstPass(await pageCleanup().runPaced(pacer.pause));
  } else report();
  const tasksMs = pacer.finish();
  // What every page pays for Legible, readable by `npm run bench` from the page's timeline (each
  // task's time in its detail); a second measure follows where the background had notices to judge.
  performance.measure('legible:sentinel', {
    start: started,
    end: performance.now(),
    detail: { judging, tasksMs, ...hook.cleanup?.figures() },
  });

  if (wantsLaterLook(wanted, hook.cleanup?.scriptsOff ?? true)) {
    setTimeout(() => {
      const later = performance.now();
      pageCleanup().runLater();
      report();
      performance.measure('legible:sentinel-later', { start: later, end: performance.now() });
    }, PLAYER_WAIT_MS);
  }
}

/** The page's next idle moment, or `timeoutMs` from now on a page never idle. */
function idleMoment(timeoutMs: number): Promise<void> {
  return new Promise((idle) => requestIdleCallback(() => idle(), { timeout: timeoutMs }));
}
