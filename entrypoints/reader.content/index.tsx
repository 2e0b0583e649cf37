import './bundle-start';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { getReaderHook, setReaderHook, takeOpenOptions } from '../../utils/reader-hook';
import { createReaderSession } from './reader-session';

// Injected on demand by the background, never on page load: pages pay only for the sentinel.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  cssInjectionMode: 'manual',
  async main(ctx) {
    const options = takeOpenOptions();
    const existing = getReaderHook();
    if (existing) {
      existing.toggle(options);
      return;
    }
    const session = createReaderSession(ctx);
    setReaderHook(session);
    ctx.onInvalidated(() => setReaderHook(undefined));
    await session.open(options);
  },
});
