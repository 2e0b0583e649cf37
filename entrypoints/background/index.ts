import { defineBackground } from 'wxt/utils/define-background';
import { createTranscriptService } from '../../core/transcripts/service';
import { registerReaderActivation } from './activation';
import { registerCleanupMenus } from './cleanup-menu';
import { registerMessageHandlers } from './message-handlers';

// The background wires browser events to plain modules: activation (toolbar, shortcut, menus),
// and the messages tabs send (page state, reader injection, transcripts).
export default defineBackground(() => {
  const transcripts = createTranscriptService({ preferredLanguages: () => navigator.languages });
  registerReaderActivation();
  registerCleanupMenus();
  registerMessageHandlers({ transcripts });
});
