import { describe, expect, it } from 'vitest';
import { textTracksOfManifest } from '../../../../core/transcripts/formats/dash-text';
import { readPlaylist, segmentOffset } from '../../../../core/transcripts/formats/hls-webvtt';

const BASE = 'https://media.example.net/stream/master.m3u8';

describe('readPlaylist', () => {
  it('resolves segments and renditions against the playlist, and leaves out addresses that do not parse', () => {
    const playlist = readPlaylist(
      '#EXTM3U\n#EXT-X-MEDIA:TYPE=SUBTITLES,LANGUAGE="sv",URI="http://[broken/sv.m3u8"\n#EXT-X-MEDIA:TYPE=SUBTITLES,LANGUAGE="en",URI="en/subs.m3u8"\n#EXT-X-STREAM-INF:BANDWIDTH=1\nhttp://[::1\nvideo.m3u8\n',
      BASE,
    );
    expect(playlist).toMatchObject({ isMaster: true, segments: ['https://media.example.net/stream/video.m3u8'] });
    expect(playlist?.renditions.map((rendition) => [rendition.language, rendition.uri])).toEqual([
      ['en', 'https://media.example.net/stream/en/subs.m3u8'],
    ]);
  });

  it('is undefined for a file that is not a playlist', () => {
    expect(readPlaylist('WEBVTT\n\n00:01.000 --> 00:02.000\nx', BASE)).toBeUndefined();
  });

  it('places a segment on the stream clock by its X-TIMESTAMP-MAP, and at 0 without one', () => {
    expect(segmentOffset('WEBVTT\nX-TIMESTAMP-MAP=MPEGTS:900000,LOCAL:00:00:00.000\n')).toBe(10);
    expect(segmentOffset('WEBVTT\n')).toBe(0);
  });
});

describe('textTracksOfManifest', () => {
  it('leaves out a text track whose address does not parse, and keeps the others', () => {
    const manifest = `<MPD><Period><AdaptationSet mimeType="text/vtt" lang="sv"><Representation><BaseURL>http://[broken/sv.vtt</BaseURL></Representation></AdaptationSet>
      <AdaptationSet mimeType="text/vtt" lang="en"><Representation><BaseURL>text/en.vtt</BaseURL></Representation></AdaptationSet></Period></MPD>`;
    const result = textTracksOfManifest(manifest, 'https://media.example.net/stream/manifest.mpd', ['sv']);
    expect(result).toEqual({ ok: true, sources: [{ url: 'https://media.example.net/stream/text/en.vtt', format: 'webvtt', lang: 'en' }] });
  });
});
