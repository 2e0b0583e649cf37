import { defineBackground } from 'wxt/utils/define-background';
import { createResultStore } from '../../core/transcripts/result-store';
import { createTranscriptService } from '../../core/transcripts/service';
import { browser } from '../../utils/browser';
import { asEmbeddedInRule } from '../../utils/embedder-header-rules';
import { fenceRedirects } from '../../utils/redirect-fence';
import { registerReaderActivation } from './activation';
import { registerAutoOpen } from './auto-open';
import { registerCleanupMenus } from './cleanup-menu';
import { registerMessageHandlers } from './message-handlers';

// The background wires browser events to plain modules: activation (toolbar, shortcut, menus),
// and the messages tabs send (page state, reader injection, transcripts).
export default defineBackground(() => {
  // storage.session outlives the worker's sleeps but not the browser: transcripts are not kept on disk.
  const transcripts = createTranscriptService({
    preferredLanguages: () => navigator.languages,
    store: createResultStore(browser.storage.session),
    asEmbeddedIn: asEmbeddedInRule,
    redirectFence: fenceRedirects,
  });
  registerReaderActivation();
  registerCleanupMenus();
  registerAutoOpen();
  registerMessageHandlers({ transcripts });
});
