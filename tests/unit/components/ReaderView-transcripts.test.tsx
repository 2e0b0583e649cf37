import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LegibleClient } from '../../../components/legible-client';
import type { MediaRef } from '../../../core/media/types';
import type { TranscriptResult } from '../../../core/transcripts/types';
import {
  article,
  CRANE,
  cueTexts,
  fakeClient,
  FERRY,
  noCaptions,
  panel,
  renderReader,
  slot,
  transcriptOf,
  unmountReader,
} from './reader-view-fixtures';
import { settle } from './render-with-i18n';

afterEach(unmountReader);

describe('ReaderView: the clips’ transcripts', () => {
  it('puts each media card in its own slot, titled with its clip', () => {
    const container = renderReader();
    expect(slot(container, FERRY.id).querySelector('.media-card .media-title')?.textContent).toContain(FERRY.title);
    expect(slot(container, CRANE.id).querySelector('.media-card .media-title')?.textContent).toContain(CRANE.title);
    expect(slot(container, FERRY.id).textContent).not.toContain(CRANE.title);
  });

  it('shows each transcript where its clip stood and in the transcript panel', async () => {
    const client = fakeClient({
      [FERRY.id]: transcriptOf('The ferry leaves at midnight.', 'Nobody misses it twice.'),
      [CRANE.id]: transcriptOf('We start before the gulls.'),
    });
    const container = renderReader({ client });
    await settle();

    expect(client.getTranscript).toHaveBeenCalledTimes(2);
    expect(client.getTranscript).toHaveBeenCalledWith(FERRY);
    expect(cueTexts(slot(container, FERRY.id))).toEqual(['The ferry leaves at midnight.', 'Nobody misses it twice.']);
    expect(cueTexts(slot(container, CRANE.id))).toEqual(['We start before the gulls.']);
    expect(cueTexts(panel(container))).toEqual(['The ferry leaves at midnight.', 'Nobody misses it twice.', 'We start before the gulls.']);
  });

  it('says the transcript is loading until the background answers', async () => {
    let answer: (result: TranscriptResult) => void = () => {};
    const client: LegibleClient = { getTranscript: () => new Promise((resolve) => (answer = resolve)) };
    const container = renderReader({ doc: article({ media: [FERRY] }), client });
    expect(slot(container, FERRY.id).textContent).toContain('Loading the transcript…');
    answer(transcriptOf('Here we go.'));
    await settle();
    expect(slot(container, FERRY.id).textContent).not.toContain('Loading the transcript…');
    expect(cueTexts(slot(container, FERRY.id))).toEqual(['Here we go.']);
  });

  it('names its transcript panel as a landmark from the locale', () => {
    const container = renderReader();
    const aside = panel(container);
    const labelId = aside.getAttribute('aria-labelledby');
    expect(labelId).toBeTruthy();
    expect(container.querySelector(`#${labelId}`)?.textContent).toBe('Transcripts');
  });

  it('says in words why a transcript is missing', async () => {
    const client = fakeClient({
      [FERRY.id]: { ok: false, reason: 'not-found', detail: 'HTTP 404' },
      [CRANE.id]: { ok: false, reason: 'geo-blocked', detail: 'HTTP 451' },
    });
    const container = renderReader({ client });
    await settle();
    expect(slot(container, FERRY.id).textContent).toContain('The captions file for this clip is missing.');
    expect(slot(container, CRANE.id).textContent).toContain("This clip's captions are not available in your region.");
    expect(panel(container).textContent).toContain('The captions file for this clip is missing.');
    expect(container.querySelector('button.retry')).toBeNull();
  });

  it('offers to try again after a network failure, and asks the background again', async () => {
    const getTranscript = vi
      .fn<LegibleClient['getTranscript']>()
      .mockResolvedValueOnce({ ok: false, reason: 'network', detail: 'connection reset' })
      .mockResolvedValueOnce(transcriptOf('Second time lucky.'));
    const container = renderReader({ doc: article({ media: [FERRY] }), client: { getTranscript } });
    await settle();

    const figure = slot(container, FERRY.id);
    expect(figure.textContent).toContain('The captions could not be loaded because of a network error.');
    const retry = Array.from(figure.querySelectorAll('button')).find((b) => b.textContent === 'Try again');
    expect(retry).toBeDefined();

    retry!.click();
    await settle();
    expect(getTranscript).toHaveBeenCalledTimes(2);
    expect(getTranscript).toHaveBeenLastCalledWith(FERRY);
    expect(cueTexts(slot(container, FERRY.id))).toEqual(['Second time lucky.']);
  });

  it('says as it opens that the clips’ transcripts are loading', () => {
    let answer!: (result: TranscriptResult) => void;
    const container = renderReader({
      doc: article({ media: [FERRY] }),
      client: { getTranscript: () => new Promise((resolve) => (answer = resolve)) },
    });
    expect(container.querySelector('[role="status"][aria-live="polite"]')?.textContent).toBe(
      "Reader view opened: The harbour that never sleeps Loading the clip's transcript.",
    );
    answer(noCaptions);
  });

  it('says in its live region how many clips have words, and why each other one has none', async () => {
    const withheld: TranscriptResult = { ok: false, reason: 'withheld', detail: '403' };
    const container = renderReader({ client: fakeClient({ [FERRY.id]: withheld, [CRANE.id]: transcriptOf('Cranes.') }) });
    await settle();
    const live = container.querySelector('[role="status"][aria-live="polite"]');
    expect(live?.textContent).toBe(
      "Transcripts ready for 1 of 2 clips The last ferry of the night: The site withheld this clip's captions.",
    );
  });

  it('says a retried clip is loading, then how it went', async () => {
    let answer!: (result: TranscriptResult) => void;
    const getTranscript = vi
      .fn<(media: MediaRef) => Promise<TranscriptResult>>()
      .mockResolvedValueOnce({ ok: false, reason: 'timeout', detail: 'slow' })
      .mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
    const container = renderReader({ doc: article({ media: [FERRY] }), client: { getTranscript } });
    await settle();
    const live = () => container.querySelector('[role="status"][aria-live="polite"]')?.textContent;
    expect(live()).toMatch(/^Transcripts ready for 0 of 1 clip The last ferry of the night: /);
    Array.from(slot(container, FERRY.id).querySelectorAll('button'))
      .find((b) => b.textContent === 'Try again')!
      .click();
    await settle();
    expect(live()).toBe('Loading the transcript of The last ferry of the night');
    answer(transcriptOf('At last.'));
    await settle();
    expect(live()).toBe('Transcripts ready for 1 of 1 clip');
  });

  it('links each card to its clip on the player’s own site, and shows its poster', async () => {
    const player: MediaRef = {
      ...FERRY,
      source: 'player',
      family: 'youtube',
      videoId: 'Hc8yWqZ3pLs',
      poster: 'https://i.ytimg.example/ferry.jpg',
      durationSeconds: 90,
      tracks: [],
    };
    const container = renderReader({ doc: article({ media: [player] }), client: fakeClient({ [FERRY.id]: noCaptions }) });
    await settle();
    const card = slot(container, FERRY.id);
    const link = card.querySelector<HTMLAnchorElement>('.media-link a');
    expect(link?.getAttribute('href')).toBe('https://www.youtube.com/watch?v=Hc8yWqZ3pLs');
    expect(link?.textContent).toBe('Watch or listen to “The last ferry of the night” where it was published');
    expect(card.querySelector('img.media-poster')?.getAttribute('src')).toBe('https://i.ytimg.example/ferry.jpg');
    expect(card.querySelector('.media-title')?.textContent).toBe('Video The last ferry of the night (1:30)');
  });

  it('says when captions were generated by speech recognition', async () => {
    const generated = transcriptOf('the ferry leaves at dawn');
    if (generated.ok) generated.transcript.caveat = 'generated';
    const container = renderReader({ doc: article({ media: [FERRY] }), client: fakeClient({ [FERRY.id]: generated }) });
    await settle();
    expect(slot(container, FERRY.id).querySelector('summary')?.textContent).toBe(
      'Transcript (1 line) · captions generated by speech recognition, not checked by a person',
    );
  });

  it('treats a client that throws as a network failure', async () => {
    const client: LegibleClient = { getTranscript: () => Promise.reject(new Error('port closed')) };
    const container = renderReader({ doc: article({ media: [FERRY] }), client });
    await settle();
    const status = slot(container, FERRY.id).querySelector('[data-reason]');
    expect(status?.getAttribute('data-reason')).toBe('network');
    expect(status?.textContent).toContain('Try again');
  });

  it('asks for nothing and says transcripts are off when the setting is off', async () => {
    const client = fakeClient({ [FERRY.id]: transcriptOf('Should not appear.') });
    const container = renderReader({ doc: article({ media: [FERRY] }), client, transcriptsEnabled: false });
    await settle();
    expect(client.getTranscript).not.toHaveBeenCalled();
    expect(slot(container, FERRY.id).textContent).toContain("Transcripts are turned off in Legible's options.");
    expect(container.textContent).not.toContain('Should not appear.');
  });

  it('shows transcript text as text, never as HTML', async () => {
    const client = fakeClient({ [FERRY.id]: transcriptOf('<b>x</b><img src=x onerror=alert(1)>') });
    const container = renderReader({ doc: article({ media: [FERRY] }), client });
    await settle();
    const figure = slot(container, FERRY.id);
    expect(cueTexts(figure)).toEqual(['<b>x</b><img src=x onerror=alert(1)>']);
    expect(container.querySelector('.cue-text b, .cue-text img')).toBeNull();
  });
});
