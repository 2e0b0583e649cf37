import { defineContentScript } from 'wxt/utils/define-content-script';
import { createPageCleanup } from '../core/declutter/page-cleanup';
import { getCleanupHook } from '../utils/cleanup-hook';

// The clean-up rules (notices in twelve languages, players, widgets, images): injected by the
// background only into article pages that show a sign of needing them, so other pages never pay
// for their bytes.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main(ctx) {
    const hook = getCleanupHook();
    const request = hook.request ?? { salvage: true, pass: 'first' };
    const started = performance.now();
    hook.cleanup ??= createPageCleanup(document, request);
    if (request.pass === 'first') hook.cleanup.run();
    else hook.cleanup.runLater();
    // Part of what the page pays for Legible: `npm run bench` adds it to the sentinel's time.
    performance.measure('legible:cleanup', { start: started, end: performance.now(), detail: hook.cleanup.figures() });
    ctx.onInvalidated(() => hook.cleanup?.undo());
    hook.onDone?.();
  },
});
