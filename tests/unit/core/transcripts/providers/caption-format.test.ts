import { describe, expect, it } from 'vitest';
import { captionFormatOf } from '../../../../../core/transcripts/providers/caption-format';

describe('captionFormatOf', () => {
  it.each(['text/vtt', 'TEXT/VTT', 'text/vtt; charset=utf-8', '  text/vtt  '])('reads WebVTT from the declared type %j', (type) => {
    expect(captionFormatOf({ url: 'https://cdn.example.net/cc/any-name.txt', type })).toBe('webvtt');
  });

  it.each(['application/x-subrip', 'text/srt', 'APPLICATION/X-SUBRIP; charset=utf-8'])('reads SRT from the declared type %j', (type) => {
    expect(captionFormatOf({ url: 'https://cdn.example.net/cc/clip.vtt', type })).toBe('srt');
  });

  it.each(['application/ttml+xml', 'application/dfxp+xml'])('reads TTML from the declared type %j', (type) => {
    expect(captionFormatOf({ url: 'https://cdn.example.net/cc/clip.vtt', type })).toBe('ttml');
  });

  it.each([
    'https://cdn.example.net/cc/clip.ttml',
    'https://cdn.example.net/cc/clip.DFXP?v=1',
    'https://cdn.jwplayer.com/tracks/Ab12Cd34.xml',
  ])('reads TTML from the file name of %s when no type is declared', (url) => {
    expect(captionFormatOf({ url })).toBe('ttml');
  });

  it.each<[string, string]>([
    ['https://cdn.example.net/v/master.m3u8?token=1', 'hls-webvtt'],
    ['https://cdn.example.net/v/manifest.mpd', 'dash-text'],
  ])('reads the stream manifest %s as %s', (url, format) => {
    expect(captionFormatOf({ url })).toBe(format);
  });

  it.each(['application/x-sami', 'text/x-ssa', 'text/plain', 'application/octet-stream'])(
    'reads nothing it cannot parse from the declared type %j',
    (type) => {
      expect(captionFormatOf({ url: 'https://cdn.example.net/cc/clip.vtt', type })).toBeUndefined();
    },
  );

  it.each([
    'https://cdn.example.net/cc/clip.vtt',
    'https://cdn.example.net/cc/CLIP.VTT',
    'https://cdn.example.net/cc/clip.webvtt',
    'https://cdn.example.net/cc/clip.vtt?token=a.srt',
    'https://cdn.example.net/cc/clip.vtt#t=10',
  ])('reads WebVTT from the file name of %s when no type is declared', (url) => {
    expect(captionFormatOf({ url })).toBe('webvtt');
  });

  it.each(['https://cdn.example.net/cc/clip.srt', 'https://cdn.example.net/cc/CLIP.SRT?v=2', 'https://cdn.example.net/cc/clip.vtt.srt'])(
    'reads SRT from the file name of %s when no type is declared',
    (url) => {
      expect(captionFormatOf({ url })).toBe('srt');
    },
  );

  it.each([
    'https://cdn.example.net/cc/clip.smi',
    'https://cdn.example.net/cc/clip.ass?format=.vtt',
    'https://cdn.example.net/cc/vtt',
    'https://cdn.example.net/cc/clip.srt.txt',
    'not a url.vtt',
  ])('reads nothing from %s when no type is declared', (url) => {
    expect(captionFormatOf({ url })).toBeUndefined();
  });

  it('goes by the file name when the declared type is blank', () => {
    expect(captionFormatOf({ url: 'https://cdn.example.net/cc/clip.vtt', type: '  ' })).toBe('webvtt');
    expect(captionFormatOf({ url: 'https://cdn.example.net/cc/clip.srt', type: '' })).toBe('srt');
    expect(captionFormatOf({ url: 'https://cdn.example.net/cc/clip.ttml', type: '' })).toBe('ttml');
    expect(captionFormatOf({ url: 'https://cdn.example.net/cc/clip.smi', type: '' })).toBeUndefined();
  });
});
