import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerAutoOpen } from '../../../../entrypoints/background/auto-open';
import { registerMessageHandlers } from '../../../../entrypoints/background/message-handlers';
import type { TranscriptService } from '../../../../core/transcripts/service';
import { installBrowserExtras, settleListeners, type BrowserExtras } from '../../../support/fake-browser-extras';

const TAB_ID = 7;
let extras: BrowserExtras;

beforeEach(() => {
  fakeBrowser.reset();
  extras = installBrowserExtras();
  registerAutoOpen();
  registerMessageHandlers({ transcripts: { getTranscript: vi.fn<TranscriptService['getTranscript']>() } });
});

/** The sentinel's report of a page, as it arrives from the tab. */
const report = (url: string, isArticle = true) =>
  fakeBrowser.runtime.onMessage.trigger(
    { type: 'legible/page-state', isArticle, reason: isArticle ? 'whyOgType' : 'whyListing', hiddenCount: 0, salvagedCount: 0 },
    { id: fakeBrowser.runtime.id, url, tab: { id: TAB_ID, url } } as never,
    () => {},
  );

describe('opening the reader by itself', () => {
  it('opens it on an article page of a site where the user asked for it, once per page load', async () => {
    await fakeBrowser.storage.sync.set({ 'site:news.example': { cleanUp: true, autoOpen: true, showLeftOut: false } });
    await report('https://news.example/harbour');
    await report('https://news.example/harbour'); // The report after the notices were judged.
    expect(extras.scripting.injections).toEqual([{ target: { tabId: TAB_ID, frameIds: [0] }, files: ['/content-scripts/reader.js'] }]);
    await fakeBrowser.tabs.onUpdated.trigger(TAB_ID, { status: 'loading' }, { id: TAB_ID } as never);
    await settleListeners();
    await report('https://news.example/harbour');
    expect(extras.scripting.injections).toHaveLength(2);
  });

  it('leaves pages alone that are not articles, or on sites nobody asked for', async () => {
    await fakeBrowser.storage.sync.set({ 'site:news.example': { cleanUp: true, autoOpen: true, showLeftOut: false } });
    await report('https://news.example/', false);
    await report('https://other.example/story');
    expect(extras.scripting.injections).toEqual([]);
  });
});
