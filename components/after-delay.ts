/**
 * Calls back once `ms` have passed, and returns how to cancel. With page JavaScript off, Chromium
 * runs none of a content script's timers, so idle callbacks (which it does run) count the time
 * too; whichever comes first calls back.
 */
export function afterDelay(ms: number, callback: () => void): () => void {
  const due = performance.now() + ms;
  let idle: number | undefined;
  const done = () => {
    cancel();
    callback();
  };
  const checkWhenIdle = () => {
    if (performance.now() >= due) done();
    else idle = requestIdleCallback(checkWhenIdle, { timeout: ms });
  };
  const timer = setTimeout(done, ms);
  if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(checkWhenIdle, { timeout: ms });
  function cancel() {
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  }
  return cancel;
}
