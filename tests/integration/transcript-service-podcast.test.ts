// @vitest-environment node
/**
 * A podcast episode's transcripts from its show's RSS feed, fetched as shipped: the feed and the
 * transcript files live on podcast hosts mapped to loopback (provider-hosts.ts). Real fetch, no mocks.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MediaRef } from '../../core/media/types';
import { createTranscriptService } from '../../core/transcripts/service';
import type { TranscriptFailureReason } from '../../core/transcripts/types';
import { body, redirect, status, type CaptionServer } from '../support/caption-server';
import { mapProviderHostsInNode, startProviderHosts } from '../support/provider-hosts';
import { expectSuccess } from '../support/transcript-results';

const read = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
const FEED = 'https://feeds.example-podcast.net/hamnen.xml';
const AUDIO = 'cdn.example-podcast.net/audio/';

let hosts: CaptionServer;
let unmap: () => void;

beforeAll(async () => {
  hosts = await startProviderHosts({
    'feeds.example-podcast.net/hamnen.xml': body(read('podcast/feed.xml'), 'application/rss+xml; charset=utf-8'),
    'feeds.example-podcast.net/gone.xml': status(404),
    'feeds.example-podcast.net/not-xml.xml': body('<rss><channel><item></channel>', 'application/rss+xml'),
    [`${AUDIO}avsnitt-1.json`]: body(read('formats/podcast-json/transcript.json'), 'application/json'),
    [`${AUDIO}avsnitt-1.html`]: body(read('formats/html-transcript/transcript.html'), 'text/html; charset=utf-8'),
    'feeds.example-podcast.net/audio/avsnitt-1.en.srt': body(read('formats/srt/harbour-interview.en.srt'), 'application/x-subrip'),
    'radio.example-podcast.net/hamnen/avsnitt-3/utskrift': body(
      '<html><body><nav><p>Meny</p></nav><article><h1>Utskrift</h1><p>Ingrid Lund: Isen kom i november.</p><p>Per Ek: Och den stannade till april.</p></article></body></html>',
      'text/html; charset=utf-8',
    ),
    // Another site's page, which a hostile article might name as its transcript to read it through Legible.
    'player.vimeo.com/account/notes': body(
      '<html><body><article><p>Private notes of the signed-in user.</p></article></body></html>',
      'text/html',
    ),
    'radio.example-podcast.net/hamnen/avsnitt-4/utskrift': redirect('https://player.vimeo.com/account/notes'),
    [`${AUDIO}avsnitt-2.txt`]: body('Färjan gick klockan sex.\n\nDen kom aldrig fram.\n', 'text/plain; charset=utf-8'),
  });
  unmap = mapProviderHostsInNode(hosts);
});

afterAll(async () => {
  unmap();
  await hosts.close();
});

beforeEach(() => hosts.resetHits());

function episode(extra: Partial<Extract<MediaRef, { source: 'html5' }>> = {}): MediaRef {
  return {
    id: 'clip-1',
    source: 'html5',
    mediaType: 'audio',
    pageUrl: 'https://radio.example/hamnen/avsnitt-1',
    pageLang: 'sv',
    tracks: [],
    feedUrl: FEED,
    mediaUrl: `https://${AUDIO}avsnitt-1.mp3`,
    ...extra,
  };
}

const service = (preferred = ['en']) => createTranscriptService({ preferredLanguages: () => preferred, fetchLimits: { timeoutMs: 1000 } });

describe('a podcast episode’s transcripts from its feed', () => {
  it('finds the episode by its audio file and reads its timed JSON transcript in the show’s language', async () => {
    const transcript = expectSuccess(await service().getTranscript(episode()));
    expect(transcript).toMatchObject({ lang: 'sv', sourceUrl: `https://${AUDIO}avsnitt-1.json` });
    expect(transcript.cues[0]).toEqual({ start: 0.5, end: 3.25, text: 'Välkommen till hamnen.', speaker: 'Ingrid Lund' });
    expect(hosts.hits(`${AUDIO}avsnitt-1.html`)).toBe(0);
  });

  it('takes the transcript in the reader’s language where the page’s is not offered, from an address relative to the feed', async () => {
    const transcript = expectSuccess(await service(['en']).getTranscript(episode({ pageLang: 'fi' })));
    expect(transcript).toMatchObject({ lang: 'en', sourceUrl: 'https://feeds.example-podcast.net/audio/avsnitt-1.en.srt' });
  });

  it('falls back to the HTML transcript when the JSON one is gone', async () => {
    hosts.setRoute(`${AUDIO}avsnitt-1.json`, status(404));
    try {
      const transcript = expectSuccess(await service().getTranscript(episode()));
      expect(transcript.cues.map((cue) => cue.speaker)).toEqual(['Ingrid Lund', 'Per Ek', 'Per Ek']);
    } finally {
      hosts.setRoute(`${AUDIO}avsnitt-1.json`, body(read('formats/podcast-json/transcript.json'), 'application/json'));
    }
  });

  it('finds an episode by the page’s address when the audio file is not known, and reads a plain-text transcript', async () => {
    const transcript = expectSuccess(
      await service().getTranscript(episode({ pageUrl: 'https://radio.example/hamnen/avsnitt-2', mediaUrl: undefined })),
    );
    expect(transcript.cues).toEqual([{ text: 'Färjan gick klockan sex.' }, { text: 'Den kom aldrig fram.' }]);
  });

  it.each<[string, Partial<Extract<MediaRef, { source: 'html5' }>>, TranscriptFailureReason]>([
    [
      'an episode the feed does not list',
      { pageUrl: 'https://radio.example/hamnen/avsnitt-9', mediaUrl: `https://${AUDIO}avsnitt-9.mp3` },
      'none',
    ],
    ['a feed that is gone', { feedUrl: 'https://feeds.example-podcast.net/gone.xml' }, 'none'],
    ['a feed that is not well-formed', { feedUrl: 'https://feeds.example-podcast.net/not-xml.xml' }, 'malformed'],
  ])('%s → %s', async (_name, extra, reason) => {
    const result = await service().getTranscript(episode(extra));
    expect(result.ok ? 'ok' : result.reason).toBe(reason);
  });

  it('asks nothing when the page names no feed', async () => {
    const result = await service().getTranscript(episode({ feedUrl: undefined }));
    expect(result.ok ? 'ok' : result.reason).toBe('none');
    expect(hosts.requests()).toHaveLength(0);
  });
});

describe('a transcript page the article links to', () => {
  const ARTICLE = 'https://www.example-podcast.net/hamnen/avsnitt-3';
  const clip = (transcriptPageUrl: string): MediaRef => ({ ...episode({ feedUrl: undefined, pageUrl: ARTICLE }), transcriptPageUrl });

  it('is read when the clip has no captions of its own', async () => {
    const transcript = expectSuccess(await service().getTranscript(clip('https://radio.example-podcast.net/hamnen/avsnitt-3/utskrift')));
    expect(transcript).toMatchObject({ sourceUrl: 'https://radio.example-podcast.net/hamnen/avsnitt-3/utskrift', lang: 'sv' });
    expect(transcript.cues).toEqual([{ text: 'Ingrid Lund: Isen kom i november.' }, { text: 'Per Ek: Och den stannade till april.' }]);
  });

  it('leaves the clip’s own reason when the page gives nothing', async () => {
    const result = await service().getTranscript(clip('https://radio.example-podcast.net/hamnen/avsnitt-9/utskrift'));
    expect(result.ok ? 'ok' : result.reason).toBe('none');
  });

  it("is not asked for on another site than the article's", async () => {
    const result = await service().getTranscript(clip('https://player.vimeo.com/account/notes'));
    expect(result).toMatchObject({ ok: false, reason: 'none' });
    expect(hosts.requests()).toHaveLength(0);
  });

  it("is not followed from the article's own site to another site", async () => {
    const result = await service().getTranscript(clip('https://radio.example-podcast.net/hamnen/avsnitt-4/utskrift'));
    expect(result).toMatchObject({ ok: false, reason: 'none' });
    expect(hosts.hits('radio.example-podcast.net/hamnen/avsnitt-4/utskrift')).toBe(1);
    expect(hosts.hits('player.vimeo.com/account/notes')).toBe(0);
  });
});
