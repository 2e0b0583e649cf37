import { beforeEach, describe, expect, it, vi, type Mock, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerMessageHandlers } from '../../../../entrypoints/background/message-handlers';
import type { MediaRef } from '../../../../core/media/types';
import type { TranscriptService } from '../../../../core/transcripts/service';
import type { TranscriptResult } from '../../../../core/transcripts/types';
import { installBrowserExtras, type BrowserExtras } from '../../../support/fake-browser-extras';

type Sender = Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];

const TAB_ID = 7;

/** A sender as the browser describes one of this extension's content scripts in a tab. */
function sender(fields: { id?: string; tabId?: number; url?: string } = {}): Sender {
  const { id = fakeBrowser.runtime.id, tabId = TAB_ID, url = 'https://news.example/harbour' } = fields;
  return { id, url, ...(tabId === -1 ? {} : { tab: { id: tabId, url } }) } as Sender;
}

/** Delivers a message the way the browser does, and returns the handler's answer. */
async function deliver(message: unknown, from: Sender = sender()): Promise<unknown> {
  const replies = await fakeBrowser.runtime.onMessage.trigger(message, from, () => {});
  expect(replies).toHaveLength(1);
  return replies[0];
}

const CLIP: MediaRef = {
  id: 'media-1',
  mediaType: 'video',
  title: 'The last ferry of the night',
  pageUrl: 'https://news.example/harbour',
  pageLang: 'en',
  source: 'html5',
  tracks: [{ url: 'https://media.example/ferry.vtt', kind: 'captions', lang: 'en', isDefault: true }],
};

const TRANSCRIPT: TranscriptResult = {
  ok: true,
  transcript: { cues: [{ start: 0, end: 3, text: 'The ferry leaves at midnight.' }], lang: 'en', sourceUrl: CLIP.tracks[0]!.url },
};

let extras: BrowserExtras;
let service: { getTranscript: Mock<TranscriptService['getTranscript']> };
let warn: MockInstance<Console['warn']>;

beforeEach(() => {
  fakeBrowser.reset();
  extras = installBrowserExtras();
  service = { getTranscript: vi.fn<TranscriptService['getTranscript']>(async () => TRANSCRIPT) };
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  registerMessageHandlers({ transcripts: service });
});

/** How the fake browser reports a tab whose badge and title were never set. */
const UNTOUCHED = { text: '', title: '' };

async function badge(tabId = TAB_ID) {
  return {
    text: await fakeBrowser.action.getBadgeText({ tabId }),
    title: await fakeBrowser.action.getTitle({ tabId }),
  };
}

