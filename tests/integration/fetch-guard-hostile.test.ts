// @vitest-environment node
/**
 * A hostile public page names the clip addresses: every address that reaches the machine, its
 * network, an intranet or the extension must be refused before a request leaves, whether the page
 * names it outright or a public host redirects to it. A server on loopback, at the port the hostile
 * addresses name, counts what reaches it; real fetch, no mocks.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MediaRef, PageCaptionFile } from '../../core/media/types';
import { createTranscriptService } from '../../core/transcripts/service';
import { byQuery, redirect, startCaptionServer, status, vtt, type CaptionServer } from '../support/caption-server';
import { hostileAddressesOn } from '../support/hostile-addresses';
import { mapProviderHostsInNode, startProviderHosts } from '../support/provider-hosts';
import { expectSuccess } from '../support/transcript-results';

const LINES = 'WEBVTT\n\n00:01.000 --> 00:03.000\nThe ice came in November.\n';
/** A public CDN name, mapped to loopback: where a hostile page's redirects start. */
const HOP = 'https://media.akamaized.net/hop';
const PUBLIC_PAGE = 'https://news.example.org/2024/harbour-ice';

/** Stands for the machine itself: any hostile address that gets through shows in its log. Its port names the cases. */
const machine = await startCaptionServer({ '/a.vtt': vtt(LINES) });
let cdn: CaptionServer;
let unmap: () => void;

beforeAll(async () => {
  cdn = await startProviderHosts({
    'media.akamaized.net/hop': byQuery((query) => (query.get('to') ? redirect(query.get('to')!) : status(400))),
    'media.akamaized.net/moved.vtt': redirect('https://captions.akamaized.net/clip.vtt', 301),
    'captions.akamaized.net/clip.vtt': vtt(LINES),
  });
  unmap = mapProviderHostsInNode(cdn);
});

afterAll(async () => {
  unmap();
  await Promise.all([machine.close(), cdn.close()]);
});

beforeEach(() => {
  machine.resetHits();
  cdn.resetHits();
});

const clip = (url: string): MediaRef => {
  const track: PageCaptionFile = { url, kind: 'captions', lang: 'en', isDefault: true };
  return { id: 'media-0', source: 'html5', mediaType: 'video', title: 'Ice', pageUrl: PUBLIC_PAGE, tracks: [track] };
};

const service = () => createTranscriptService({ preferredLanguages: () => ['en'], fetchLimits: { timeoutMs: 2000 } });

const hostile = () => hostileAddressesOn(machine.port).map(({ name, url }) => [name, url] as const);

describe('hostile clip addresses on a public page', () => {
  it('number at least forty', () => {
    expect(hostile().length).toBeGreaterThanOrEqual(40);
  });

  it.each(hostile())('%s: refused, and no request sent', async (_name, url) => {
    const result = await service().getTranscript(clip(url));
    expect(result).toMatchObject({ ok: false, reason: 'refused' });
    expect(machine.requests()).toHaveLength(0);
  });
});

describe('redirects from a public host', () => {
  it('are followed from one CDN host to another, and the final address is the source', async () => {
    const transcript = expectSuccess(await service().getTranscript(clip('https://media.akamaized.net/moved.vtt')));
    expect(transcript.sourceUrl).toBe('https://captions.akamaized.net/clip.vtt');
    expect(transcript.cues).toEqual([{ start: 1, end: 3, text: 'The ice came in November.' }]);
  });

  // A Location header is bytes: spellings that need more than ASCII are the direct cases' to test.
  const redirectable = hostile().filter(([, url]) => /^[\x21-\x7e]*$/.test(url));

  it.each(redirectable)('into %s: refused at the hop, before the request', async (_name, url) => {
    const result = await service().getTranscript(clip(`${HOP}?to=${encodeURIComponent(url)}`));
    expect(result).toMatchObject({ ok: false, reason: 'refused' });
    expect(cdn.requests().map((request) => request.path)).toEqual(['/hop']);
    expect(machine.requests()).toHaveLength(0);
  });
});
