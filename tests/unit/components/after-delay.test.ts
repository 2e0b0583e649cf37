import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterDelay } from '../../../components/after-delay';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('afterDelay', () => {
  it('calls back once, after the delay', async () => {
    const callback = vi.fn();
    afterDelay(30, callback);
    expect(callback).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('calls back from idle callbacks when timers never run (Chromium, page scripts off)', async () => {
    // An idle period every 5 ms, as a browser gives a quiet page; and timers that never fire.
    const realSetTimeout = globalThis.setTimeout;
    vi.stubGlobal('requestIdleCallback', (idle: IdleRequestCallback) =>
      realSetTimeout(() => idle({ didTimeout: false, timeRemaining: () => 50 }), 5),
    );
    vi.stubGlobal('cancelIdleCallback', (handle: number) => clearTimeout(handle));
    vi.spyOn(globalThis, 'setTimeout').mockImplementation((() => 0) as unknown as typeof setTimeout);
    const callback = vi.fn();
    const started = performance.now();
    afterDelay(30, () => callback(performance.now() - started));
    await vi.waitFor(() => expect(callback).toHaveBeenCalledTimes(1), { timeout: 1000, interval: 10 });
    expect(callback.mock.calls[0]![0]).toBeGreaterThanOrEqual(30);
  });

  it('never calls back once cancelled', async () => {
    const callback = vi.fn();
    const cancel = afterDelay(20, callback);
    cancel();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(callback).not.toHaveBeenCalled();
  });
});