describe('registerMessageHandlers', () => {
  describe('refuses', () => {
    it('messages from another extension', async () => {
      const reply = await deliver({ type: 'legible/get-transcript', media: CLIP }, sender({ id: 'some-other-extension' }));
      expect(reply).toBeUndefined();
      expect(service.getTranscript).not.toHaveBeenCalled();
      expect(warn).toHaveBeenCalledWith('Legible: refused a message', expect.anything());
    });

    it('messages that come from no tab', async () => {
      const reply = await deliver(
        { type: 'legible/page-state', isArticle: true, reason: 'whyOgType', hiddenCount: 0, salvagedCount: 0 },
        sender({ tabId: -1 }),
      );
      expect(reply).toBeUndefined();
      expect(await badge()).toEqual(UNTOUCHED);
      expect(warn).toHaveBeenCalledTimes(1);
    });

    it.each([
      ['an unknown type', { type: 'legible/delete-everything' }],
      ['page state without its fields', { type: 'legible/page-state', isArticle: 'yes', hiddenCount: 0 }],
      ['a fractional hidden count', { type: 'legible/page-state', isArticle: true, hiddenCount: 1.5 }],
      ['a transcript request without a clip', { type: 'legible/get-transcript' }],
      ['a clip of the wrong shape', { type: 'legible/get-transcript', media: { ...CLIP, tracks: 'all of them' } }],
      ['a bare string', 'legible/inject-reader'],
    ])('%s', async (_, message) => {
      const reply = await deliver(message);
      expect(reply).toBeUndefined();
      expect(service.getTranscript).not.toHaveBeenCalled();
      expect(extras.scripting.injections).toEqual([]);
      expect(await badge()).toEqual(UNTOUCHED);
      expect(warn).toHaveBeenCalledTimes(1);
    });
  });

  it('marks an article tab with a badge and says so in the title', async () => {
    const reply = await deliver({ type: 'legible/page-state', isArticle: true, reason: 'whyOgType', hiddenCount: 0, salvagedCount: 0 });
    expect(reply).toBeUndefined();
    expect(await badge()).toEqual({ text: 'Aa', title: 'Legible: open the reader view\nThe page says it is an article.' });
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: TAB_ID })).toEqual([0x0b, 0x57, 0xa4, 255]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('says why, and counts what it hid and loaded, in the title', async () => {
    await deliver({ type: 'legible/page-state', isArticle: true, reason: 'whyOgType', hiddenCount: 3, salvagedCount: 2 });
    expect((await badge()).title).toBe(
      'Legible: open the reader view\nThe page says it is an article.\nHidden because they need scripts: 3\nImages loaded that needed scripts: 2',
    );
  });

  it('clears the badge on a page that is not an article', async () => {
    await deliver({ type: 'legible/page-state', isArticle: true, reason: 'whyOgType', hiddenCount: 0, salvagedCount: 0 });
    await deliver({ type: 'legible/page-state', isArticle: false, reason: 'whyListing', hiddenCount: 0, salvagedCount: 0 });
    expect(await badge()).toEqual({
      text: '',
      title: 'Legible: this page does not look like an article\nThe page lists several stories rather than telling one.',
    });
  });

  it('marks only the tab that reported', async () => {
    await deliver(
      { type: 'legible/page-state', isArticle: true, reason: 'whyOgType', hiddenCount: 0, salvagedCount: 0 },
      sender({ tabId: 8 }),
    );
    expect((await badge(8)).text).toBe('Aa');
    expect(await badge(TAB_ID)).toEqual(UNTOUCHED);
  });

  it('gives a page the clean-up settings and the switch of its own site', async () => {
    expect(await deliver({ type: 'legible/page-settings' })).toEqual({
      cleanup: { enabled: true, everywhere: false, salvageImages: true },
      siteCleanUp: true,
    });
    await fakeBrowser.storage.sync.set({
      settings: { cleanup: { enabled: true, everywhere: true, salvageImages: 'sometimes' } },
      'site:news.example': { cleanUp: false },
    });
    expect(await deliver({ type: 'legible/page-settings' })).toEqual({
      cleanup: { enabled: true, everywhere: true, salvageImages: true },
      siteCleanUp: false,
    });
    expect(await deliver({ type: 'legible/page-settings' }, sender({ url: 'https://other.example/story' }))).toMatchObject({
      siteCleanUp: true,
    });
  });

  it('judges the lines a page sends against the phrase table of its language', async () => {
    const line = (text: string) => ({ forNoScript: false, layers: [{ text, inline: false, heading: false }] });
    const reply = await deliver({
      type: 'legible/judge-notices',
      pageLang: 'sv',
      lines: [line('Javascript måste vara påslaget för att spela video'), line('Javascript skapades på tio dagar')],
    });
    expect(reply).toEqual({ noticeLayers: [0, -1] });
    expect(warn).not.toHaveBeenCalled();
  });

  it('asks the transcript service for a clip and answers with its result', async () => {
    const reply = await deliver({ type: 'legible/get-transcript', media: CLIP });
    expect(service.getTranscript).toHaveBeenCalledWith(CLIP);
    expect(reply).toEqual(TRANSCRIPT);
  });

  it('passes a failure from the transcript service on as it is', async () => {
    const failure: TranscriptResult = { ok: false, reason: 'withheld', detail: 'empty 200' };
    service.getTranscript.mockResolvedValueOnce(failure);
    expect(await deliver({ type: 'legible/get-transcript', media: CLIP })).toEqual(failure);
  });

  it('turns a transcript service that throws into a network failure', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    service.getTranscript.mockRejectedValueOnce(new Error('boom'));
    const reply = await deliver({ type: 'legible/get-transcript', media: CLIP });
    expect(reply).toEqual({ ok: false, reason: 'network', detail: 'Error: boom' });
    expect(error).toHaveBeenCalled();
  });

  it('injects the reader into the asking tab', async () => {
    const reply = await deliver({ type: 'legible/inject-reader' });
    expect(reply).toEqual({ ok: true });
    expect(extras.scripting.injections).toEqual([{ target: { tabId: TAB_ID, frameIds: [0] }, files: ['/content-scripts/reader.js'] }]);
  });

  it('says so when the reader cannot be injected', async () => {
    extras.scripting.failWith(new Error('Cannot access a chrome:// URL'));
    expect(await deliver({ type: 'legible/inject-reader' })).toEqual({ ok: false });
  });
});
